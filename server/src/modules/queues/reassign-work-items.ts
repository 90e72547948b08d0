import { sql } from 'kysely';
import { inTransaction, type Context, type TxContext } from '../../platform/context/context.js';
import { ROLES, ALL_ROLES } from '../../platform/authz/roles.js';
import type { Permission } from '../../platform/authz/permissions.js';
import { forbidden, invalid, notFound, versionConflict, type FieldProblem } from '../../platform/http/errors.js';
import './queues.tables.js';
import { readWorkItem } from './find-work-items.js';
import { giveWorkItem, lockItemAndRecord, type LockedItem } from './give-work-item.js';
import { bothScopes, type QueuedType } from './queue-types.js';
import type { WorkItem } from './queues.types.js';

export type Reassignment = { ids: number[]; ownerId: number; reason: string; version?: number };

/** The roles that grant a permission: who may be given an item of a type that needs it. */
const rolesWith = (permission: Permission) => ALL_ROLES.filter((r) => (ROLES[r].permissions as readonly string[]).includes(permission));

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
    const owner = await tx.trx.selectFrom('app_user').select(['id', 'display_name', 'org_unit_id']).where('id', '=', input.ownerId)
      .where('status', '=', 'active').executeTakeFirst();
    if (!owner || !ctx.scope.includes(owner.org_unit_id)) problems.push({ path: 'ownerId', reason: 'userNotFound' });

    const seen = await tx.trx.selectFrom('work_item').select(['id', 'entity_type', 'entity_id', 'org_unit_id', 'open', 'owner_id'])
      .where('id', 'in', input.ids).execute();
    const byId = new Map(seen.map((s) => [s.id, s]));
    const handles = owner ? await unitsHandledBy(tx, owner.id, types, seen) : new Map<string, Set<number>>();
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
      await giveWorkItem(tx, type, lock, { userId: owner!.id, displayName: owner!.display_name }, { action: 'reassign', reason });
    }
    const items: WorkItem[] = [];
    for (const id of input.ids) items.push(await readWorkItem(tx, types, id));
    return items;
  });
}

/** Per write permission, the org units (of these items) where the user holds a role granting it, there or above. */
async function unitsHandledBy(tx: TxContext, userId: number, types: Map<string, QueuedType>, items: { entity_type: string; org_unit_id: number }[]) {
  const handles = new Map<string, Set<number>>();
  for (const permission of new Set([...types.values()].map((t) => t.write))) {
    const units = [...new Set(items.filter((i) => types.get(i.entity_type)?.write === permission).map((i) => i.org_unit_id))];
    if (!units.length) continue;
    const { rows } = await sql<{ id: number }>`
      select t.id from org_unit t
      where t.id = any(${units}::int[]) and exists (
        select 1 from role_assignment ra join org_unit a on a.id = ra.org_unit_id
        where ra.user_id = ${userId}::int and ra.role = any(${rolesWith(permission)}::text[]) and t.path like a.path || '%')`.execute(tx.trx);
    handles.set(permission, new Set(rows.map((r) => r.id)));
  }
  return handles;
}
