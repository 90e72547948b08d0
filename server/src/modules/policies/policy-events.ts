import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { recordDeadlineEvent } from '../deadlines/record-event.js';
import { appendTimeline } from '../clients/client-timeline.js';
import type { NoticeChannel } from './policies.tables.js';

type PolicyRef = { id: number; org_unit_id: number; agent_id: number | null; policyholder_id: number; internal_no: string };

/** A step of the policy's life for the deadline engine (policy.handed_over, policy.verified, …). */
export async function recordPolicyEvent(req: FastifyRequest, trx: Transaction<DB>, policy: PolicyRef, event: string, at: Date) {
  await recordDeadlineEvent(
    trx,
    req.server.calendar,
    { entityType: 'policy', entityId: policy.id, event, at, orgUnitId: policy.org_unit_id, ownerId: policy.agent_id ?? req.actor?.userId ?? null },
    { actor: req.actor ? { userId: req.actor.userId, username: req.actor.username } : null, requestId: req.id },
  );
}

/**
 * R-CL-4: the step on the timeline of every client of the policy (policyholder and insured
 * clients, each once).
 */
export async function appendPolicyTimeline(
  req: FastifyRequest,
  trx: Transaction<DB>,
  policy: PolicyRef,
  kind: string,
  summary: { zh: string; en: string },
) {
  const insured = await trx.selectFrom('policy_party').select('client_id')
    .where('policy_id', '=', policy.id).where('role', '=', 'insured').where('client_id', 'is not', null).execute();
  const clients = new Set([policy.policyholder_id, ...insured.map((p) => p.client_id!)]);
  for (const clientId of clients) {
    await appendTimeline(trx, {
      clientId, kind, entityType: 'policy', entityId: policy.id, actorId: req.actor?.userId ?? null,
      summaryZh: `保单 ${policy.internal_no}：${summary.zh}`, summaryEn: `Policy ${policy.internal_no}: ${summary.en}`,
    });
  }
}

/** What the client was told, kept with the policy (R-PO-2 on hold, R-PO-4 differences). */
export async function recordNotice(
  req: FastifyRequest,
  trx: Transaction<DB>,
  policy: PolicyRef,
  kind: 'on_hold' | 'difference' | 'reissue',
  notice: { channel: NoticeChannel; content: string },
  at: Date,
) {
  await trx.insertInto('policy_notice').values({
    policy_id: policy.id, client_id: policy.policyholder_id, kind, channel: notice.channel, content: notice.content.trim(),
    sent_at: at, sent_by: req.actor?.userId ?? null,
  }).execute();
}

/** Run the initial review checklist (R-PO-2) and keep it. */
export async function recordReview(
  req: FastifyRequest,
  trx: Transaction<DB>,
  policyId: number,
  review: { formatComplete: boolean; sealsPresent: boolean; noAlteration: boolean; note?: string | null },
  at: Date,
): Promise<boolean> {
  const passed = review.formatComplete && review.sealsPresent && review.noAlteration;
  await trx.insertInto('policy_review').values({
    policy_id: policyId, format_complete: review.formatComplete, seals_present: review.sealsPresent, no_alteration: review.noAlteration,
    passed, note: review.note?.trim() || null, reviewed_at: at, reviewed_by: req.actor?.userId ?? null,
  }).execute();
  return passed;
}

export function reviewFailures(review: { formatComplete: boolean; sealsPresent: boolean; noAlteration: boolean }) {
  const zh: string[] = [];
  const en: string[] = [];
  if (!review.formatComplete) { zh.push('格式不完整'); en.push('format incomplete'); }
  if (!review.sealsPresent) { zh.push('印章不齐'); en.push('seals missing'); }
  if (!review.noAlteration) { zh.push('有涂改或疑似伪造'); en.push('altered or suspected forgery'); }
  return { zh: zh.join('、'), en: en.join(', ') };
}
