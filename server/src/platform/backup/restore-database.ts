// `anxin restore FILE` (R-SE-5): into an empty database only, in one transaction — the schema
// rebuilt by the migrations the backup names, then its rows — so a refused or failed restore
// leaves the target as empty as it was. Every table's row count and checksum are compared with
// the backup's before the commit, and the audit chain is verified on the restored rows.
//
// Foreign keys are set aside while the rows go in and put back at the end, each checked once
// over the whole table (as pg_restore does) instead of once per row: much faster, and rows may
// come in any order — a client merged into a later client, a unit listed before its parent.
// This needs no superuser (session_replication_role would): the restore made these tables.
import { DEFAULT_MIGRATION_LOCK_TABLE, DEFAULT_MIGRATION_TABLE, sql, type Kysely } from 'kysely';
import type { Database } from '../db/engine.js';
import type { DB } from '../db/schema.js';
import { migrations } from '../db/migrations/index.js';
import { verifyAuditChain, type VerifyReport } from '../audit/verify-audit.js';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { BackupRefusedError, ROWS_PREFIX, TABLE_CHECKSUM_SQL, type BackupEnd, type BackupHeader, type BlobData, type BlobEnd, type BlobStart, type TableEnd, type TableStart } from './backup-format.js';
import type { BlobStore, FileBlobStore, StoredBlob } from '../storage/blob-store.js';
import { readBackupLines } from './backup-file.js';
import { countTables, readNotValidConstraints, readSchema, type SchemaInfo, type TableInfo } from './read-schema.js';

export type RestoreReport = { tables: number; rows: number; blobs: number; audit: VerifyReport | null; newerMigrations: string[] };

export async function restoreDatabase(
  database: Database, file: string, header: BackupHeader, target: string, into?: { store: FileBlobStore; dir: string },
): Promise<RestoreReport> {
  const tablesThere = await countTables(database.db);
  if (tablesThere > 0) {
    throw new BackupRefusedError(
      `The target (${target}) is not empty: it holds ${tablesThere} tables${(await holdsAnxin(database.db)) ? ' of an Anxin database' : ''}. ` +
        'A restore goes only into an empty database: use a new data directory (ANXIN_DATA_DIR) or a new PostgreSQL database ' +
        '(createdb). Nothing was changed.',
    );
  }
  if (into && (await into.store.holdsFiles())) {
    throw new BackupRefusedError(
      `The document directory ${into.dir} is not empty: a restore writes the backup's files only into an empty one ` +
        '(ANXIN_DOCUMENTS_DIR, or documents/ under a new data directory). Nothing was changed.',
    );
  }
  const documents = into?.store;
  const damaged = (detail: string) => new BackupRefusedError(`The backup file ${file} is damaged or incomplete: ${detail}. Nothing was restored.`);
  // Document files written before a failure are taken out again: a failed restore leaves nothing.
  const createdBlobs: string[] = [];
  try {
    return await restoreInTransaction(database, file, header, documents, damaged, createdBlobs);
  } catch (err) {
    for (const sha256 of createdBlobs) await documents?.remove(sha256);
    throw err;
  }
}

async function restoreInTransaction(
  database: Database, file: string, header: BackupHeader, documents: BlobStore | undefined, damaged: (detail: string) => Error, createdBlobs: string[],
): Promise<RestoreReport> {
  return database.db.transaction().execute(async (trx) => {
    await sql`set local time zone 'UTC'`.execute(trx); // as the backup read the rows (the checksums)
    await rebuildSchema(trx, header.migrations);
    const schema = await readSchema(trx);
    const foreignKeys = await dropForeignKeys(trx);
    // Migrations seed some tables (the calendar, the deadline rules): the backup has them as they were.
    for (const table of schema.tables.keys()) await sql`delete from ${sql.table(table)}`.execute(trx);

    const loaded = new Set<string>();
    let current: TableInfo | undefined;
    let total = 0;
    let ended = false;
    let lineNo = 0;
    let blob: { sha256: string; size: number; pass: PassThrough; put: Promise<StoredBlob> } | undefined;
    let blobs = 0;
    for await (const line of readBackupLines(file)) {
      lineNo++;
      if (lineNo === 1) continue; // the header, checked by the caller
      if (ended) throw damaged(`line ${lineNo} follows the end`);
      if (line.startsWith(DATA_PREFIX)) {
        if (!blob) throw damaged(`file data outside a file at line ${lineNo}`);
        const piece = Buffer.from((parseLine(line, () => damaged(`line ${lineNo} is not JSON`)) as unknown as BlobData).data ?? '', 'base64');
        if (!blob.pass.write(piece)) await Promise.race([once(blob.pass, 'drain'), blob.put]);
        continue;
      }
      if (line.startsWith(ROWS_PREFIX)) {
        if (!current) throw damaged(`rows outside a table at line ${lineNo}`);
        try {
          await insertRows(trx, current, line);
        } catch (err) {
          throw isDataError(err) ? damaged(`the rows of ${current.name} at line ${lineNo} cannot be stored (${(err as Error).message})`) : err;
        }
        continue;
      }
      const entry = parseLine(line, () => damaged(`line ${lineNo} is not JSON`));
      if ('table' in entry) {
        if (current) throw damaged(`table ${entry.table} starts inside table ${current.name}`);
        current = startTable(schema, loaded, entry, damaged);
      } else if ('tableEnd' in entry) {
        if (current?.name !== entry.tableEnd) throw damaged(`the end of table ${entry.tableEnd} at line ${lineNo} has no start`);
        await finishTable(trx, current, entry, damaged);
        loaded.add(entry.tableEnd);
        total += entry.rows;
        current = undefined;
      } else if ('blob' in entry) {
        if (current || blob || !documents) throw damaged(`a document file at line ${lineNo} where none belongs`);
        const pass = new PassThrough();
        const put = documents.put(pass, { maxBytes: entry.size, inspect: async () => null });
        put.catch(() => undefined); // awaited at its end
        blob = { sha256: entry.blob, size: entry.size, pass, put };
      } else if ('blobEnd' in entry) {
        if (!blob || blob.sha256 !== entry.blobEnd) throw damaged(`the end of document file ${entry.blobEnd} at line ${lineNo} has no start`);
        blob.pass.end();
        let stored: StoredBlob;
        try {
          stored = await blob.put;
        } catch {
          throw damaged(`document file ${blob.sha256} is longer than the ${blob.size} bytes it should have`);
        }
        if (stored.created) createdBlobs.push(stored.sha256);
        if (stored.sha256 !== blob.sha256 || stored.size !== blob.size) throw damaged(`document file ${blob.sha256} does not match its checksum`);
        blobs++;
        blob = undefined;
      } else if ('end' in entry) {
        const missing = [...schema.tables.keys()].filter((t) => !loaded.has(t));
        if (current || missing.length) throw damaged(`it ends without the tables ${missing.join(', ')}`);
        if (blob) throw damaged(`it ends inside document file ${blob.sha256}`);
        if (entry.tables !== loaded.size || entry.rows !== total || (entry.blobs ?? 0) !== blobs) {
          throw damaged('its last line counts other tables, rows or files than it holds');
        }
        ended = true;
      } else {
        throw damaged(`line ${lineNo} is of no known kind`);
      }
    }
    if (!ended) throw damaged(current ? `it is cut off inside table ${current.name}` : 'it is cut off (no last line)');
    if (documents && schema.tables.has('document') && header.formatVersion >= 2) {
      const { rows: named } = await sql<{ sha256: string; id: number }>`select sha256, min(id) as id from document group by sha256`.execute(trx);
      for (const { sha256, id } of named) if (!(await documents.has(sha256))) throw damaged(`it holds no file for document ${id}`);
    }
    try {
      await restoreForeignKeys(trx, foreignKeys);
    } catch (err) {
      throw isDataError(err) ? damaged(`a row references one that is not in the backup (${(err as Error).message})`) : err;
    }
    try {
      await validateConstraints(trx, header.notValidConstraints);
    } catch (err) {
      throw isDataError(err) ? damaged(`its rows break a constraint the backed-up database had validated (${(err as Error).message})`) : err;
    }

    const audit = schema.tables.has('audit_log') ? await verifyAuditChain(trx) : null;
    const newerMigrations = Object.keys(migrations).filter((m) => !header.migrations.includes(m));
    return { tables: loaded.size, rows: total, blobs, audit, newerMigrations };
  });
}

/** Bad input, not a failing database: data exceptions (22…) and integrity violations (23…). */
function isDataError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && /^2[23]/.test(code);
}

async function holdsAnxin(db: Kysely<DB>): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`select to_regclass(${DEFAULT_MIGRATION_TABLE}) is not null as found`.execute(db);
  return rows[0]?.found === true;
}

/**
 * The schema as the backup's migrations made it, inside this transaction. Kysely's Migrator
 * cannot run in a transaction it does not own, so its two bookkeeping tables are made here as
 * it makes them; their rows (when each migration ran) come from the backup.
 */
async function rebuildSchema(trx: Kysely<DB>, names: string[]): Promise<void> {
  await sql`create table ${sql.table(DEFAULT_MIGRATION_TABLE)} (name varchar(255) not null primary key, timestamp varchar(255) not null)`.execute(trx);
  await sql`create table ${sql.table(DEFAULT_MIGRATION_LOCK_TABLE)} (id varchar(255) not null primary key, is_locked integer not null default 0)`.execute(trx);
  for (const name of names) await migrations[name]!.up(trx);
}

export type ForeignKeyDefinition = { table: string; name: string; definition: string };

/** Every foreign key of the schema, by table, name and definition (as `add constraint` takes it back). */
export async function readForeignKeys(db: Kysely<DB>): Promise<ForeignKeyDefinition[]> {
  const { rows } = await sql<ForeignKeyDefinition>`
    select t.relname::text as table, c.conname::text as name, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c
    join pg_class t on t.oid = c.conrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = current_schema() and c.contype = 'f'
    order by 1, 2`.execute(db);
  return rows;
}

async function dropForeignKeys(trx: Kysely<DB>): Promise<ForeignKeyDefinition[]> {
  const foreignKeys = await readForeignKeys(trx);
  for (const fk of foreignKeys) await sql`alter table ${sql.table(fk.table)} drop constraint ${sql.id(fk.name)}`.execute(trx);
  return foreignKeys;
}

/** The same constraints again, by name and definition as the catalogue gave them; each checks every row. */
async function restoreForeignKeys(trx: Kysely<DB>, foreignKeys: ForeignKeyDefinition[]): Promise<void> {
  for (const fk of foreignKeys) {
    await sql`alter table ${sql.table(fk.table)} add constraint ${sql.id(fk.name)} ${sql.raw(fk.definition)}`.execute(trx);
  }
}

/** Constraints a migration added NOT VALID and the source database validated since (after a start filled them): validated again. */
async function validateConstraints(trx: Kysely<DB>, notValidInBackup: string[]): Promise<void> {
  for (const name of await readNotValidConstraints(trx)) {
    if (notValidInBackup.includes(name)) continue;
    const [table, constraint] = name.split('.') as [string, string];
    await sql`alter table ${sql.table(table)} validate constraint ${sql.id(constraint)}`.execute(trx);
  }
}

const DATA_PREFIX = '{"data":';

function parseLine(line: string, damaged: () => Error): TableStart | TableEnd | BackupEnd | BlobStart | BlobEnd | { other: true } {
  try {
    const entry = JSON.parse(line) as unknown;
    return typeof entry === 'object' && entry !== null ? (entry as TableStart | TableEnd | BackupEnd | BlobStart | BlobEnd) : { other: true };
  } catch {
    throw damaged();
  }
}

function startTable(schema: SchemaInfo, loaded: Set<string>, start: TableStart, damaged: (detail: string) => Error): TableInfo {
  const table = schema.tables.get(start.table);
  if (!table || loaded.has(start.table)) throw damaged(`table ${start.table} is unknown to its schema, or comes twice`);
  if (JSON.stringify(start.columns) !== JSON.stringify(table.columns)) {
    throw damaged(`the columns of ${start.table} differ from those its migrations make`);
  }
  return table;
}

async function insertRows(trx: Kysely<DB>, table: TableInfo, line: string): Promise<void> {
  const columns = sql.join(table.insertable.map((c) => sql.ref(c)));
  await sql`insert into ${sql.table(table.name)} (${columns}) overriding system value
    select ${columns} from jsonb_populate_recordset(null::${sql.table(table.name)}, ${line}::jsonb -> 'rows')`.execute(trx);
}

async function finishTable(trx: Kysely<DB>, table: TableInfo, end: TableEnd, damaged: (detail: string) => Error): Promise<void> {
  const { rows } = await sql<{ n: number; checksum: string }>`
    select count(*)::int as n, ${sql.raw(TABLE_CHECKSUM_SQL)} as checksum from ${sql.table(table.name)} as t`.execute(trx);
  if (rows[0]?.n !== end.rows) throw damaged(`table ${table.name} should have ${end.rows} rows, ${rows[0]?.n ?? 0} were read`);
  if (rows[0]?.checksum !== end.checksum) throw damaged(`the rows of ${table.name} do not match their checksum`);
  // Identity values go on after the highest ever given, not only the highest kept: an id that
  // was deleted is never handed out again (the audit trail may name it).
  for (const [column, sequence] of Object.entries(table.sequences)) {
    const last = end.sequences?.[column]?.lastValue ?? null;
    const { rows: next } = await sql<{ v: string | null }>`
      select greatest(${last}::bigint, max(${sql.ref(column)})::bigint)::text as v from ${sql.table(table.name)}`.execute(trx);
    const value = next[0]?.v ?? null;
    if (value === null) await sql`select setval(${sequence}::regclass, 1, false)`.execute(trx);
    else await sql`select setval(${sequence}::regclass, ${value}::bigint)`.execute(trx);
  }
}
