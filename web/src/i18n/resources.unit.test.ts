import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resources } from './resources';

const webSrc = fileURLToPath(new URL('..', import.meta.url));

type Tree = { [key: string]: string | Tree };

/** Every leaf as "a.b.c" → its text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]!).sort();

function messageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return messageFiles(path);
    return entry.name.endsWith('.messages.ts') ? [path] : [];
  });
}

describe('the zh-CN and English texts', () => {
  const zh = leaves(resources['zh-CN'].translation as unknown as Tree);
  const en = leaves(resources.en.translation as unknown as Tree);

  it('have the same keys: none missing in English, none left over', () => {
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
    expect(zh.size).toBeGreaterThan(500);
  });

  it('leave a text empty in one language only where it is empty in the other (no hint for that case)', () => {
    const emptyIn = (texts: Map<string, string>) => [...texts].filter(([, text]) => text.trim() === '').map(([k]) => k).sort();
    expect(emptyIn(en)).toEqual(emptyIn(zh));
  });

  it('fill in the same values ({{count}}, {{name}}, …) in both languages', () => {
    // English may spell out the singular ("Import 1 record") where Chinese writes {{count}}.
    const same = (key: string, a: string[], b: string[]) =>
      a.join() === b.join() || (key.endsWith('_one') && a.filter((p) => p !== 'count').join() === b.filter((p) => p !== 'count').join());
    const differing = [...zh].filter(([key, text]) => !same(key, placeholders(text), placeholders(en.get(key) ?? ''))).map(([k]) => k);
    expect(differing).toEqual([]);
  });

  it('come from every *.messages.ts file: none is left out of the resources', () => {
    const assembled = readFileSync(join(webSrc, 'i18n/resources.ts'), 'utf8');
    const missing = messageFiles(webSrc)
      .map((file) => relative(join(webSrc, 'i18n'), file).replace(/\\/g, '/').replace(/\.ts$/, ''))
      .map((path) => (path.startsWith('.') ? path : `./${path}`))
      .filter((path) => !assembled.includes(`'${path}'`));
    expect(missing).toEqual([]);
  });
});
