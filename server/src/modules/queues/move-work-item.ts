import { sql } from 'kysely';
import { audit, type Context, type TxContext } from '../../platform/context/context.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { Scope } from '../../platform/authz/scope.js';
import { isRole, ROLES } from '../../platform/authz/roles.js';
import { forbidden, notFound } from '../../platform/http/errors.js';
import type { Text } from '../../platform/lifecycle/lifecycle.js';
import './queues.tables.js';
import type { QueuedType } from './queue-types.js';

export type LockedItem = {
  id: number; entity_type: string; entity_id: number; org_unit_id: number; open: boolean; owner_id: number | null;
  team_org_unit_id: number | null; team_role: string | null; version: number;
};

/**
 * The item a person handles (take, return): its record type, and the person's scope for that type's
 * write permission — an item of another type or outside the scope is not found, one of a type they may
 * not handle is forbidden.
 */
export async function itemToHandle(ctx: Context, types: Map<string, QueuedType>, actor: Actor, id: number) {
  const seen = await ctx.db.selectFrom('work_item').select(['id', 'entity_type', 'entity_id', 'org_unit_id']).where('id', '=', id).executeTakeFirst();
  const type = seen && types.get(seen.entity_type);
  if (!seen || !type) throw notFound();
  if (!actor.can(type.write)) throw forbidden();
  const scope: Scope = actor.scopeFor(type.write);
  if (!scope.includes(seen.org_unit_id)) throw notFound();
  return { seen, type, scope };
}

/**
 * The record behind an item locked, then the item read as it is now. The record's lock is what every
 * change of the item waits for — a step (fire()), a take, a reassignment, a return — so the item read after
 * it is the latest; the item itself is written last (after the record's deadlines, as fire() and the deadline
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

/** Why an item moved: a person's words (the same in both languages), or the system's (用户已停用 / user disabled). */
export type MoveReason = { text: Text; audited: string; cause?: string };
export const saidBy = (words: string): MoveReason => ({ text: { zh: words, en: words }, audited: words });

export type Move =
  | { action: 'take' | 'reassign'; to: { userId: number; displayName: string }; reason: MoveReason | null }
  /** 放回任务池: back to the team queue the record's lifecycle names (its `teamOf`). */
  | { action: 'return'; reason: MoveReason };

/**
 * Move a locked item (领取 / 改派 / 放回任务池), in the caller's transaction, along the kit's one path: the
 * record's own owner (its module's `assign`; null for its team queue), its running deadlines, the item;
 * a line on the record's timeline and the audit entry on the record (its history), with the reason.
 */
export async function moveWorkItem(tx: TxContext, type: QueuedType, locked: { record: unknown; item: LockedItem }, move: Move): Promise<void> {
  const { record, item } = locked;
  const lifecycle = type.queue;
  const at = tx.clock.now();
  const ownerId = move.action === 'return' ? null : move.to.userId;
  const team = move.action === 'return' ? lifecycle.queue.teamOf(record) : null;
  await lifecycle.queue.assign(tx, record, ownerId, at);
  await tx.deadlineEvents.reassign(tx, { entityType: item.entity_type, entityId: item.entity_id, ownerId });
  await tx.trx
    .updateTable('work_item')
    .set({
      owner_id: ownerId, team_org_unit_id: team?.orgUnitId ?? null, team_role: team?.role ?? null, assigned_at: at,
      version: sql`version + 1`, updated_at: at,
    })
    .where('id', '=', item.id)
    .execute();
  const title = lifecycle.queue.title(record);
  const why = move.reason?.text;
  let text: Text;
  if (move.action === 'take') text = { zh: `${title.zh} 由 ${move.to.displayName} 从任务池领取`, en: `${title.en} taken from the team queue by ${move.to.displayName}` };
  else if (move.action === 'reassign') text = { zh: `${title.zh} 改派给 ${move.to.displayName}：${why?.zh}`, en: `${title.en} reassigned to ${move.to.displayName}: ${why?.en}` };
  else {
    const unit = await tx.trx.selectFrom('org_unit').select(['name', 'name_en']).where('id', '=', team!.orgUnitId).executeTakeFirstOrThrow();
    const role = isRole(team!.role) ? ROLES[team!.role] : { zh: team!.role, en: team!.role };
    text = {
      zh: `${title.zh} 放回任务池（${unit.name} ${role.zh}）：${why!.zh}`,
      en: `${title.en} returned to the team queue (${unit.name_en ?? unit.name} ${role.en}): ${why!.en}`,
    };
  }
  await lifecycle.record.appendTimeline(tx, [{ record, line: { kind: `queue.${move.action}`, text }, at }]);
  await audit(tx, {
    action: `${type.type}.${move.action}`, entityType: type.type, entityId: item.entity_id, orgUnitId: item.org_unit_id,
    before: { ownerId: item.owner_id, team: item.team_org_unit_id === null ? null : { orgUnitId: item.team_org_unit_id, role: item.team_role } },
    after: {
      ownerId, ...(team && { team }), workItemId: item.id,
      ...(move.reason && { reason: move.reason.audited }), ...(move.reason?.cause && { cause: move.reason.cause }),
    },
  });
}

/**
 * The person who is to hold items, read for share before any record is locked: a concurrent disabling
 * (which updates the row, then hands their items back) waits for this transaction or is waited for, so
 * a disabled person never ends up holding an item. Null when not active.
 */
export async function activeHolder(tx: TxContext, userId: number): Promise<{ id: number; display_name: string; org_unit_id: number } | null> {
  const row = await tx.trx.selectFrom('app_user').select(['id', 'display_name', 'org_unit_id']).where('id', '=', userId).where('status', '=', 'active')
    .forShare().executeTakeFirst();
  return row ?? null;
}
