// The backup file (R-SE-5): one format for both engines, so an embedded database restores into
// PostgreSQL. A gzip'd stream of JSON lines:
//
//   {"format":"anxin-backup","formatVersion":1, …header}            what it is, which schema, which keys
//   {"table":"org_unit","columns":["id",…]}                         then per table, in load order:
//   {"rows":[{…row_to_json…},…]}                                    its rows in batches,
//   {"tableEnd":"org_unit","rows":12,"checksum":"…","sequences":{…}}   their count and checksum,
//   {"blob":"<sha256>","size":1234}                                 then each document file (version 2):
//   {"data":"<base64>"}                                             its bytes in pieces,
//   {"blobEnd":"<sha256>"}                                          its end (the restore checks the checksum),
//   {"end":true,"tables":31,"rows":4711,"blobs":3}                  and a last line: a cut-off file has none.
//
// Rows are the database's own JSON of each row (row_to_json) and go back through
// jsonb_populate_recordset: every type converts in the database, never through a JS number or Date.
import { hash } from 'node:crypto';
import type { KeyFingerprint } from '../pii/key-fingerprints.js';

export const BACKUP_FORMAT = 'anxin-backup';
export const BACKUP_FORMAT_VERSION = 2;
/** Versions this build restores: 1 has no document files. */
export const READABLE_FORMAT_VERSIONS = [1, 2];

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  engine: 'pglite' | 'postgres';
  createdAt: string;
  /** The applied migrations, in order: the schema the rows belong to. */
  migrations: string[];
  /** One-way fingerprints of the keys the encrypted data needs; never the keys. */
  keyFingerprints: KeyFingerprint[];
  /** Every table, in the order the file holds them (parents before the tables that reference them). */
  tables: string[];
  /** Constraints added NOT VALID and not validated yet (`table.constraint`): a restore validates all others. */
  notValidConstraints: string[];
};

export type TableStart = { table: string; columns: string[] };
/** An identity or serial sequence: its last value (null when never used). */
export type SequenceState = { lastValue: string | null };
export type TableEnd = { tableEnd: string; rows: number; checksum: string; sequences: Record<string, SequenceState> };
export type BackupEnd = { end: true; tables: number; rows: number; blobs?: number };
export type BlobStart = { blob: string; size: number };
export type BlobData = { data: string };
export type BlobEnd = { blobEnd: string };

/** A backup that cannot be taken or restored for a reason the operator can fix; nothing was changed. */
export class BackupRefusedError extends Error {
  override readonly name = 'BackupRefusedError';
}

/** Row lines stay text in JS (their numbers may not fit a double); the database parses them. */
export const ROWS_PREFIX = '{"rows":';

export function rowsLine(rowTexts: string[]): string {
  return `${ROWS_PREFIX}[${rowTexts.join(',')}]}`;
}

// The checksum of a table: the sum of the first 60 bits of each row's md5, as a decimal number.
// Independent of row order (the two engines may sort text keys differently), and computed the
// same way by the database after a restore (TABLE_CHECKSUM_SQL) — so a restore proves that
// every value came back exactly as the backup read it.
export function rowChecksum(): { add(rowText: string): void; addAll(rowTexts: string[]): void; value(): string } {
  let sum = 0n;
  // Per batch in doubles, then once into the BigInt: a row's 60 bits as 32 high + 28 low bits, so
  // a batch's sums stay exact (< 2^53) and no BigInt or hash object is made per row (the backup's
  // hot path: a hash object and a BigInt per row were a third of its time).
  const addAll = (rowTexts: string[]) => {
    for (let start = 0; start < rowTexts.length; start += 4096) {
      let high = 0;
      let low = 0;
      for (const text of rowTexts.slice(start, start + 4096)) {
        const digest = hash('md5', text, 'buffer');
        high += digest.readUInt32BE(0);
        low += digest.readUInt32BE(4) >>> 4;
      }
      sum += (BigInt(high) << 28n) + BigInt(low);
    }
  };
  return { add: (rowText) => addAll([rowText]), addAll, value: () => sum.toString() };
}

/** The same checksum in SQL, over `row_to_json(t)::text` of a table aliased `t`. */
export const TABLE_CHECKSUM_SQL = `coalesce(sum(('x' || left(md5(row_to_json(t)::text), 15))::bit(60)::bigint), 0)::text`;

/** Checks the shape of a header line; the content checks are in check-restore.ts. */
export function parseHeader(line: string | undefined, file: string): BackupHeader {
  let header: Partial<BackupHeader> | undefined;
  try {
    header = line === undefined ? undefined : (JSON.parse(line) as Partial<BackupHeader>);
  } catch {
    header = undefined;
  }
  if (!header || header.format !== BACKUP_FORMAT) {
    throw new BackupRefusedError(`${file} is not an Anxin backup (made by \`anxin backup\`): its first line is no backup header.`);
  }
  if (!READABLE_FORMAT_VERSIONS.includes(header.formatVersion as number)) {
    throw new BackupRefusedError(
      `${file} is a backup in format version ${String(header.formatVersion)}; this Anxin reads versions ${READABLE_FORMAT_VERSIONS.join(' and ')}. ` +
        'Restore it with the Anxin version that made it, or a newer one.',
    );
  }
  if (![header.migrations, header.keyFingerprints, header.tables, header.notValidConstraints].every(Array.isArray)) {
    throw new BackupRefusedError(`${file}: the backup header is incomplete (migrations, key fingerprints, tables or constraints missing).`);
  }
  return header as BackupHeader;
}
