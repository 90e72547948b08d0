import type { TxContext } from '../../platform/context/context.js';
import { Scope } from '../../platform/authz/scope.js';
import { invalid, type FieldProblem } from '../../platform/http/errors.js';
import type { HeldItemsRelease } from '../../platform/lifecycle/queue-port.js';
import './queues.tables.js';
import { activeHolder, lockItemAndRecord, moveWorkItem, type MoveReason } from './move-work-item.js';
import type { QueuedType } from './queue-types.js';
import { supervises, unitsHandledBy } from './work-item-rights.js';

const CAUSES: Record<HeldItemsRelease['cause'], MoveReason> = {
  disabled: { text: { zh: '用户已停用', en: 'user disabled' }, audited: 'user disabled', cause: 'user.disabled' },
  roles_changed: {
    text: { zh: '用户已不再担任办理此类事项的角色', en: 'the user no longer holds a role handling it there' },
    audited: 'user no longer handles it', cause: 'user.roles_changed',
  },
};

/**
 * A person's open items when they may no longer hold them (work-queue port, `release`): on disabling,
 * all of them; after a change of roles, those they no longer handle where they are. Each goes back to
 * its record's team queue — or, when a supervisor names someone (`to`), to that person — along the one
 * path take / reassign / return take (moveWorkItem: the record's own owner, its deadlines, timeline,
 * audit with the cause), in the caller's transaction: the disabling and the hand-back commit together,
 * or neither. The records are locked whatever the caller's scope: the move follows from a change the
 * caller was allowed to make. A named person who may not take them all refuses the whole change
 * (field `path`), nothing changed. Answers how many items moved.
 */
export async function releaseWorkItems(tx: TxContext, types: Map<string, QueuedType>, release: HeldItemsRelease): Promise<number> {
  if (!types.size) return 0;
  const held = await tx.trx
    .selectFrom('work_item')
    .select(['id', 'entity_type', 'entity_id', 'org_unit_id'])
    .where('owner_id', '=', release.userId)
    .where('open', '=', true)
    .where('entity_type', 'in', [...types.keys()])
    .execute();
  let leaving = held;
  if (release.cause === 'roles_changed' && held.length) {
    const kept = await unitsHandledBy(tx.trx, release.userId, types, held);
    leaving = held.filter((i) => !kept.get(types.get(i.entity_type)!.write)?.has(i.org_unit_id));
  }
  if (!leaving.length) return 0;

  const to = release.to ? await receiver(tx, types, release.userId, release.to, leaving) : null;
  const system = { ...tx, scope: Scope.system };
  const reason = CAUSES[release.cause];
  let moved = 0;
  // One order for every path that locks several records: overlapping changes queue up, never deadlock.
  for (const seen of [...leaving].sort((a, b) => a.entity_type.localeCompare(b.entity_type) || a.entity_id - b.entity_id)) {
    const type = types.get(seen.entity_type)!;
    const locked = await lockItemAndRecord(system, type, seen);
    // Read again under the record's lock: a step may have closed it meanwhile.
    if (!locked.item.open || locked.item.owner_id !== release.userId) continue;
    await moveWorkItem(tx, type, locked, to ? { action: 'reassign', to, reason } : { action: 'return', reason });
    moved++;
  }
  return moved;
}

/** The person a supervisor names to take over: active, in the supervisor's reach, able to handle every item where it is. */
async function receiver(tx: TxContext, types: Map<string, QueuedType>, from: number, to: { userId: number; path: string }, items: { entity_type: string; org_unit_id: number }[]) {
  const problem = (reason: FieldProblem['reason']) => invalid({ path: to.path, reason });
  const actor = tx.actor;
  if (!actor || items.some((i) => !supervises(actor, i))) throw problem('workItemsToNeedsSupervisor');
  if (to.userId === from) throw problem('workItemsToSameUser');
  const person = await activeHolder(tx, to.userId);
  if (!person || !actor.scopeFor('task.reassign').includes(person.org_unit_id)) throw problem('userNotFound');
  const handled = await unitsHandledBy(tx.trx, person.id, types, items);
  if (items.some((i) => !handled.get(types.get(i.entity_type)!.write)?.has(i.org_unit_id))) throw problem('workItemOwnerCannotHandle');
  return { userId: person.id, displayName: person.display_name };
}
