import type { Static } from '@sinclair/typebox';
import { inTransaction, type Context } from '../../platform/context/context.js';
import { invalid, notFound } from '../../platform/http/errors.js';
import { fire } from '../../platform/lifecycle/fire.js';
import { getPolicy } from './find-policies.js';
import { POLICY_LIFECYCLE } from './policy-lifecycle.js';
import type { PolicyDetail, ResolveDifferenceBody } from './policies.types.js';

/**
 * Settle one verification difference with how it was settled (R-PO-4). When the last one is
 * settled the follow-up deadline is met and the policy can be verified again.
 */
export async function resolveDifference(ctx: Context, id: number, differenceId: number, input: Static<typeof ResolveDifferenceBody>): Promise<PolicyDetail> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    let field = '';
    await fire(tx, POLICY_LIFECYCLE, 'difference_resolved', { key: id, version: input.version }, {
      input, at: now,
      change: async () => {
        const diff = await tx.trx.selectFrom('policy_difference').selectAll().where('id', '=', differenceId).where('policy_id', '=', id).executeTakeFirst();
        if (!diff) throw notFound();
        if (diff.resolved_at !== null) throw invalid({ path: 'differenceId', reason: 'differenceResolved' });
        field = diff.field;
        await tx.trx.updateTable('policy_difference')
          .set({ resolution: input.resolution, resolution_note: input.note.trim(), resolved_at: now, resolved_by: tx.actor?.userId ?? null })
          .where('id', '=', differenceId).execute();
      },
      audit: () => ({ before: { differenceId, field }, after: { resolution: input.resolution, note: input.note.trim() } }),
    });
    return getPolicy(tx.trx, tx.keyring, tx.scope, id, tx.locale);
  });
}
