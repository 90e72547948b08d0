// Which keys the stored personal data depends on (R-SE-3, issue 9 item 1). The database records a
// one-way fingerprint of every key id in use — never the key — so that a server (or a CLI run) with
// other keys under the same ids refuses to start instead of sealing new data under a second key.
import { createHmac } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { decryptField } from './field-crypto.js';
import { KeyringError, type Keyring } from './keys.js';

export type KeyKind = 'encryption' | 'blindIndex';
export type KeyFingerprint = { kind: KeyKind; keyId: string; fingerprint: string };

// HMAC of a fixed label under the key: equal keys give equal fingerprints, and the fingerprint
// tells nothing about the key (a database dump with it is no help to decrypt anything).
const LABEL = 'anxin key fingerprint v1';

export function fingerprintKey(key: Buffer): string {
  return createHmac('sha256', key).update(LABEL).digest('hex');
}

export function keyringFingerprints(keyring: Keyring): KeyFingerprint[] {
  const of = (kind: KeyKind, keys: Map<string, Buffer>) =>
    [...keys].map(([keyId, key]) => ({ kind, keyId, fingerprint: fingerprintKey(key) }));
  return [...of('encryption', keyring.encryption), ...of('blindIndex', keyring.blindIndex)];
}

/** Differences between the keys present and the fingerprints recorded: empty when they agree. */
export function compareFingerprints(keyring: Keyring, recorded: KeyFingerprint[]): string[] {
  const present = new Map(keyringFingerprints(keyring).map((f) => [`${f.kind}:${f.keyId}`, f.fingerprint]));
  const problems: string[] = [];
  for (const r of recorded) {
    const mine = present.get(`${r.kind}:${r.keyId}`);
    if (mine === undefined) problems.push(`${r.kind} key "${r.keyId}" is missing (the stored data uses it)`);
    else if (mine !== r.fingerprint) problems.push(`${r.kind} key "${r.keyId}" is a different key from the one the stored data uses`);
  }
  return problems;
}

export async function readFingerprints(db: Kysely<DB>): Promise<KeyFingerprint[]> {
  const { rows } = await sql<{ kind: KeyKind; key_id: string; fingerprint: string }>`
    select kind, key_id, fingerprint from key_fingerprint order by kind, key_id`.execute(db);
  return rows.map((r) => ({ kind: r.kind, keyId: r.key_id, fingerprint: r.fingerprint }));
}

/** Records the fingerprints of keys not yet recorded; never changes a recorded one. */
export async function recordFingerprints(db: Kysely<DB>, keyring: Keyring): Promise<void> {
  const rows = keyringFingerprints(keyring);
  await sql`
    insert into key_fingerprint (kind, key_id, fingerprint)
    select * from unnest(${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.keyId)}::text[], ${rows.map((r) => r.fingerprint)}::text[])
    on conflict (kind, key_id) do nothing`.execute(db);
}

/** The columns of the schema whose name ends in `suffix` (`_enc`: ciphertexts, `_bidx`: blind indexes). */
async function columnsEndingIn(db: Kysely<DB>, suffix: '_enc' | '_bidx'): Promise<{ table: string; column: string }[]> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and right(column_name, ${suffix.length}) = ${suffix}
    order by table_name, column_name`.execute(db);
  return rows.map((r) => ({ table: r.table_name, column: r.column_name }));
}

/** Every `*_enc` column, with the encryption context (`table.column`) its values are bound to. */
async function encryptedColumns(db: Kysely<DB>): Promise<{ table: string; column: string; context: string }[]> {
  return (await columnsEndingIn(db, '_enc')).map((c) => ({ ...c, context: `${c.table}.${c.column.slice(0, -'_enc'.length)}` }));
}

/** One stored ciphertext per encrypted column (none when the database holds no personal data). */
export async function sampleCiphertexts(db: Kysely<DB>): Promise<{ context: string; value: string }[]> {
  const samples: { context: string; value: string }[] = [];
  for (const c of await encryptedColumns(db)) {
    const { rows } = await sql<{ value: string }>`
      select ${sql.ref(c.column)} as value from ${sql.table(c.table)} where ${sql.ref(c.column)} is not null limit 1`.execute(db);
    if (rows[0]) samples.push({ context: c.context, value: rows[0].value });
  }
  return samples;
}

/**
 * Checks the keys against the database and records new key ids. Refuses (KeyringError) when a
 * recorded key is missing or different, or — for a database from before fingerprints — when the
 * keys cannot decrypt what is stored. Safe when several processes start at once: a recorded
 * fingerprint is never overwritten, and the check is repeated after recording.
 */
export async function reconcileKeys(db: Kysely<DB>, keyring: Keyring, source: string): Promise<void> {
  let recorded = await readFingerprints(db);
  if (recorded.length === 0) {
    for (const sample of await sampleCiphertexts(db)) {
      try {
        decryptField(keyring, sample.value, { context: sample.context });
      } catch {
        throw mismatch(source, [`the stored ${sample.context} values cannot be decrypted with these keys`]);
      }
    }
  }
  const before = compareFingerprints(keyring, recorded);
  if (before.length) throw mismatch(source, before);
  await recordFingerprints(db, keyring);
  recorded = await readFingerprints(db);
  const after = compareFingerprints(keyring, recorded);
  if (after.length) throw mismatch(source, after);
}

/** True when the database depends on keys: fingerprints recorded or encrypted values stored. */
export async function databaseNeedsKeys(db: Kysely<DB>): Promise<boolean> {
  if ((await readFingerprints(db)).length) return true;
  return (await sampleCiphertexts(db)).length > 0;
}

function mismatch(source: string, problems: string[]): KeyringError {
  return new KeyringError(
    'KEYS_DO_NOT_MATCH_DATABASE',
    `The personal-data keys from ${source} do not match this database: ${problems.join('; ')}. ` +
      'Every server and CLI run on one database must use the same keys: copy the key file of the first server ' +
      '(ANXIN_KEY_FILE) or set ANXIN_KEYS to the same JSON. Nothing was written.',
  );
}

/**
 * Drops the fingerprint of a key that no stored value uses any more (after re-encryption or a
 * blind-index recompute, KEYS.md), so that servers may start without it. Refuses while any
 * `*_enc` (`v1.<keyId>.…`) or `*_bidx` (`<keyId>:…`) value still names it.
 */
export async function forgetKey(db: Kysely<DB>, kind: KeyKind, keyId: string): Promise<{ forgotten: boolean; stillUsedIn: string[] }> {
  const suffix = kind === 'encryption' ? '_enc' : '_bidx';
  const prefix = kind === 'encryption' ? `v1.${keyId}.` : `${keyId}:`;
  const stillUsedIn: string[] = [];
  for (const c of await columnsEndingIn(db, suffix)) {
    const { rows } = await sql<{ used: boolean }>`
      select exists (select 1 from ${sql.table(c.table)} where starts_with(${sql.ref(c.column)}, ${prefix})) as used`.execute(db);
    if (rows[0]?.used) stillUsedIn.push(`${c.table}.${c.column}`);
  }
  if (stillUsedIn.length) return { forgotten: false, stillUsedIn };
  const result = await sql`delete from key_fingerprint where kind = ${kind} and key_id = ${keyId}`.execute(db);
  return { forgotten: Number(result.numAffectedRows ?? 0) > 0, stillUsedIn };
}
