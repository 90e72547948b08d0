// The server's files that are not TypeScript — the notices' Typst templates (*.typ) — copied beside
// the compiled JavaScript (server/src → dist/server), so the built server renders as the source does.
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(root, 'server', 'src');
const to = path.join(root, 'dist', 'server');
const ASSET = /\.typ$/;

let copied = 0;
for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !ASSET.test(entry.name)) continue;
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  cpSync(file, path.join(to, path.relative(from, file)));
  copied++;
}
console.log(`copied ${copied} server asset(s) to dist/server`);
