import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../modules/index.js';

// The module kit's boundaries (issue 10, items 1 and 4), checked on the source text.
const SRC = fileURLToPath(new URL('..', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(path.join(SRC, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : [],
  );
const importsOf = (file: string) => [...readFileSync(path.join(SRC, file), 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('module boundaries', () => {
  it('no module file but routes.ts imports Fastify: use cases take a context, not the request', () => {
    const offenders = files('modules').filter((f) => path.basename(f) !== 'routes.ts' && importsOf(f).some((i) => i === 'fastify' || i.startsWith('@fastify/')));
    expect(offenders).toEqual([]);
  });

  it('the platform imports no module', () => {
    const offenders = files('platform').flatMap((f) =>
      importsOf(f).filter((i) => i.startsWith('.') && path.normalize(path.join(path.dirname(f), i)).startsWith('modules' + path.sep)).map((i) => `${f} → ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('every module folder is in the one list, under its own name, and no module imports the list', () => {
    const folders = readdirSync(path.join(SRC, 'modules'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const withIndex = folders.filter((f) => files(path.join('modules', f)).includes(path.join('modules', f, 'index.ts')));
    expect(MODULES.map((m) => m.name).sort()).toEqual(withIndex.sort());
    const listImports = files('modules').filter((f) => importsOf(f).some((i) => /(^|\/)modules\/index\.js$|^\.\.\/index\.js$/.test(i)));
    expect(listImports).toEqual([]);
  });
});
