import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Static } from '@sinclair/typebox';
import type { DB } from '../../platform/db/schema.js';
import { invalid, notFound } from '../../platform/http/errors.js';
import { auditRequest } from '../../platform/http/request-audit.js';
import { getPolicy } from './find-policies.js';
import { lockPolicy, touchPolicy } from './lock-policy.js';
import { appendPolicyTimeline, recordPolicyEvent } from './policy-events.js';
import type { PolicyDetail, ResolveDifferenceBody } from './policies.types.js';

/**
 * Settle one verification difference with how it was settled (R-PO-4). When the last one is
 * settled the follow-up deadline is met and the policy can be verified again.
 */
export async function resolveDifference(
  db: Kysely<DB>,
  req: FastifyRequest,
  id: number,
  differenceId: number,
  input: Static<typeof ResolveDifferenceBody>,
): Promise<PolicyDetail> {
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const row = await lockPolicy(trx, req, id, input.version);
    const diff = await trx.selectFrom('policy_difference').selectAll().where('id', '=', differenceId).where('policy_id', '=', id).executeTakeFirst();
    if (!diff) throw notFound();
    if (diff.resolved_at !== null) throw invalid({ path: 'differenceId', reason: 'differenceResolved' });
    await trx.updateTable('policy_difference')
      .set({ resolution: input.resolution, resolution_note: input.note.trim(), resolved_at: now, resolved_by: req.actor?.userId ?? null })
      .where('id', '=', differenceId).execute();
    await touchPolicy(trx, id, { at: now });
    const open = await trx.selectFrom('policy_difference').select('id').where('policy_id', '=', id).where('resolved_at', 'is', null).executeTakeFirst();
    if (!open) await recordPolicyEvent(req, trx, row, 'policy.differences_resolved', now);
    await appendPolicyTimeline(req, trx, row, 'policy.difference_resolved', { zh: `核对差异已处理：${input.note.trim()}`, en: `difference settled: ${input.note.trim()}` });
    await auditRequest(req, trx, {
      action: 'policy.resolve_difference', entityType: 'policy', entityId: id, orgUnitId: row.org_unit_id,
      before: { differenceId, field: diff.field }, after: { resolution: input.resolution, note: input.note.trim() },
    });
    return getPolicy(trx, req.server.keyring, req.scope, id);
  });
}
