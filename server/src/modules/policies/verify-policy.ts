import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { invalid, type FieldProblem } from '../../platform/http/errors.js';
import { auditRequest } from '../../platform/http/request-audit.js';
import { todayInShanghai } from '../calendar/dates.js';
import { findParties, getPolicy } from './find-policies.js';
import { lockPolicy, touchPolicy } from './lock-policy.js';
import { appendPolicyTimeline, recordNotice, recordPolicyEvent } from './policy-events.js';
import { VERIFY_FIELDS } from './policy-rules.data.js';
import { stateOnVerification } from './policy-rules.js';
import { verifyFieldValues } from './verify-fields.js';
import { recordExpiryEvent } from './policy-expiry.js';
import type { PolicyDetail, VerifyBody } from './policies.types.js';

const FIELD_TEXT: Record<(typeof VERIFY_FIELDS)[number], string> = {
  insured: '被保险人', beneficiary: '受益人', sumInsured: '保险金额', term: '保险期间', effectiveDate: '生效日期', endDate: '满期日期',
  insurerContact: '保险公司联系方式', premium: '保费',
};

/**
 * 核对 (R-PO-4): compare the policy with what the client provided. Every field must be compared.
 * Differences are raised with the client (a notice) and kept open; with none, the policy is
 * verified — in force, not yet in force, or already expired by its dates.
 */
export async function verifyPolicy(db: Kysely<DB>, req: FastifyRequest, id: number, input: VerifyBody): Promise<PolicyDetail> {
  const now = new Date();
  const problems: FieldProblem[] = [];
  const compared = new Set(input.checks.map((c) => c.field));
  const missing = VERIFY_FIELDS.filter((f) => !compared.has(f));
  if (missing.length) problems.push({ path: 'checks', reason: 'verifyFieldsMissing', params: { fields: { 'zh-CN': missing.map((f) => FIELD_TEXT[f]).join('、'), en: missing.join(', ') } } });
  input.checks.forEach((c, i) => {
    if (!c.matches && !c.clientSays?.trim()) problems.push({ path: `checks.${i}.clientSays`, reason: 'clientSaysRequired' });
  });
  const differing = input.checks.filter((c) => !c.matches);
  if (differing.length && !input.notice) problems.push({ path: 'notice', reason: 'noticeRequired' });
  if (problems.length) throw invalid(...problems);

  return db.transaction().execute(async (trx) => {
    const row = await lockPolicy(trx, req, id, input.version, ['registered']);
    const lastReview = await trx.selectFrom('policy_review').select('passed').where('policy_id', '=', id).orderBy('id', 'desc').executeTakeFirst();
    if (!lastReview?.passed) throw invalid({ path: 'state', reason: 'notReviewed' });
    const open = await trx.selectFrom('policy_difference').select(({ fn }) => fn.countAll<number>().as('n'))
      .where('policy_id', '=', id).where('resolved_at', 'is', null).executeTakeFirstOrThrow();
    if (Number(open.n) > 0 && !differing.length) throw invalid({ path: 'checks', reason: 'openDifferences', params: { count: open.n } });

    let after: string;
    if (differing.length) {
      const values = verifyFieldValues(row, await findParties(trx, id));
      await trx.insertInto('policy_difference').values(differing.map((c) => ({
        policy_id: id, field: c.field, on_policy: values[c.field], client_says: c.clientSays!.trim(), raised_at: now, raised_by: req.actor?.userId ?? null,
      }))).execute();
      await recordNotice(req, trx, row, 'difference', input.notice!, now);
      await touchPolicy(trx, id, { at: now });
      await recordPolicyEvent(req, trx, row, 'policy.difference_raised', now);
      const list = differing.map((c) => FIELD_TEXT[c.field]).join('、');
      await appendPolicyTimeline(req, trx, row, 'policy.difference_raised', { zh: `核对发现差异：${list}，已与客户沟通`, en: `verification found differences (${differing.map((c) => c.field).join(', ')}), raised with the client` });
      after = 'registered';
    } else {
      const state = stateOnVerification({ effectiveDate: row.effective_date, endDate: row.end_date }, todayInShanghai(now));
      await touchPolicy(trx, id, { state, at: now, verifiedBy: req.actor?.userId ?? null });
      await recordPolicyEvent(req, trx, row, 'policy.verified', now);
      if (state !== 'expired') await recordExpiryEvent(req, trx, row);
      await appendPolicyTimeline(req, trx, row, 'policy.verified', { zh: '核对无误', en: 'verified against the client\'s papers' });
      after = state;
    }
    await auditRequest(req, trx, {
      action: 'policy.verify', entityType: 'policy', entityId: id, orgUnitId: row.org_unit_id,
      before: { state: row.state }, after: { state: after, checks: input.checks },
    });
    return getPolicy(trx, req.server.keyring, req.scope, id);
  });
}
