import { sql } from 'kysely';
import { audit, type TxContext } from '../../platform/context/context.js';
import { auditView, LIVE_STATES, type DeadlineRow } from './deadline-rows.js';

/**
 * A record's running deadlines follow the record to its new owner (a servicing request taken from
 * the team queue or reassigned; nobody's when it goes back to its team queue), inside the caller's
 * transaction: whoever owns the record owns its clock, and the sweep tells them (an unowned one is
 * escalated as any other). Audited per deadline, as a single reassignment is.
 */
export async function reassignDeadlinesOfRecord(
  tx: TxContext,
  target: { entityType: string; entityId: string | number; ownerId: number | null },
): Promise<DeadlineRow[]> {
  const now = tx.clock.now();
  const before = await tx.trx
    .selectFrom('deadline')
    .selectAll()
    .where('entity_type', '=', target.entityType)
    .where('entity_id', '=', String(target.entityId))
    .where('state', 'in', LIVE_STATES)
    .where((eb) => (target.ownerId === null ? eb('owner_id', 'is not', null) : eb.or([eb('owner_id', 'is', null), eb('owner_id', '!=', target.ownerId)])))
    .forUpdate()
    .execute();
  if (!before.length) return [];
  const moved = await tx.trx
    .updateTable('deadline')
    .set({ owner_id: target.ownerId, version: sql`version + 1`, updated_at: now })
    .where('id', 'in', before.map((d) => d.id))
    .returningAll()
    .execute();
  const previous = new Map(before.map((d) => [d.id, d]));
  for (const d of moved) {
    await audit(tx, {
      action: 'deadline.reassign', entityType: 'deadline', entityId: d.id, orgUnitId: d.org_unit_id,
      before: auditView(previous.get(d.id)!), after: { ...auditView(d), reason: `${target.entityType} ${target.entityId}` },
    });
  }
  return moved;
}
