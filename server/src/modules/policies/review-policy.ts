import { inTransaction, type Context } from '../../platform/context/context.js';
import { invalid } from '../../platform/http/errors.js';
import { fire } from '../../platform/lifecycle/fire.js';
import { getPolicy } from './find-policies.js';
import { recordNotice, recordReview } from './policy-events.js';
import { POLICY_LIFECYCLE } from './policy-lifecycle.js';
import type { PolicyDetail, ReviewBody } from './policies.types.js';
import { reviewFailures } from './policy-lifecycle.js';

/**
 * Run the initial review again (R-PO-2), e.g. when the client brought the proof: passing takes
 * an on-hold policy back to registered; failing puts it (back) on hold with a new notice.
 */
export async function reviewPolicy(ctx: Context, id: number, input: ReviewBody): Promise<PolicyDetail> {
  const passes = input.review.formatComplete && input.review.sealsPresent && input.review.noAlteration;
  if (!passes && !input.holdNotice) throw invalid({ path: 'holdNotice', reason: 'holdNoticeRequired' });
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const current = await tx.trx.selectFrom('policy').select('state').where('id', '=', id).executeTakeFirst();
    const onHold = current?.state === 'on_hold';
    const event = passes ? (onHold ? 'hold_cleared' : 'review_passed') : onHold ? 'review_failed_again' : 'put_on_hold';
    await fire(tx, POLICY_LIFECYCLE, event, { key: id, version: input.version }, {
      input, at: now,
      reason: passes ? null : reviewFailures(input.review).zh,
      change: async (row) => {
        await recordReview(tx, id, input.review, now);
        if (!passes) await recordNotice(tx, row, 'on_hold', input.holdNotice!, now);
      },
      audit: { after: { review: input.review } },
    });
    return getPolicy(tx.trx, tx.keyring, tx.scope, id, tx.locale);
  });
}
