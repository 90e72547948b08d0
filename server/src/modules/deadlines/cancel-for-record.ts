import { sql } from 'kysely';
import { audit, type TxContext } from '../../platform/context/context.js';
import { auditView, LIVE_STATES, type DeadlineRow } from './deadline-rows.js';

/**
 * A record's running deadlines of the given rules end as cancelled, inside the module's own
 * transaction (e.g. a withdrawn request has nothing left to be done on time). Audited.
 */
export async function cancelDeadlinesForRecord(
  tx: TxContext,
  target: { entityType: string; entityId: string | number; ruleIds: string[]; reason: string },
): Promise<DeadlineRow[]> {
  if (!target.ruleIds.length) return [];
  const now = tx.clock.now();
  const cancelled = await tx.trx
    .updateTable('deadline')
    .set({ state: 'cancelled', cancel_reason: target.reason, paused_at: null, completed_at: now, version: sql`version + 1`, updated_at: now })
    .where('entity_type', '=', target.entityType)
    .where('entity_id', '=', String(target.entityId))
    .where('rule_id', 'in', target.ruleIds)
    .where('state', 'in', LIVE_STATES)
    .returningAll()
    .execute();
  for (const d of cancelled) {
    await audit(tx, { action: 'deadline.cancel', entityType: 'deadline', entityId: d.id, orgUnitId: d.org_unit_id, after: auditView(d) });
  }
  return cancelled;
}
