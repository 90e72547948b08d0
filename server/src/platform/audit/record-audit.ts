import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { GENESIS_HASH, entryHash, canonicalJson } from './hash.js';

export type AuditEntry = {
  actor: { userId: number; username: string } | null;
  requestId: string | null;
  /** Verb-noun, e.g. `user.create`, `pii.reveal`, `auth.login_failed`. */
  action: string;
  entityType: string;
  entityId: string | number | null;
  /** The org unit the entry belongs to, for scoped reading of the trail. */
  orgUnitId: number | null;
  /** Already masked: personal fields never enter the trail in clear text. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

// Any fixed number: serialises appends so each entry links to the one before it.
const AUDIT_CHAIN_LOCK = 7_310_001;

/**
 * Appends one entry to the hash chain inside the caller's transaction, so the entry commits
 * or rolls back with the change it describes.
 */
export async function recordAudit(trx: Transaction<DB>, entry: AuditEntry): Promise<number> {
  return (await recordAudits(trx, [entry]))[0]!;
}

/**
 * Appends several entries in order (a batch of notices: one entry each) in two round trips —
 * the chain's head and one insert — instead of two per entry. Returns their sequence numbers.
 */
export async function recordAudits(trx: Transaction<DB>, entries: readonly AuditEntry[]): Promise<number[]> {
  if (entries.length === 0) return [];
  // The chain's lock and its last entry in one round trip (migration 20261207T0200): the lock is held
  // until commit, and every write in the system waits for it.
  const { rows } = await sql<{ seq: number | string; hash: string }>`select seq, hash from audit_chain_head(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = rows[0];
  let seq = last ? Number(last.seq) : 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  // Time with millisecond precision so it reads back identically from timestamptz.
  const at = new Date(Math.floor(Date.now()));
  const values = entries.map((entry) => {
    seq += 1;
    const before = normaliseJson(entry.before);
    const after = normaliseJson(entry.after);
    const fields = {
      seq,
      at,
      actorId: entry.actor?.userId ?? null,
      actorName: entry.actor?.username ?? null,
      orgUnitId: entry.orgUnitId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      before,
      after,
      requestId: entry.requestId,
      prevHash,
    };
    const hash = entryHash(fields);
    const row = {
      seq,
      at,
      actor_id: fields.actorId,
      actor_name: fields.actorName,
      org_unit_id: fields.orgUnitId,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
      request_id: fields.requestId,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  await trx.insertInto('audit_log').values(values).execute();
  return values.map((v) => v.seq);
}

/** Write an entry in a transaction of its own (e.g. a failed login, which changes nothing else). */
export async function recordAuditNow(db: Kysely<DB>, entry: AuditEntry): Promise<number> {
  return db.transaction().execute((trx) => recordAudit(trx, entry));
}

// What jsonb will give back: dates as ISO strings, undefined dropped.
function normaliseJson(value: Record<string, unknown> | null | undefined): unknown {
  if (value == null) return null;
  return JSON.parse(canonicalJson(value)) as unknown;
}
