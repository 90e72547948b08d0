import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { GENESIS_HASH, entryHash } from './hash.js';

export type VerifyReport =
  | { ok: true; entries: number; lastSeq: number; lastHash: string }
  | {
      ok: false;
      entries: number;
      /** The first entry that does not link: altered, or the one after a missing entry. */
      brokenAt: number;
      problem: 'altered' | 'missing' | 'relinked';
      detail: string;
    };

const BATCH = 5000;

/** Walks the whole chain in seq order and reports the first broken or missing link (R-SE-2). */
export async function verifyAuditChain(db: Kysely<DB>): Promise<VerifyReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          entries,
          brokenAt: expectedSeq,
          problem: 'missing',
          detail: `entries ${expectedSeq}..${row.seq - 1} are missing`,
        };
      }
      if (row.prev_hash !== prevHash) {
        return { ok: false, entries, brokenAt: row.seq, problem: 'relinked', detail: 'prev_hash does not match the previous entry' };
      }
      const recomputed = entryHash({
        seq: row.seq,
        at: row.at,
        actorId: row.actor_id,
        actorName: row.actor_name,
        orgUnitId: row.org_unit_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
        requestId: row.request_id,
        prevHash: row.prev_hash,
      });
      if (recomputed !== row.hash) {
        return { ok: false, entries, brokenAt: row.seq, problem: 'altered', detail: 'content does not match its hash' };
      }
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      entries++;
    }
  }
  return { ok: true, entries, lastSeq: expectedSeq - 1, lastHash: prevHash };
}
