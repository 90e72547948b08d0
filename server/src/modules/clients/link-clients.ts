import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { AppError, invalid, notFound } from '../../platform/http/errors.js';
import { appendTimeline } from './client-timeline.js';
import { findClientRecord, findLinks } from './find-clients.js';
import type { LinkRelation } from './clients.tables.js';

const RELATION_NAMES: Record<LinkRelation, [string, string]> = {
  spouse: ['配偶', 'spouse'], child: ['子女', 'child'], parent: ['父母', 'parent'],
  employer: ['雇主', 'employer'], employee: ['雇员', 'employee'], other: ['其他关系', 'other relation'],
};

/** Household and employer links (R-CL-3): `relatedClientId` is the client's `relation`. Both clients in scope. */
export async function addClientLink(
  ctx: Context,
  id: number,
  { relatedClientId, relation }: { relatedClientId: number; relation: LinkRelation },
) {
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const client = await findClientRecord(trx, tx.scope, id);
    if (relatedClientId === id) throw invalid({ path: 'relatedClientId', reason: 'cannotLinkSelf' });
    const related = await findClientRecord(trx, tx.scope, relatedClientId).catch((err: unknown) => {
      throw err instanceof AppError && err.code === 'NOT_FOUND' ? invalid({ path: 'relatedClientId', reason: 'clientNotFound' }) : err;
    });
    for (const [path, c] of [['id', client], ['relatedClientId', related]] as const) {
      if (c.merged_into_id !== null) throw invalid({ path, reason: 'clientMerged', params: { id: c.merged_into_id } });
    }
    const link = await trx
      .insertInto('client_link')
      .values({ client_id: id, related_client_id: relatedClientId, relation })
      .onConflict((oc) => oc.columns(['client_id', 'related_client_id', 'relation']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!link) throw invalid({ path: 'relation', reason: 'linkExists' });
    const [zh, en] = RELATION_NAMES[relation];
    await appendTimeline(trx, {
      clientId: id, at: tx.clock.now(), kind: 'client.link_added', entityType: 'client', entityId: relatedClientId, actorId: tx.actor?.userId ?? null,
      summaryZh: `添加关系：${related.name}（${zh}）`, summaryEn: `Link added: ${related.name} (${en})`,
    });
    await audit(tx, {
      action: 'client.link_add', entityType: 'client', entityId: id, orgUnitId: client.org_unit_id,
      after: { linkId: link.id, relatedClientId, relation },
    });
    return { links: await findLinks(trx, tx.scope, id) };
  });
}

/** Remove a link, from either client's side. */
export async function removeClientLink(ctx: Context, id: number, linkId: number): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const client = await findClientRecord(trx, tx.scope, id);
    const link = await trx
      .selectFrom('client_link').selectAll()
      .where('id', '=', linkId)
      .where((eb) => eb.or([eb('client_id', '=', id), eb('related_client_id', '=', id)]))
      .executeTakeFirst();
    if (!link) throw notFound();
    const otherId = link.client_id === id ? link.related_client_id : link.client_id;
    // Removing a link changes both clients: the other one must be in scope too.
    const other = await findClientRecord(trx, tx.scope, otherId);
    await trx.deleteFrom('client_link').where('id', '=', linkId).execute();
    await appendTimeline(trx, {
      clientId: id, at: tx.clock.now(), kind: 'client.link_removed', entityType: 'client', entityId: otherId, actorId: tx.actor?.userId ?? null,
      summaryZh: `解除关系：${other.name}`, summaryEn: `Link removed: ${other.name}`,
    });
    await audit(tx, {
      action: 'client.link_remove', entityType: 'client', entityId: id, orgUnitId: client.org_unit_id,
      before: { linkId, clientId: link.client_id, relatedClientId: link.related_client_id, relation: link.relation },
    });
  });
}
