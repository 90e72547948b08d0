import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../../modules/index.js';

// The guard forgets resolved sessions only after writes of the platform and of the modules that declare
// `changesAccess` (kit/module.ts). That is exact only while no other module writes the tables a
// session's actor is read from: this test keeps it so.
const ACCESS_TABLES = ['app_user', 'role_assignment', 'org_unit', 'user_session'];
const WRITE = new RegExp(
  `(updateTable|insertInto|deleteFrom|mergeInto)\\(\\s*'(${ACCESS_TABLES.join('|')})'|\\b(update|insert\\s+into|delete\\s+from)\\s+(${ACCESS_TABLES.join('|')})\\b`,
  'i',
);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [file] : [];
  });
}

describe('who writes access', () => {
  it('only the modules that declare changesAccess write users, role assignments, org units or sessions', () => {
    const modulesDir = fileURLToPath(new URL('../../modules/', import.meta.url));
    const declared = new Set(MODULES.filter((m) => m.changesAccess).map((m) => m.name));
    const writers = new Set(
      readdirSync(modulesDir)
        .filter((m) => statSync(path.join(modulesDir, m)).isDirectory())
        .filter((m) => sources(path.join(modulesDir, m)).some((f) => WRITE.test(readFileSync(f, 'utf8')))),
    );
    expect([...writers].filter((m) => !declared.has(m))).toEqual([]);
    // And the scan sees the ones that do (else it would pass by finding nothing).
    expect([...writers].sort()).toEqual(expect.arrayContaining(['org', 'users']));
  });
});
