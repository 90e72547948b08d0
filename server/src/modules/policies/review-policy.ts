import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { invalid } from '../../platform/http/errors.js';
import { auditRequest } from '../../platform/http/request-audit.js';
import { getPolicy } from './find-policies.js';
import { lockPolicy, touchPolicy } from './lock-policy.js';
import { appendPolicyTimeline, recordNotice, recordPolicyEvent, recordReview, reviewFailures } from './policy-events.js';
import type { PolicyDetail, ReviewBody } from './policies.types.js';

/**
 * Run the initial review again (R-PO-2), e.g. when the client brought the proof: passing takes
 * an on-hold policy back to registered; failing puts it (back) on hold with a new notice.
 */
export async function reviewPolicy(db: Kysely<DB>, req: FastifyRequest, id: number, input: ReviewBody): Promise<PolicyDetail> {
  const now = new Date();
  const passes = input.review.formatComplete && input.review.sealsPresent && input.review.noAlteration;
  if (!passes && !input.holdNotice) throw invalid({ path: 'holdNotice', reason: 'holdNoticeRequired' });
  return db.transaction().execute(async (trx) => {
    const row = await lockPolicy(trx, req, id, input.version, ['registered', 'on_hold']);
    await recordReview(req, trx, id, input.review, now);
    const failures = reviewFailures(input.review);
    if (passes) {
      await touchPolicy(trx, id, { state: 'registered', at: now });
      if (row.state === 'on_hold') {
        await recordPolicyEvent(req, trx, row, 'policy.hold_cleared', now);
        await appendPolicyTimeline(req, trx, row, 'policy.hold_cleared', { zh: '补充材料后初审通过', en: 'the initial review passed after the proof was provided' });
      }
    } else {
      await touchPolicy(trx, id, { state: 'on_hold', stateReason: failures.zh, at: now });
      await recordNotice(req, trx, row, 'on_hold', input.holdNotice!, now);
      if (row.state !== 'on_hold') await recordPolicyEvent(req, trx, row, 'policy.put_on_hold', now);
      await appendPolicyTimeline(req, trx, row, 'policy.on_hold', { zh: `初审未通过，暂缓登记：${failures.zh}`, en: `on hold after the initial review: ${failures.en}` });
    }
    await auditRequest(req, trx, {
      action: 'policy.review', entityType: 'policy', entityId: id, orgUnitId: row.org_unit_id,
      before: { state: row.state }, after: { state: passes ? 'registered' : 'on_hold', review: input.review },
    });
    return getPolicy(trx, req.server.keyring, req.scope, id);
  });
}
