// `anxin backup FILE` (R-SE-5): every table of the schema — the migration bookkeeping and the key
// fingerprints included — read in one REPEATABLE READ, read-only transaction, so a backup of a
// PostgreSQL database in use is one consistent moment. The keys are not in it.
import { statSync } from 'node:fs';
import { DEFAULT_MIGRATION_TABLE, sql, type Kysely } from 'kysely';
import type { Database } from '../db/engine.js';
import type { DB } from '../db/schema.js';
import { readFingerprints } from '../pii/key-fingerprints.js';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupRefusedError, rowChecksum, rowsLine, type BackupHeader, type TableEnd } from './backup-format.js';
import { createBackupWriter, type LineWriter } from './backup-file.js';
import { readNotValidConstraints, readSchema, type TableInfo } from './read-schema.js';
import { loadOrder } from './table-order.js';
import type { BlobStore } from '../storage/blob-store.js';

/** Rows per line of the file, and per round trip to the database. */
const BATCH_ROWS = 1000;

export type BackupReport = { header: BackupHeader; rows: number; bytes: number };

/** Bytes of a document file per line of the backup. */
const BLOB_PIECE = 48 * 1024;

export async function backupDatabase(database: Database, file: string, options: { appVersion: string; documents?: BlobStore }): Promise<BackupReport & { blobs: number }> {
  const writer = createBackupWriter(file);
  try {
    const result = await database.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        // Timestamps are written with the offset +00:00, whatever the server's time zone.
        await sql`set local time zone 'UTC'`.execute(trx);
        const schema = await readSchema(trx);
        if (!schema.tables.has(DEFAULT_MIGRATION_TABLE)) {
          throw new BackupRefusedError('This database holds no Anxin schema (it was never started or migrated): there is nothing to back up.');
        }
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          appVersion: options.appVersion,
          engine: database.kind,
          createdAt: new Date().toISOString(),
          migrations: await appliedMigrations(trx),
          keyFingerprints: schema.tables.has('key_fingerprint') ? await readFingerprints(trx) : [],
          tables: loadOrder([...schema.tables.keys()], schema.foreignKeys),
          notValidConstraints: await readNotValidConstraints(trx),
        };
        await writer.write(JSON.stringify(header));
        let rows = 0;
        for (const name of header.tables) rows += await writeTable(trx, writer, schema.tables.get(name)!);
        // The files the documents name, as of the same moment: the store only ever adds files.
        const blobs = schema.tables.has('document') && options.documents ? await writeBlobs(trx, writer, options.documents) : 0;
        await writer.write(JSON.stringify({ end: true, tables: header.tables.length, rows, blobs }));
        return { header, rows, blobs };
      });
    await writer.finish();
    return { ...result, bytes: statSync(file).size };
  } catch (err) {
    await writer.abandon();
    throw err;
  }
}

async function appliedMigrations(trx: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)} order by name`.execute(trx);
  return rows.map((r) => r.name);
}

/** One table through a cursor, a batch at a time: a table of a million rows never sits in memory. */
async function writeTable(trx: Kysely<DB>, writer: LineWriter, table: TableInfo): Promise<number> {
  await writer.write(JSON.stringify({ table: table.name, columns: table.columns }));
  const orderBy = table.primaryKey.length ? sql.join(table.primaryKey.map((c) => sql.ref(`t.${c}`))) : sql`row_to_json(t)::text`;
  await sql`declare anxin_backup no scroll cursor for
    select row_to_json(t)::text as r from ${sql.table(table.name)} as t order by ${orderBy}`.execute(trx);
  const checksum = rowChecksum();
  const fetchBatch = () => sql<{ r: string }>`fetch forward ${sql.lit(BATCH_ROWS)} from anxin_backup`.execute(trx);
  let count = 0;
  let next = fetchBatch();
  for (;;) {
    const { rows } = await next;
    // The database reads the next batch while this one is checksummed and compressed.
    next = rows.length === BATCH_ROWS ? fetchBatch() : Promise.resolve({ rows: [] });
    next.catch(() => undefined); // awaited below; a failure here must not go unhandled meanwhile
    if (rows.length === 0) break;
    const texts = rows.map((row) => row.r);
    checksum.addAll(texts);
    count += texts.length;
    await writer.write(rowsLine(texts));
  }
  await sql`close anxin_backup`.execute(trx);
  const sequences: TableEnd['sequences'] = {};
  for (const [column, sequence] of Object.entries(table.sequences)) {
    const { rows } = await sql<{ v: string | null }>`select pg_sequence_last_value(${sequence}::regclass)::text as v`.execute(trx);
    sequences[column] = { lastValue: rows[0]?.v ?? null };
  }
  const end: TableEnd = { tableEnd: table.name, rows: count, checksum: checksum.value(), sequences };
  await writer.write(JSON.stringify(end));
  return count;
}

/** Each file the document table names, once, in pieces of base64. A file the store lacks refuses the backup. */
async function writeBlobs(trx: Kysely<DB>, writer: LineWriter, store: BlobStore): Promise<number> {
  const { rows } = await sql<{ sha256: string; size: string; id: number }>`
    select sha256, min(size_bytes)::text as size, min(id) as id from document group by sha256 order by sha256`.execute(trx);
  for (const { sha256, size, id } of rows) {
    if (!(await store.has(sha256))) {
      throw new BackupRefusedError(`The document store lacks the file ${sha256} of document ${id}: restore it from an earlier backup of the documents before backing up.`);
    }
    await writer.write(JSON.stringify({ blob: sha256, size: Number(size) }));
    const content = await store.open(sha256);
    let pending: Buffer = Buffer.alloc(0);
    for await (const chunk of content as AsyncIterable<Buffer>) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      while (pending.length >= BLOB_PIECE) {
        await writer.write(JSON.stringify({ data: pending.subarray(0, BLOB_PIECE).toString('base64') }));
        pending = pending.subarray(BLOB_PIECE);
      }
    }
    if (pending.length) await writer.write(JSON.stringify({ data: pending.toString('base64') }));
    await writer.write(JSON.stringify({ blobEnd: sha256 }));
  }
  return rows.length;
}
