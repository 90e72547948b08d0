import { inTransaction, type Context } from '../../platform/context/context.js';
import { forbidden, invalid, notFound, versionConflict, type FieldProblem } from '../../platform/http/errors.js';
import './queues.tables.js';
import { readWorkItem } from './find-work-items.js';
import { lockItemAndRecord, moveWorkItem, saidBy, type LockedItem } from './move-work-item.js';
import { bothScopes, type QueuedType } from './queue-types.js';
import type { WorkItem } from './queues.types.js';
import { unitsHandledBy } from './work-item-rights.js';

export type Reassignment = { ids: number[]; ownerId: number; reason: string; version?: number };

/**
 * 改派: a supervisor gives items in scope to another person, with one reason — the record's own owner
 * and its running deadlines with each, audited and on the record's timeline. All or nothing: every
 * item is checked first (in scope, still open, not already theirs, the new owner may handle its kind
 * where it is) and any problem refuses the whole request, each named by its place (`ids.3`), with
 * nothing changed. `pathOf` names an item in the errors (`id` for a single reassignment).
 */
export async function reassignWorkItems(ctx: Context, types: Map<string, QueuedType>, input: Reassignment, pathOf: (index: number) => string): Promise<WorkItem[]> {
  const actor = ctx.actor;
  if (!actor || !actor.can('task.reassign')) throw forbidden();
  const reason = input.reason.trim();
  return inTransaction(ctx, async (tx) => {
    const problems: FieldProblem[] = [];
    if (reason.length < 2) problems.push({ path: 'reason', reason: 'workItemReasonRequired' });
    // Read for share before any record is locked: a concurrent disabling of the new owner waits, or is waited for.
    const owner = await tx.trx.selectFrom('app_user').select(['id', 'display_name', 'org_unit_id']).where('id', '=', input.ownerId)
      .where('status', '=', 'active').forShare().executeTakeFirst();
    if (!owner || !ctx.scope.includes(owner.org_unit_id)) problems.push({ path: 'ownerId', reason: 'userNotFound' });

    const seen = await tx.trx.selectFrom('work_item').select(['id', 'entity_type', 'entity_id', 'org_unit_id', 'open', 'owner_id'])
      .where('id', 'in', input.ids).execute();
    const byId = new Map(seen.map((s) => [s.id, s]));
    const handles = owner ? await unitsHandledBy(tx.trx, owner.id, types, seen) : new Map<string, Set<number>>();
    const targets: { index: number; type: QueuedType; item: (typeof seen)[number] }[] = [];
    input.ids.forEach((id, index) => {
      const item = byId.get(id);
      const type = item && types.get(item.entity_type);
      const path = pathOf(index);
      if (input.ids.indexOf(id) !== index) return problems.push({ path, reason: 'workItemDuplicate' });
      if (!item || !type || !bothScopes(ctx.scope, actor.scopeFor(type.read)).includes(item.org_unit_id)) {
        // One item named in the address: out of scope looks like not existing, as everywhere (404).
        if (input.ids.length === 1 && path === 'id') throw notFound();
        return problems.push({ path, reason: 'workItemNotFound' });
      }
      if (!item.open) return problems.push({ path, reason: 'workItemClosed' });
      if (owner && item.owner_id === owner.id) return problems.push({ path, reason: 'workItemOwnerAlready' });
      if (owner && !handles.get(type.write)?.has(item.org_unit_id)) return problems.push({ path, reason: 'workItemOwnerCannotHandle' });
      targets.push({ index, type, item });
    });
    if (problems.length) throw invalid(...problems);

    // Locked record by record in one order (two supervisors' overlapping batches queue up, never deadlock); re-checked locked.
    targets.sort((a, b) => a.item.entity_type.localeCompare(b.item.entity_type) || a.item.entity_id - b.item.entity_id);
    const locked: { index: number; type: QueuedType; lock: { record: unknown; item: LockedItem } }[] = [];
    for (const target of targets) {
      const lock = await lockItemAndRecord(tx, target.type, target.item);
      if (input.version !== undefined && lock.item.version !== input.version) throw versionConflict(await readWorkItem(tx, types, lock.item.id));
      if (!lock.item.open) problems.push({ path: pathOf(target.index), reason: 'workItemClosed' });
      else if (lock.item.owner_id === owner!.id) problems.push({ path: pathOf(target.index), reason: 'workItemOwnerAlready' });
      locked.push({ ...target, lock });
    }
    if (problems.length) throw invalid(...problems);
    for (const { type, lock } of locked) {
      await moveWorkItem(tx, type, lock, { action: 'reassign', to: { userId: owner!.id, displayName: owner!.display_name }, reason: saidBy(reason) });
    }
    const items: WorkItem[] = [];
    for (const id of input.ids) items.push(await readWorkItem(tx, types, id));
    return items;
  });
}
