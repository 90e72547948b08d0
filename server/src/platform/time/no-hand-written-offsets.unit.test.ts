import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Beijing time is written once, in platform/time/beijing.ts (and, for the browser, web/src/shared/beijing-time.ts).
// Code that adds eight hours by hand drifts from it; this test finds any that comes back. Tests may
// still write fixed instants such as `2026-01-05T09:00:00+08:00`: they read better as literals.
const ROOT = join(import.meta.dirname, '../../../..');
const SCANNED = ['server/src', 'web/src', 'bench'];
const HELPERS = new Set(['server/src/platform/time/beijing.ts', 'web/src/shared/beijing-time.ts']);
const HAND_WRITTEN = [
  /\b8 \* 3_?600/, // 8 * 3600_000, 8 * 3_600_000
  /\b8 \* 60 \* 60/,
  /\b28_?800_?000\b/,
  /\+08:?00/, // an ISO offset glued to a date string
  /getTimezoneOffset/, // the server's or browser's own zone, never Beijing's
];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* sourceFiles(path);
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      yield path;
    }
  }
}

describe('Beijing time offset', () => {
  it('is written only in the time helpers', () => {
    const found: string[] = [];
    for (const dir of SCANNED) {
      for (const path of sourceFiles(join(ROOT, dir))) {
        const file = relative(ROOT, path).replaceAll('\\', '/');
        if (HELPERS.has(file)) continue;
        readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
          if (HAND_WRITTEN.some((p) => p.test(line))) found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(found).toEqual([]);
  });
});
