import { sql } from 'kysely';
import { audit, type TxContext } from '../../platform/context/context.js';
import { notFound } from '../../platform/http/errors.js';
import './queues.tables.js';
import type { QueuedType } from './queue-types.js';

export type LockedItem = {
  id: number; entity_type: string; entity_id: number; org_unit_id: number; open: boolean; owner_id: number | null;
  team_org_unit_id: number | null; team_role: string | null; version: number;
};

/**
 * The record behind an item locked, then the item read as it is now. The record's lock is what every
 * change of the item waits for — a step (fire()), a take, a reassignment — so the item read after it is
 * the latest; the item itself is written last (after the record's deadlines, as fire() and the deadline
 * trigger take them), so no two paths wait for each other's locks. The record is looked up in the context's scope.
 */
export async function lockItemAndRecord(tx: TxContext, type: QueuedType, item: { id: number; entity_id: number }): Promise<{ record: unknown; item: LockedItem }> {
  const record = await type.queue.record.lock(tx, item.entity_id);
  const locked = await tx.trx
    .selectFrom('work_item')
    .select(['id', 'entity_type', 'entity_id', 'org_unit_id', 'open', 'owner_id', 'team_org_unit_id', 'team_role', 'version'])
    .where('id', '=', item.id)
    .executeTakeFirst();
  if (!locked) throw notFound();
  return { record, item: locked };
}

/**
 * Give a locked item to a person (领取 / 改派), in the caller's transaction: the record's own owner
 * (its module's `assign`), its running deadlines, the item; a line on the record's timeline and the
 * audit entry on the record (its history), with the reason.
 */
export async function giveWorkItem(
  tx: TxContext,
  type: QueuedType,
  locked: { record: unknown; item: LockedItem },
  to: { userId: number; displayName: string },
  how: { action: 'take' | 'reassign'; reason: string | null },
): Promise<void> {
  const { record, item } = locked;
  const lifecycle = type.queue;
  const at = tx.clock.now();
  await lifecycle.queue.assign(tx, record, to.userId, at);
  await tx.deadlineEvents.reassign(tx, { entityType: item.entity_type, entityId: item.entity_id, ownerId: to.userId });
  await tx.trx
    .updateTable('work_item')
    .set({ owner_id: to.userId, team_org_unit_id: null, team_role: null, assigned_at: at, version: sql`version + 1`, updated_at: at })
    .where('id', '=', item.id)
    .execute();
  const title = lifecycle.queue.title(record);
  const text = how.action === 'take'
    ? { zh: `${title.zh} 由 ${to.displayName} 从任务池领取`, en: `${title.en} taken from the team queue by ${to.displayName}` }
    : { zh: `${title.zh} 改派给 ${to.displayName}：${how.reason}`, en: `${title.en} reassigned to ${to.displayName}: ${how.reason}` };
  await lifecycle.record.appendTimeline(tx, [{ record, line: { kind: `queue.${how.action}`, text }, at }]);
  await audit(tx, {
    action: `${type.type}.${how.action}`, entityType: type.type, entityId: item.entity_id, orgUnitId: item.org_unit_id,
    before: { ownerId: item.owner_id, team: item.team_org_unit_id === null ? null : { orgUnitId: item.team_org_unit_id, role: item.team_role } },
    after: { ownerId: to.userId, workItemId: item.id, ...(how.reason && { reason: how.reason }) },
  });
}
