import { inTransaction, type Context } from '../../platform/context/context.js';
import { AppError, forbidden, versionConflict } from '../../platform/http/errors.js';
import './queues.tables.js';
import { readWorkItem } from './find-work-items.js';
import { activeHolder, itemToHandle, lockItemAndRecord, moveWorkItem } from './move-work-item.js';
import type { QueuedType } from './queue-types.js';
import type { WorkItem } from './queues.types.js';
import { mayTake } from './work-item-rights.js';

/**
 * 领取: a member of the team takes an item waiting in its queue — it becomes theirs, with its record
 * and the record's running deadlines. Needs the record type's write permission where the item is, and
 * the team's role in its unit (or above it); a supervisor (task.reassign there) may take it too, as they
 * could give it to themselves. Of two people taking the same item, the second finds it taken (409).
 */
export async function takeWorkItem(ctx: Context, types: Map<string, QueuedType>, id: number, version?: number): Promise<WorkItem> {
  const actor = ctx.actor;
  // Nobody who can handle no queued record type gets past here, whatever the item (no existence leak).
  if (!actor || ![...types.values()].some((t) => actor.can(t.write))) throw forbidden();
  const { seen, type, scope } = await itemToHandle(ctx, types, actor, id);

  return inTransaction({ ...ctx, scope }, async (tx) => {
    const me = await activeHolder(tx, actor.userId);
    if (!me) throw forbidden();
    const locked = await lockItemAndRecord(tx, type, seen);
    const { item } = locked;
    if (version !== undefined && item.version !== version) throw versionConflict(await readWorkItem(tx, types, id));
    if (!item.open) throw new AppError(409, 'WORK_ITEM_CLOSED');
    if (item.owner_id !== null) throw new AppError(409, 'WORK_ITEM_TAKEN', { details: { current: await readWorkItem(tx, types, id) } });
    if (!(await mayTake(tx.trx, actor, type, item))) throw new AppError(403, 'NOT_IN_TEAM');
    await moveWorkItem(tx, type, locked, { action: 'take', to: { userId: me.id, displayName: me.display_name }, reason: null });
    return readWorkItem(tx, types, id);
  });
}
