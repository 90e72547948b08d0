import { inTransaction, type Context } from '../../platform/context/context.js';
import { AppError, forbidden, invalid, versionConflict } from '../../platform/http/errors.js';
import './queues.tables.js';
import { readWorkItem } from './find-work-items.js';
import { itemToHandle, lockItemAndRecord, moveWorkItem, saidBy } from './move-work-item.js';
import type { QueuedType } from './queue-types.js';
import type { WorkItem } from './queues.types.js';
import { mayReturn } from './work-item-rights.js';

/**
 * 放回任务池: the person who holds an item — or a supervisor where it is — hands it back to its team
 * queue with a reason (the record's own owner cleared, its running deadlines with nobody), on the record's
 * timeline and in its audit history. An item that moved since it was shown (the `version` the page had),
 * or that nobody holds any more, is not returned: 409 with the item as it now is.
 */
export async function returnWorkItem(ctx: Context, types: Map<string, QueuedType>, id: number, input: { reason: string; version?: number }): Promise<WorkItem> {
  const actor = ctx.actor;
  if (!actor || ![...types.values()].some((t) => actor.can(t.write))) throw forbidden();
  const reason = input.reason.trim();
  if (reason.length < 2) throw invalid({ path: 'reason', reason: 'workItemReturnReasonRequired' });
  const { seen, type, scope } = await itemToHandle(ctx, types, actor, id);

  return inTransaction({ ...ctx, scope }, async (tx) => {
    const locked = await lockItemAndRecord(tx, type, seen);
    const { item } = locked;
    if (input.version !== undefined && item.version !== input.version) throw versionConflict(await readWorkItem(tx, types, id));
    if (!item.open) throw new AppError(409, 'WORK_ITEM_CLOSED');
    if (item.owner_id === null) throw new AppError(409, 'WORK_ITEM_NOT_HELD', { details: { current: await readWorkItem(tx, types, id) } });
    if (!mayReturn(actor, type, item)) throw new AppError(403, 'NOT_ITEM_HOLDER');
    await moveWorkItem(tx, type, locked, { action: 'return', reason: saidBy(reason) });
    return readWorkItem(tx, types, id);
  });
}
