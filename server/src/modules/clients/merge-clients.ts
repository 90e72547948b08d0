import { sql } from 'kysely';
import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { AppError, invalid, versionConflict } from '../../platform/http/errors.js';
import { appendTimeline } from './client-timeline.js';
import { clientAuditRecord, findClientRecord, toClient } from './find-clients.js';
import type { Client } from './clients.types.js';

/**
 * Merge a duplicate archive into the one that stays (合并客户). The duplicate's links and
 * timeline move to the survivor; the duplicate itself is kept, marked `mergedIntoId`, so
 * history and audit entries that name it still resolve. Both must be within scope.
 */
export async function mergeClients(
  ctx: Context,
  id: number,
  { intoId, version }: { intoId: number; version: number },
): Promise<Client> {
  const keyring = ctx.keyring;
  const now = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const merged = await findClientRecord(trx, tx.scope, id, { forUpdate: true });
    if (merged.version !== version) throw versionConflict(toClient(keyring, merged));
    if (merged.merged_into_id !== null) throw invalid({ path: 'id', reason: 'clientMerged', params: { id: merged.merged_into_id } });
    if (intoId === id) throw invalid({ path: 'intoId', reason: 'cannotMergeSelf' });
    const survivor = await findClientRecord(trx, tx.scope, intoId, { forUpdate: true }).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'NOT_FOUND') throw invalid({ path: 'intoId', reason: 'clientNotFound' });
      throw err;
    });
    if (survivor.merged_into_id !== null) throw invalid({ path: 'intoId', reason: 'clientMerged', params: { id: survivor.merged_into_id } });
    if (survivor.kind !== merged.kind) throw invalid({ path: 'intoId', reason: 'mergeKindMismatch' });

    // Links: repoint to the survivor; drop those that would link it to itself or repeat one it has.
    await sql`
      delete from client_link l
      where (l.client_id = ${id} and (l.related_client_id = ${intoId} or exists (
               select 1 from client_link s where s.client_id = ${intoId} and s.related_client_id = l.related_client_id and s.relation = l.relation)))
         or (l.related_client_id = ${id} and (l.client_id = ${intoId} or exists (
               select 1 from client_link s where s.related_client_id = ${intoId} and s.client_id = l.client_id and s.relation = l.relation)))`.execute(trx);
    const movedLinks = (await trx.updateTable('client_link').set({ client_id: intoId }).where('client_id', '=', id).executeTakeFirst()).numUpdatedRows
      + (await trx.updateTable('client_link').set({ related_client_id: intoId }).where('related_client_id', '=', id).executeTakeFirst()).numUpdatedRows;
    const movedEntries = (await trx.updateTable('client_timeline').set({ client_id: intoId }).where('client_id', '=', id).executeTakeFirst()).numUpdatedRows;

    await trx
      .updateTable('client')
      .set({ merged_into_id: intoId, version: merged.version + 1, updated_at: now })
      .where('id', '=', id)
      .execute();
    const actorId = tx.actor?.userId ?? null;
    await appendTimeline(trx, {
      clientId: intoId, at: now, kind: 'client.merged', entityType: 'client', entityId: id, actorId,
      summaryZh: `合并重复档案 #${id}（${merged.name}），其关系与记录已并入本档案`,
      summaryEn: `Duplicate archive #${id} (${merged.name}) merged in, with its links and history`,
    });
    // The duplicate keeps one entry of its own, saying where everything went.
    await appendTimeline(trx, {
      clientId: id, at: now, kind: 'client.merged_into', entityType: 'client', entityId: intoId, actorId,
      summaryZh: `已合并到档案 #${intoId}`, summaryEn: `Merged into archive #${intoId}`,
    });

    const after = await findClientRecord(trx, tx.scope, id);
    await audit(tx, {
      action: 'client.merge', entityType: 'client', entityId: id, orgUnitId: merged.org_unit_id,
      before: clientAuditRecord(keyring, merged),
      after: { ...clientAuditRecord(keyring, after), movedLinks: Number(movedLinks), movedTimelineEntries: Number(movedEntries) },
    });
    return toClient(keyring, await findClientRecord(trx, tx.scope, intoId));
  });
}
