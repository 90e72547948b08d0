// `anxin backup` / `anxin restore` on PostgreSQL against PostgreSQL's own bulk paths, measured in the same run:
// backupDatabase against COPY … TO STDOUT of every table through gzip at the backup's level, and
// restoreDatabase against COPY … FROM STDIN of the same rows into an identically migrated empty database.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, openSync, readSync, closeSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase } from '../server/src/platform/db/engine.js';
import { migrateToLatest } from '../server/src/platform/db/migrate.js';
import { migrations } from '../server/src/platform/db/migrations/index.js';
import { verifyAuditChain } from '../server/src/platform/audit/verify-audit.js';
import type { Keyring } from '../server/src/platform/pii/index.js';
import { backupDatabase } from '../server/src/platform/backup/backup-database.js';
import { readForeignKeys, restoreDatabase, type ForeignKeyDefinition, type RestoreReport } from '../server/src/platform/backup/restore-database.js';
import { parseHeader, TABLE_CHECKSUM_SQL } from '../server/src/platform/backup/backup-format.js';
import { readBackupLines, readFirstLine } from '../server/src/platform/backup/backup-file.js';
import { restoreProblems } from '../server/src/platform/backup/check-restore.js';
import { readNotValidConstraints, readSchema, type TableInfo } from '../server/src/platform/backup/read-schema.js';
import { loadOrder } from '../server/src/platform/backup/table-order.js';
import type { Benchmark, BenchContext, BenchResult } from './benchmark.js';
import { dropDatabase, prepareBenchDatabase, recreateDatabase, withDatabase } from './bench-database.js';
import { formatTable, ms, thousands } from './table.js';

/** The demo scale this benchmark seeds unless `--scale` is given: 20 ≈ one office network's archive (≈ 38k clients, 58k policies). */
export const BACKUP_DEFAULT_SCALE = 20;
const SOURCE = 'anxin_bench_backup'; // seeded once a run: what both sides back up
const SCHEMA = 'anxin_bench_backup_schema'; // the schema a restore builds, emptied: template of the baseline's target
const APP_TARGET = 'anxin_bench_backup_restore'; // empty (from template1): restoreDatabase builds the schema itself
const COPY_TARGET = 'anxin_bench_backup_copy'; // a fresh file copy of SCHEMA: the baseline's COPY FROM target
const BACKUP_TARGET = 3; // × COPY TO STDOUT + gzip of every table
const RESTORE_TARGET = 4; // × COPY FROM STDIN of the same rows into the same empty schema
// backup-file.ts: `createGzip({ level: 1 })`. Checked against the backup file's gzip header (XFL 4 = fastest) every run.
const GZIP_LEVEL = 1;
const PSQL = process.env.BENCH_PSQL ?? 'psql';

type Source = {
  url: string;
  keyring: Keyring;
  /** Every table of the schema, in the backup's load order. */
  tables: TableInfo[];
  /** Per table: row count and the restore's checksum (TABLE_CHECKSUM_SQL) in the source. */
  fingerprint: Map<string, string>;
  rows: number;
  /** Foreign keys of the (identical) schema: the baseline sets them aside and adds them back, as restoreDatabase does. */
  foreignKeys: ForeignKeyDefinition[];
};
type Dump = { ms: number; rawBytes: number; fileBytes: number };
type Round = {
  copyOut: Dump;
  jsonOut: Dump;
  backup: { ms: number; rows: number; fileBytes: number; gzipFastest: boolean };
  copyIn: { ms: number; same: boolean };
  restore: { ms: number; report: RestoreReport; same: boolean };
};

export const backupBenchmark: Benchmark = {
  name: 'backup',
  description: 'backupDatabase (anxin backup) vs COPY TO STDOUT | gzip of every table; restoreDatabase (anxin restore) vs COPY FROM STDIN of the same rows into the same empty schema',
  usesDatabase: true,
  run,
};

async function run({ serverUrl, scale, rounds, log }: BenchContext): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'anxin-bench-backup-'));
  const created = [SOURCE, SCHEMA, APP_TARGET, COPY_TARGET];
  try {
    const source = await prepare(serverUrl, scale, dir, log);
    log(`  runs      ${rounds} round${rounds === 1 ? '' : 's'} of: COPY TO | gzip, backupDatabase, COPY FROM, restoreDatabase (baseline before app); fastest of each reported`);
    const runs: Round[] = [];
    for (let round = 1; round <= rounds; round++) {
      const r = await measureRound(serverUrl, source, dir, round);
      runs.push(r);
      log(`  round ${round} backup: COPY+gzip ${ms(r.copyOut.ms)} ms, backupDatabase ${ms(r.backup.ms)} ms, ratio ${(r.backup.ms / r.copyOut.ms).toFixed(2)} ` +
        `(info: COPY of row_to_json+gzip ${ms(r.jsonOut.ms)} ms) · restore: COPY FROM ${ms(r.copyIn.ms)} ms, restoreDatabase ${ms(r.restore.ms)} ms, ` +
        `ratio ${(r.restore.ms / r.copyIn.ms).toFixed(2)} · same rows as the source: ${r.copyIn.same && r.restore.same} (load ${loadAverage()})`);
    }
    const info = await restoreBreakdown(serverUrl, source);
    log(`  info      in the last restored database: counts + checksums of every table ${ms(info.checksumMs)} ms, audit chain ${ms(info.auditMs)} ms; ` +
      `migrations alone into an empty database ${ms(info.migrateMs)} ms`);
    const appRaw = await gunzippedBytes(path.join(dir, 'last.anxin'));
    return summarise(source, runs, info, appRaw);
  } finally {
    for (const name of created) await dropDatabase(serverUrl, name).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

// ——— preparation ———

/**
 * Seed the source, read its schema and fingerprint, then one untimed backup and restore through
 * the app (warm-up, and a check that both work): the restored schema, emptied, is the template of
 * the baseline's target — the same tables, indexes and constraints restoreDatabase builds.
 */
async function prepare(serverUrl: string, scale: number, dir: string, log: (line: string) => void): Promise<Source> {
  const bench = await prepareBenchDatabase(serverUrl, scale, SOURCE);
  let tables: TableInfo[];
  try {
    const schema = await readSchema(bench.database.db);
    tables = loadOrder([...schema.tables.keys()], schema.foreignKeys).map((name) => schema.tables.get(name)!);
    const notValid = await readNotValidConstraints(bench.database.db);
    if (notValid.length) log(`  note      constraints not validated in the source: ${notValid.join(', ')}`);
  } finally {
    await bench.database.close();
  }
  const fingerprint = await tableFingerprints(bench.url, tables);
  const rows = [...fingerprint.values()].reduce((n, f) => n + Number(f.split(' ')[0]), 0);
  const biggest = tables.map((t) => ({ t: t.name, n: Number(fingerprint.get(t.name)!.split(' ')[0]) })).sort((a, b) => b.n - a.n).slice(0, 6);
  log(`  data      scale ${scale}: ${thousands(bench.seed.clients)} clients, ${thousands(bench.seed.policies)} policies, ${bench.seed.users} users ` +
    `seeded in ${bench.seed.seconds.toFixed(1)} s; ${tables.length} tables, ${thousands(rows)} rows (${biggest.map((b) => `${b.t} ${thousands(b.n)}`).join(', ')}, …)`);

  const warmup = path.join(dir, 'warmup.anxin');
  const started = performance.now();
  const backup = await appBackup(bench.url, warmup);
  const backupMs = performance.now() - started;
  await recreateDatabase(serverUrl, SCHEMA);
  const restore = await appRestore(withDatabase(serverUrl, SCHEMA), warmup, bench.keyring);
  rmSync(warmup);
  const schemaDb = new pg.Client({ connectionString: withDatabase(serverUrl, SCHEMA) });
  await schemaDb.connect();
  let foreignKeys: Source['foreignKeys'];
  try {
    // audit_log refuses TRUNCATE (an ordinary trigger): replica mode, for this one statement, lets it be emptied.
    await schemaDb.query(`set session_replication_role = replica`);
    await schemaDb.query(`truncate ${tables.map((t) => quote(t.name)).join(', ')} restart identity`);
    await schemaDb.query(`reset session_replication_role`);
  } finally {
    await schemaDb.end();
  }
  // The restore's own reading of the foreign keys, so that the baseline sets aside exactly what it does.
  const schemaDatabase = await openDatabase({ databaseUrl: withDatabase(serverUrl, SCHEMA), poolSize: 1 });
  try {
    foreignKeys = await readForeignKeys(schemaDatabase.db);
  } finally {
    await schemaDatabase.close();
  }
  log(`  warm-up   backupDatabase ${ms(backupMs)} ms (${thousands(backup.rows)} rows, ${mb(backup.fileBytes)} MB); restoreDatabase ${ms(restore.ms)} ms ` +
    `(audit chain ${restore.report.audit?.ok ? 'intact' : 'BROKEN'}); that schema emptied (${foreignKeys.length} foreign keys) is the baseline's target`);
  return { url: bench.url, keyring: bench.keyring, tables, fingerprint, rows, foreignKeys };
}

// ——— one round: baselines first, then the app ———

async function measureRound(serverUrl: string, source: Source, dir: string, round: number): Promise<Round> {
  const copyFile = path.join(dir, `round${round}.copy.gz`);
  const appFile = path.join(dir, 'last.anxin');
  rmSync(appFile, { force: true });

  const copyOut = await copyOutDump(source, copyFile, 'columns');
  const jsonFile = path.join(dir, `round${round}.json.gz`);
  const jsonOut = await copyOutDump(source, jsonFile, 'json');
  rmSync(jsonFile);
  const started = performance.now();
  const backup = await appBackup(source.url, appFile);
  const backupMs = performance.now() - started;

  await recreateDatabase(serverUrl, COPY_TARGET, SCHEMA);
  const copyInMs = await copyInDump(source, withDatabase(serverUrl, COPY_TARGET), copyFile);
  const copySame = sameFingerprint(source, await tableFingerprints(withDatabase(serverUrl, COPY_TARGET), source.tables));
  rmSync(copyFile);
  await dropDatabase(serverUrl, COPY_TARGET);

  await recreateDatabase(serverUrl, APP_TARGET);
  const restore = await appRestore(withDatabase(serverUrl, APP_TARGET), appFile, source.keyring);
  const restoreSame = sameFingerprint(source, await tableFingerprints(withDatabase(serverUrl, APP_TARGET), source.tables));
  return {
    copyOut,
    jsonOut,
    backup: { ...backup, ms: backupMs },
    copyIn: { ms: copyInMs, same: copySame },
    restore: { ...restore, same: restoreSame },
  };
}

// ——— the app: the functions `anxin backup` and `anxin restore` call, in process, opened as the CLI opens them ———

async function appBackup(url: string, file: string): Promise<{ rows: number; fileBytes: number; gzipFastest: boolean }> {
  // backupFromCli: openDatabase({ databaseUrl, poolSize: 2 }), backupDatabase, close.
  const database = await openDatabase({ databaseUrl: url, poolSize: 2 });
  try {
    const { rows, bytes } = await backupDatabase(database, file, { appVersion: 'bench' });
    return { rows, fileBytes: bytes, gzipFastest: gzipExtraFlags(file) === 4 };
  } finally {
    await database.close();
  }
}

/** restoreFromCli without its messages: the header and its checks, then restoreDatabase into the empty database. */
async function appRestore(url: string, file: string, keyring: Keyring): Promise<{ ms: number; report: RestoreReport }> {
  const started = performance.now();
  const header = parseHeader(await readFirstLine(file), file);
  const problems = restoreProblems(header, Object.keys(migrations), { keyring, source: 'the benchmark keyring', keyFile: '-' });
  if (problems.length) throw new Error(`restore refused: ${problems.join('; ')}`);
  const database = await openDatabase({ databaseUrl: url, poolSize: 2 });
  try {
    const report = await restoreDatabase(database, file, header, url);
    if (report.audit && !report.audit.ok) throw new Error(`restored audit chain broken: ${JSON.stringify(report.audit)}`);
    return { ms: performance.now() - started, report };
  } finally {
    await database.close();
  }
}

// ——— the baselines: psql's COPY, one session each ———

/**
 * Every table in one REPEATABLE READ, read-only transaction (as the backup reads them), written as
 * a psql script — `COPY t (cols) FROM stdin;`, the rows, `\.` — through gzip at the backup's level.
 * `columns`: COPY (select cols from t), the baseline. `json`: COPY (select row_to_json(t)::text … order
 * by the key) — the backup's own row text, through COPY instead of a cursor and the driver (information).
 */
async function copyOutDump(source: Source, file: string, what: 'columns' | 'json'): Promise<Dump> {
  const lines = [`set time zone 'UTC';`, 'begin transaction isolation level repeatable read, read only;'];
  for (const t of source.tables) {
    const columns = t.insertable.map(quote).join(', ');
    const select = what === 'columns'
      ? `select ${columns} from ${quote(t.name)}`
      : `select row_to_json(t)::text from ${quote(t.name)} as t order by ${t.primaryKey.length ? t.primaryKey.map((c) => `t.${quote(c)}`).join(', ') : 'row_to_json(t)::text'}`;
    lines.push(`\\qecho 'COPY ${quote(t.name)} (${columns}) FROM stdin;'`, `\\copy (${select}) to stdout`, `\\qecho '\\\\.'`);
  }
  lines.push('commit;');
  const script = `${file}.sql`;
  writeFileSync(script, `${lines.join('\n')}\n`);
  let rawBytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      rawBytes += chunk.length;
      done(null, chunk);
    },
  });
  const started = performance.now();
  const child = spawn(PSQL, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', source.url, '-f', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr = collect(child.stderr);
  const exited = once(child, 'close');
  await pipeline(child.stdout, count, createGzip({ level: GZIP_LEVEL }), createWriteStream(file));
  const [code] = (await exited) as [number | null];
  const elapsed = performance.now() - started;
  rmSync(script);
  if (code !== 0) throw new Error(`psql COPY TO exited ${code}: ${stderr()}`);
  return { ms: elapsed, rawBytes, fileBytes: statSync(file).size };
}

/**
 * The baseline restore: gunzip of the dump into psql, in one transaction — the foreign keys set
 * aside first and added back (each checked over its whole table) at the end, as restoreDatabase
 * does — into a fresh copy of the emptied schema (same tables, indexes, constraints).
 */
async function copyInDump(source: Source, url: string, file: string): Promise<number> {
  const prelude = ['begin;', ...source.foreignKeys.map((fk) => `alter table ${quote(fk.table)} drop constraint ${quote(fk.name)};`)].join('\n');
  const postlude = [...source.foreignKeys.map((fk) => `alter table ${quote(fk.table)} add constraint ${quote(fk.name)} ${fk.definition};`), 'commit;'].join('\n');
  const started = performance.now();
  const child = spawn(PSQL, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', '-'], { stdio: ['pipe', 'ignore', 'pipe'] });
  const stderr = collect(child.stderr);
  const exited = once(child, 'close');
  const fed = await pipeline(
    createReadStream(file),
    createGunzip(),
    async function* (dump: AsyncIterable<Buffer>) {
      yield `${prelude}\n`;
      yield* dump;
      yield `${postlude}\n`;
    },
    child.stdin,
  ).then(() => undefined, (err: unknown) => err); // psql stopping on an error closes its stdin: its stderr says why
  const [code] = (await exited) as [number | null];
  if (code === 0 && fed) throw fed;
  const elapsed = performance.now() - started;
  if (code !== 0) throw new Error(`psql COPY FROM exited ${code}: ${stderr()}`);
  return elapsed;
}

// ——— checks and information ———

/** Per table: `count checksum`, the checksum restoreDatabase compares (row_to_json text in UTC). */
async function tableFingerprints(url: string, tables: TableInfo[]): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`set time zone 'UTC'`);
    const result = new Map<string, string>();
    for (const t of tables) {
      const { rows } = await client.query<{ n: number; checksum: string }>(
        `select count(*)::int as n, ${TABLE_CHECKSUM_SQL} as checksum from ${quote(t.name)} as t`);
      result.set(t.name, `${rows[0]!.n} ${rows[0]!.checksum}`);
    }
    return result;
  } finally {
    await client.end();
  }
}

const sameFingerprint = (source: Source, restored: Map<string, string>) =>
  source.tables.every((t) => restored.get(t.name) === source.fingerprint.get(t.name));

/** Where a restore's time goes besides loading rows, measured on the last restored database (untimed by the rounds). */
async function restoreBreakdown(serverUrl: string, source: Source): Promise<{ checksumMs: number; auditMs: number; migrateMs: number }> {
  let started = performance.now();
  await tableFingerprints(withDatabase(serverUrl, APP_TARGET), source.tables);
  const checksumMs = performance.now() - started;
  const restored = await openDatabase({ databaseUrl: withDatabase(serverUrl, APP_TARGET), poolSize: 2 });
  let auditMs: number;
  try {
    await sql`select 1`.execute(restored.db);
    started = performance.now();
    await verifyAuditChain(restored.db);
    auditMs = performance.now() - started;
  } finally {
    await restored.close();
  }
  await dropDatabase(serverUrl, APP_TARGET);
  await recreateDatabase(serverUrl, COPY_TARGET);
  const empty = await openDatabase({ databaseUrl: withDatabase(serverUrl, COPY_TARGET), poolSize: 2 });
  let migrateMs: number;
  try {
    await sql`select 1`.execute(empty.db);
    started = performance.now();
    await migrateToLatest(empty.db);
    migrateMs = performance.now() - started;
  } finally {
    await empty.close();
  }
  await dropDatabase(serverUrl, COPY_TARGET);
  return { checksumMs, auditMs, migrateMs };
}

/** The gzip header's XFL byte: 4 when the stream was compressed at the fastest level. */
function gzipExtraFlags(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(10);
    readSync(fd, header, 0, 10, 0);
    return header[8]!;
  } finally {
    closeSync(fd);
  }
}

async function gunzippedBytes(file: string): Promise<number> {
  let bytes = 0;
  for await (const line of readBackupLines(file)) bytes += Buffer.byteLength(line) + 1;
  return bytes;
}

// ——— the result ———

function summarise(source: Source, runs: Round[], info: { checksumMs: number; auditMs: number; migrateMs: number }, appRaw: number): BenchResult {
  const min = (pick: (r: Round) => number) => Math.min(...runs.map(pick));
  const copyOut = min((r) => r.copyOut.ms);
  const jsonOut = min((r) => r.jsonOut.ms);
  const backup = min((r) => r.backup.ms);
  const copyIn = min((r) => r.copyIn.ms);
  const restore = min((r) => r.restore.ms);
  const backupRatio = backup / copyOut;
  const restoreRatio = restore / copyIn;
  const backupRounds = runs.map((r) => r.backup.ms / r.copyOut.ms);
  const restoreRounds = runs.map((r) => r.restore.ms / r.copyIn.ms);
  const last = runs.at(-1)!;
  const rate = (value: number) => thousands(Math.round(source.rows / (value / 1000)));
  const sameRows = runs.every((r) => r.copyIn.same && r.restore.same && r.backup.rows === source.rows);
  const auditOk = runs.every((r) => r.restore.report.audit?.ok !== false);
  const gzipSame = runs.every((r) => r.backup.gzipFastest);
  const summary = [
    ...formatTable(
      [`backup and restore, ${thousands(source.rows)} rows in ${source.tables.length} tables (fastest of ${runs.length})`, 'ms', 'rows/s', 'file MB', 'raw MB', '× baseline'],
      [
        [`BASELINE backup: COPY (select cols from t) TO STDOUT, every table, one snapshot | gzip level ${GZIP_LEVEL}`, ms(copyOut), rate(copyOut),
          mb(last.copyOut.fileBytes), mb(last.copyOut.rawBytes), '1.00'],
        [`info: COPY (select row_to_json(t) … order by key) TO STDOUT | gzip level ${GZIP_LEVEL}: the backup's row text`, ms(jsonOut), rate(jsonOut),
          mb(last.jsonOut.fileBytes), mb(last.jsonOut.rawBytes), (jsonOut / copyOut).toFixed(2)],
        [`backupDatabase (anxin backup), TARGET ≤ ${BACKUP_TARGET}`, ms(backup), rate(backup), mb(last.backup.fileBytes), mb(appRaw), backupRatio.toFixed(2)],
        ['BASELINE restore: gunzip | COPY FROM STDIN into the migrated empty schema, FKs set aside and re-added, one transaction', ms(copyIn), rate(copyIn),
          '', '', '1.00'],
        [`restoreDatabase (anxin restore: migrations, rows, FKs, checksums, audit chain), TARGET ≤ ${RESTORE_TARGET}`, ms(restore), rate(restore), '', '', restoreRatio.toFixed(2)],
      ],
      new Set([1, 2, 3, 4, 5]),
    ),
    `ratio within each round: backup ${backupRounds.map((x) => x.toFixed(2)).join(', ')}; restore ${restoreRounds.map((x) => x.toFixed(2)).join(', ')}`,
    `restore, besides the rows (measured apart): migrations into an empty database ${ms(info.migrateMs)} ms; counts + checksums of every table ` +
      `${ms(info.checksumMs)} ms; audit chain ${ms(info.auditMs)} ms (${thousands(last.restore.report.rows)} rows restored)`,
    `both restores hold the source's rows (count and checksum of every table): ${sameRows}; audit chain intact: ${auditOk}; ` +
      `backup gzip at the fastest level like the baseline: ${gzipSame}`,
  ];
  return {
    name: 'backup',
    ratio: backupRatio,
    ratioOf: `backup/COPY TO+gzip time (restore/COPY FROM ${restoreRatio.toFixed(2)}, rounds ${restoreRounds.map((x) => x.toFixed(2)).join(', ')})`,
    roundRatios: backupRounds,
    checks: [
      { label: `backup ≤ ${BACKUP_TARGET}× COPY TO+gzip`, pass: backupRatio <= BACKUP_TARGET },
      { label: `restore ≤ ${RESTORE_TARGET}× COPY FROM`, pass: restoreRatio <= RESTORE_TARGET },
      { label: 'both restores hold the source rows', pass: sameRows && auditOk },
      { label: `backup gzip level ${GZIP_LEVEL} as the baseline`, pass: gzipSame },
    ],
    summary,
  };
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const loadAverage = () => os.loadavg()[0]!.toFixed(2);

function collect(stream: NodeJS.ReadableStream): () => string {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (text = (text + chunk).slice(-4000)));
  return () => text.trim();
}
