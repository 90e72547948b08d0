import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY, runNode, startServer } from '../helpers/run-server.js';
import { adminQuery, databaseUrl } from '../helpers/test-database.js';
import { openDatabase, type OpenOptions } from '../../server/src/platform/db/engine.js';
import { recordAudit } from '../../server/src/platform/audit/record-audit.js';
import { decryptField, generateKeyring, parseKeyring, serializeKeyring } from '../../server/src/platform/pii/index.js';
import { FileBlobStore } from '../../server/src/platform/storage/blob-store.js';

/** Every file below a directory but the store's incoming/ area. */
const walkFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'incoming' ? [] : walkFiles(path.join(dir, e.name))) : [path.join(dir, e.name)]));

// R-SE-5: backups and restore are routine and tested — the built CLI, as an operator runs it.
describe('anxin backup and anxin restore', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'anxin-backup-'));
  const sourceDir = path.join(root, 'source');
  const keyFile = path.join(sourceDir, 'keys', 'anxin-keys.json');
  const targetDir = path.join(root, 'target');
  const backup = path.join(root, 'office.anxin');
  const pgName = `anxin_restore_${process.pid}`;
  const common = { DATABASE_URL: '', ANXIN_KEYS: '', ANXIN_KEY_FILE: '', ANXIN_ADMIN_PASSWORD: 'Process-Passw0rd-42' };
  const onSource = { ...common, ANXIN_DATA_DIR: sourceDir };
  const onTarget = { ...common, ANXIN_DATA_DIR: targetDir };
  const onPostgres = { ...common, DATABASE_URL: databaseUrl(pgName), ANXIN_DATA_DIR: path.join(root, 'pg'), ANXIN_KEY_FILE: keyFile };
  const cli = (env: Record<string, string>, ...args: string[]) => runNode(CLI_ENTRY, args, env, 90_000);
  let sourceDigests: Record<string, string>;
  let client: { id: number; id_number_enc: string };
  let backupSize: string;
  const documentFiles: [string, Buffer][] = [
    ['保单.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('安心 '.repeat(30_000))])],
    ['小文件.pdf', Buffer.from('%PDF-1.4\n%%EOF\n')],
  ];
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const documentPath = (dataDir: string, b: Buffer) => path.join(dataDir, 'documents', sha(b).slice(0, 2), sha(b).slice(2, 4), sha(b));

  /** A file derived from the backup: its lines changed, gzip'd again. */
  function derived(name: string, change: (lines: string[]) => string[]): string {
    const file = path.join(root, name);
    const lines = gunzipSync(readFileSync(backup)).toString('utf8').split('\n');
    writeFileSync(file, gzipSync(Buffer.from(change(lines).join('\n'))));
    return file;
  }

  beforeAll(async () => {
    await adminQuery(`create database ${pgName}`);
    // The empty target data directory is made meanwhile (creating a PGlite cluster takes seconds).
    const [seeded] = await Promise.all([cli(onSource, 'seed-demo'), withDatabase({ dataDir: targetDir }, countTables)]);
    expect(seeded.code, seeded.stderr).toBe(0);
    // Values that a careless format would bend: a client merged into a later one (a row before
    // the row it references), money beyond a double's digits, jsonb with a 20-digit number and
    // escapes, microseconds, an identity value given out and deleted, and a longer audit chain.
    await withDatabase({ dataDir: sourceDir }, async (db) => {
      await sql`update client set merged_into_id = (select max(id) from client) where id = (select min(id) from client)`.execute(db);
      await sql`update policy set sum_insured = 99999999999999.99, premium = 123456789012.34 where id = (select min(id) from policy)`.execute(db);
      await sql`insert into app_setting (key, value) values ('backup.check',
        ${'{"n": 12345678901234567890.123456789, "s": "安心 \\"引号\\" \\\\ 反斜杠", "list": [1, null, true, 1e-7]}'}::jsonb)`.execute(db);
      await sql`update org_unit set updated_at = '2026-01-02 03:04:05.123456+08' where code = 'GZ01'`.execute(db);
      await sql`insert into calendar_day (date, org_unit_id, working_day) values ('2030-01-02', (select id from org_unit where code = 'GZ01'), false)`.execute(db);
      await sql`delete from calendar_day where date = '2030-01-02' and org_unit_id is not null`.execute(db);
      // Two document files (one larger than a backup line's piece), kept in the data directory's store.
      const store = new FileBlobStore(path.join(sourceDir, 'documents'));
      for (const [name, content] of documentFiles) {
        const { sha256 } = await store.put(Readable.from([content], { objectMode: false }), { maxBytes: content.length, inspect: async () => null });
        await sql`insert into document (entity_type, entity_id, org_unit_id, type_code, file_name, media_type, size_bytes, sha256, sensitive, retention_class)
          select 'policy', min(id), min(org_unit_id), 'policy_copy', ${name}, 'application/pdf', ${content.length}, ${sha256}, false, 'contract_plus_5y' from policy`.execute(db);
      }
      await db.transaction().execute(async (trx) => {
        for (let i = 1; i <= 40; i++) {
          await recordAudit(trx, { actor: null, requestId: `backup-${i}`, action: 'backup.check', entityType: 'client', entityId: i, orgUnitId: null, after: { i, note: '备份' } });
        }
      });
    });
  });
  afterAll(async () => {
    await adminQuery(`drop database if exists ${pgName} with (force)`);
    rmSync(root, { recursive: true, force: true });
  });

  it('backs up the embedded database: every table, a header naming schema and key fingerprints, and no key', async () => {
    const res = await cli(onSource, 'backup', backup);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Backup of embedded PGlite in .* written to .*office\.anxin: \d+ tables, \d+ rows/);
    backupSize = /\d+ tables, \d+ rows/.exec(res.stdout)![0];
    const text = gunzipSync(readFileSync(backup)).toString('utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { engine: string; appVersion: string; migrations: string[]; keyFingerprints: unknown[]; tables: string[] };
    expect(header).toMatchObject({ engine: 'pglite', appVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) as string });
    expect(header.migrations).toContain('20261206T0630_key_fingerprints');
    expect(header.keyFingerprints).toHaveLength(2);
    expect(header.tables).toEqual(expect.arrayContaining(['kysely_migration', 'kysely_migration_lock', 'key_fingerprint', 'audit_log', 'client', 'policy']));
    expect(header.tables.indexOf('org_unit')).toBeLessThan(header.tables.indexOf('client'));
    const keys = JSON.parse(readFileSync(keyFile, 'utf8')) as { encryption: { keys: Record<string, string> }; blindIndex: { keys: Record<string, string> } };
    for (const key of [...Object.values(keys.encryption.keys), ...Object.values(keys.blindIndex.keys)]) expect(text).not.toContain(key);

    const again = await cli(onSource, 'backup', backup);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('refuses to restore into a data directory that holds Anxin data, with exit 2, changing nothing', async () => {
    const res = await cli(onSource, 'restore', backup);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('of an Anxin database');
    expect(res.stderr).toContain('A restore goes only into an empty database');
    // Read after the refusal: the restored copies must equal these, so the refusal changed nothing.
    ({ digests: sourceDigests, client } = await withDatabase({ dataDir: sourceDir }, async (db) => ({ digests: await tableDigests(db), client: await someClient(db) })));
    expect(sourceDigests['table client']).toMatch(/^384 rows/);
  });

  it('refuses a cut-off and a foreign file with exit 2, and the empty data directory stays empty', async () => {
    mkdirSync(path.join(targetDir, 'keys'), { recursive: true });
    copyFileSync(keyFile, path.join(targetDir, 'keys', 'anxin-keys.json'));
    chmodSync(path.join(targetDir, 'keys', 'anxin-keys.json'), 0o600);
    const whole = readFileSync(backup);
    const cut = path.join(root, 'cut.anxin');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.7)));
    const res = await cli(onTarget, 'restore', cut);
    expect(res.code, res.stderr).toBe(2);
    expect(res.stderr).toContain('is damaged or cut off');

    const foreign = path.join(root, 'foreign.json.gz');
    writeFileSync(foreign, gzipSync('{"hello":"world"}\n'));
    const other = await cli(onTarget, 'restore', foreign);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('is not an Anxin backup');

    expect(await withDatabase({ dataDir: targetDir }, countTables)).toBe(0);
  });

  it('refuses the keys of another installation, or none, telling the operator to put the key file from its own backup in place', async () => {
    const noKeys = await cli({ ...onTarget, ANXIN_KEY_FILE: path.join(root, 'nowhere', 'keys.json') }, 'restore', backup);
    expect(noKeys.code).toBe(2);
    expect(noKeys.stderr).toContain('its keys are not here');
    expect(noKeys.stderr).toContain('Put the key file kept with the backup');
    const otherKeys = await cli({ ...onTarget, ANXIN_KEYS: serializeKeyring(generateKeyring()) }, 'restore', backup);
    expect(otherKeys.code).toBe(2);
    expect(otherKeys.stderr).toContain('are not the keys of this backup');
    expect(existsSync(path.join(root, 'nowhere'))).toBe(false);

    const newer = derived('newer.anxin', ([head, ...rest]) => {
      const header = JSON.parse(head!) as { migrations: string[]; appVersion: string };
      return [JSON.stringify({ ...header, appVersion: '9.0.0', migrations: [...header.migrations, '20990101T0000_future'] }), ...rest];
    });
    const refused = await cli(onTarget, 'restore', newer);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('made by a newer Anxin (9.0.0)');
  });

  it('restores into the empty data directory: the same rows, an intact audit chain, ID numbers that decrypt', async () => {
    const res = await cli(onTarget, 'restore', backup);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Every table matches its checksum');
    expect(res.stdout).toMatch(/Audit chain intact: \d+ entries/);
    expect(await withDatabase({ dataDir: targetDir }, tableDigests)).toEqual(sourceDigests);
    // The demo's own servicing documents and the two added here: every file the database names.
    const files = await withDatabase({ dataDir: targetDir }, async (db) => Number((await sql<{ n: number }>`select count(distinct sha256)::int as n from document`.execute(db)).rows[0]!.n));
    expect(files).toBeGreaterThanOrEqual(2);
    expect(res.stdout).toContain(`${files} document files into`);
    for (const [, content] of documentFiles) expect(readFileSync(documentPath(targetDir, content)).equals(content)).toBe(true);
    const verify = await cli(onTarget, 'audit', 'verify');
    expect(verify.code, verify.stderr).toBe(0);

    const keyring = parseKeyring({ json: readFileSync(keyFile, 'utf8'), source: 'test' });
    const server = await startServer(onTarget);
    try {
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'gz.supervisor', password: 'anxin-demo-2026' }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const revealed = await fetch(`${server.url}/api/v1/clients/${client.id}/reveal`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ field: 'idNumber' }),
      });
      expect(revealed.status).toBe(200);
      expect(await revealed.json()).toEqual({ value: decryptField(keyring, client.id_number_enc, { context: 'client.id_number' }) });

      // The data directory is the server's while it runs: the CLI neither restores into it nor reads it.
      const restoreWhileRunning = await cli(onTarget, 'restore', backup);
      expect(restoreWhileRunning.code).toBe(3);
      expect(restoreWhileRunning.stderr).toContain('stop the running server first');
      const backupWhileRunning = await cli(onTarget, 'backup', path.join(root, 'while-running.anxin'));
      expect(backupWhileRunning.code).toBe(3);
      expect(existsSync(path.join(root, 'while-running.anxin'))).toBe(false);
    } finally {
      expect(await server.stop(), server.output()).toBe(0);
    }
  });

  it('moves the office to PostgreSQL: the embedded backup restores there, all or nothing', async () => {
    // A value changed inside the file: the table's checksum catches it and nothing stays behind.
    const tampered = derived('tampered.anxin', (lines) => lines.map((l) => (l.includes('反斜杠') ? l.replace('安心', '安欣') : l)));
    const refused = await cli(onPostgres, 'restore', tampered);
    expect(refused.code, refused.stderr).toBe(2);
    expect(refused.stderr).toContain('the rows of app_setting do not match their checksum');
    // One byte changed in the compressed file.
    const flipped = readFileSync(backup);
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = flipped[middle]! ^ 0xff;
    const damaged = path.join(root, 'damaged.anxin');
    writeFileSync(damaged, flipped);
    const bad = await cli(onPostgres, 'restore', damaged);
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toContain('damaged');
    // A document file changed inside the backup: refused, and no file is left in the document directory.
    const otherFile = derived('other-file.anxin', (lines) => {
      const at = lines.findIndex((l) => l.startsWith('{"data":'));
      const piece = Buffer.from((JSON.parse(lines[at]!) as { data: string }).data, 'base64');
      piece[10] = piece[10]! ^ 1;
      return lines.map((l, i) => (i === at ? JSON.stringify({ data: piece.toString('base64') }) : l));
    });
    const wrongFile = await cli(onPostgres, 'restore', otherFile);
    expect(wrongFile.code, wrongFile.stderr).toBe(2);
    expect(wrongFile.stderr).toMatch(/document file [0-9a-f]{64} does not match its checksum/);
    expect(existsSync(path.join(root, 'pg', 'documents')) ? walkFiles(path.join(root, 'pg', 'documents')) : []).toEqual([]);
    expect(await withDatabase({ databaseUrl: databaseUrl(pgName) }, countTables)).toBe(0);

    const res = await cli(onPostgres, 'restore', backup);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('into PostgreSQL at');
    expect(await withDatabase({ databaseUrl: databaseUrl(pgName) }, tableDigests)).toEqual(sourceDigests);
    for (const [, content] of documentFiles) expect(readFileSync(documentPath(path.join(root, 'pg'), content)).equals(content)).toBe(true);
    const verify = await cli(onPostgres, 'audit', 'verify');
    expect(verify.code, verify.stderr).toBe(0);

    const twice = await cli(onPostgres, 'restore', backup);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('is not empty');

    // And a backup of the PostgreSQL database holds the same tables and rows.
    const again = await cli(onPostgres, 'backup', path.join(root, 'from-postgres.anxin'));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`Backup of PostgreSQL at \\S+/${pgName} written to`));
    expect(again.stdout).toContain(backupSize);
  });
});

async function withDatabase<T>(target: { dataDir: string } | { databaseUrl: string }, work: (db: Kysely<any>) => Promise<T>): Promise<T> {
  const options: OpenOptions = 'dataDir' in target ? target : { databaseUrl: target.databaseUrl, poolSize: 1 };
  const database = await openDatabase(options);
  try {
    return await work(database.db as Kysely<any>);
  } finally {
    await database.close();
  }
}

/** A client in Guangzhou with an ID number, as stored (ciphertext). */
async function someClient(db: Kysely<any>): Promise<{ id: number; id_number_enc: string }> {
  const { rows } = await sql<{ id: number; id_number_enc: string }>`
    select c.id, c.id_number_enc from client c join org_unit o on o.id = c.org_unit_id
    where o.code like 'GZ%' and c.id_number_enc is not null order by c.id limit 1`.execute(db);
  return rows[0]!;
}

async function countTables(db: Kysely<any>): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r'`.execute(db);
  return rows[0]!.n;
}

/**
 * Per table its row count and the md5 of every row's text in one order; per sequence its last
 * value. Computed here, apart from the backup code, the same way on both engines.
 */
async function tableDigests(db: Kysely<any>): Promise<Record<string, string>> {
  return db.transaction().execute(async (trx) => {
    await sql`set local time zone 'UTC'`.execute(trx);
    const digests: Record<string, string> = {};
    const { rows: tables } = await sql<{ name: string }>`
      select relname::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r' order by 1`.execute(trx);
    for (const { name } of tables) {
      const { rows } = await sql<{ n: number; md5: string }>`
        select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text collate "C"), '')) as md5
        from ${sql.table(name)} as t`.execute(trx);
      digests[`table ${name}`] = `${rows[0]!.n} rows, md5 ${rows[0]!.md5}`;
    }
    const { rows: sequences } = await sql<{ name: string; last: string | null }>`
      select c.relname::text as name, pg_sequence_last_value(c.oid)::text as last from pg_class c
      join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = 'S' order by 1`.execute(trx);
    for (const s of sequences) digests[`sequence ${s.name}`] = String(s.last);
    // Constraints by name and state: the masked-field checks are validated by a start after their
    // migration added them NOT VALID, and a restore must not leave them unvalidated. (Not-null
    // constraints appear in pg_constraint only on PostgreSQL 18, PGlite's engine.)
    const { rows: constraints } = await sql<{ name: string }>`
      select t.relname || '.' || c.conname || (case when c.convalidated then '' else ' NOT VALID' end) as name
      from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = current_schema() and c.contype <> 'n' order by 1`.execute(trx);
    digests.constraints = constraints.map((c) => c.name).join(', ');
    return digests;
  });
}
