import type { Context } from '../../platform/context/context.js';
import { forbidden, notFound } from '../../platform/http/errors.js';
import './queues.tables.js';
import { readWorkItem } from './find-work-items.js';
import type { QueuedType } from './queue-types.js';
import type { RecordWorkItem } from './queues.types.js';
import { mayReassign, mayReturn, mayTake } from './work-item-rights.js';

/**
 * A record's work item as its page shows it (WorkItemBadge): who holds it, or the team queue it waits
 * in, and what the caller may do with it now (take, return, reassign — work-item-rights.ts). Read
 * through the record type's own read permission and scope, as the record's page is: out of scope is
 * not found. A record that never queued answers `item: null`.
 */
export async function findRecordWorkItem(ctx: Context, types: Map<string, QueuedType>, recordType: string, recordId: number): Promise<RecordWorkItem> {
  const actor = ctx.actor;
  if (!actor) throw forbidden();
  const type = types.get(recordType);
  if (!type) throw notFound();
  if (!actor.can(type.read)) throw forbidden();
  const scope = actor.scopeFor(type.read);
  if ((await type.orgUnitOf(ctx.db, recordId, scope)) === null) throw notFound();
  const row = await ctx.db
    .selectFrom('work_item')
    .select(['id', 'org_unit_id', 'open', 'owner_id', 'team_org_unit_id', 'team_role'])
    .where('entity_type', '=', type.type)
    .where('entity_id', '=', recordId)
    .executeTakeFirst();
  if (!row) return { item: null, may: { take: false, return: false, reassign: false } };
  return {
    item: await readWorkItem(ctx, types, row.id),
    may: { take: await mayTake(ctx.db, actor, type, row), return: mayReturn(actor, type, row), reassign: mayReassign(actor, type, row) },
  };
}
