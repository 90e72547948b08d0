// Child process: the raw-SQL baseline of the screens benchmark. Plain node:http and the same
// engine as the app (a pg.Pool of 20 on PostgreSQL, the one PGlite connection embedded), running
// for `GET /<screen>/<user>` exactly the statements the app ran for that screen and user —
// captured from the real app by the parent (bench/screens-capture.ts): every statement the app
// executed for that request, its count and EXPLAIN included — and answering the rows as JSON.
// What it leaves out is the framework, the use case's mapping,
// decryption and masking: the ratio app/replay is their cost.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { CompiledQuery } from 'kysely';
import { openDatabase } from '../server/src/platform/db/engine.js';
import { reportListening, likeTheApp } from './child-server.js';

const statements = JSON.parse(readFileSync(process.env.BENCH_STATEMENTS_FILE!, 'utf8')) as Record<string, Pick<CompiledQuery, 'sql' | 'parameters'>[]>;
const database = await openDatabase(
  process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: process.env.ANXIN_DATA_DIR! },
);

async function replay(key: string) {
  const list = statements[key];
  if (!list) return undefined;
  const results: unknown[] = [];
  for (const s of list) results.push((await database.db.executeQuery(CompiledQuery.raw(s.sql, [...s.parameters]))).rows);
  return results;
}

let failures = 0;
const server = likeTheApp(http.createServer((req, res) => {
  const key = decodeURIComponent((req.url ?? '/').slice(1));
  replay(key).then(
    (rows) => {
      if (rows === undefined) return void res.writeHead(404).end();
      const body = JSON.stringify(rows);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    },
    (err: unknown) => {
      if (!failures++) process.stderr.write(`replay failed (further failures counted, not printed): ${String(err)}\n`);
      res.writeHead(500).end();
    },
  );
}));
server.listen(0, '127.0.0.1', () => reportListening(server, async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.close();
}));
