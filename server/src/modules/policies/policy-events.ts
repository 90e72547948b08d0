import type { TxContext } from '../../platform/context/context.js';
import type { NoticeChannel } from './policies.tables.js';

type PolicyRef = { id: number; policyholder_id: number };

/** What the client was told, kept with the policy (R-PO-2 on hold, R-PO-4 differences). */
export async function recordNotice(
  tx: TxContext,
  policy: PolicyRef,
  kind: 'on_hold' | 'difference' | 'reissue',
  notice: { channel: NoticeChannel; content: string },
  at: Date,
) {
  await tx.trx.insertInto('policy_notice').values({
    policy_id: policy.id, client_id: policy.policyholder_id, kind, channel: notice.channel, content: notice.content.trim(),
    sent_at: at, sent_by: tx.actor?.userId ?? null,
  }).execute();
}

/** Keep the initial review checklist (R-PO-2). */
export async function recordReview(
  tx: TxContext,
  policyId: number,
  review: { formatComplete: boolean; sealsPresent: boolean; noAlteration: boolean; note?: string | null },
  at: Date,
): Promise<boolean> {
  const passed = review.formatComplete && review.sealsPresent && review.noAlteration;
  await tx.trx.insertInto('policy_review').values({
    policy_id: policyId, format_complete: review.formatComplete, seals_present: review.sealsPresent, no_alteration: review.noAlteration,
    passed, note: review.note?.trim() || null, reviewed_at: at, reviewed_by: tx.actor?.userId ?? null,
  }).execute();
  return passed;
}
