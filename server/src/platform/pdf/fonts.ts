import { createRequire } from 'node:module';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The faces a notice uses: regular and bold are enough (STACK.md); the family is Noto Sans Hans. */
const FACES = [/Regular/i, /Bold/i];

/**
 * The font files of npm @embedpdf/fonts-sc (OFL), found through its main entry: the package's
 * `exports` refuses `require.resolve('…/package.json')`, so the walk goes up from the entry to the
 * package folder. No system font is ever read (the compiler is given these bytes alone).
 */
export function fontFiles(): string[] {
  let dir = path.dirname(entryOf('@embedpdf/fonts-sc'));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const all = walk(dir).filter((f) => /\.(otf|ttf)$/i.test(f) && !/Bold.*Italic|Light|Medium|Black|Thin|Semi|Extra/i.test(path.basename(f)));
  const picked = FACES.map((face) => all.find((f) => face.test(path.basename(f))));
  if (picked.some((f) => !f)) throw new Error(`@embedpdf/fonts-sc: regular and bold faces not found in ${dir}`);
  return picked as string[];
}

function entryOf(name: string): string {
  try {
    return fileURLToPath(import.meta.resolve(name));
  } catch {
    return createRequire(import.meta.url).resolve(name);
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? (e.name === 'node_modules' ? [] : walk(full)) : [full];
  });
}
