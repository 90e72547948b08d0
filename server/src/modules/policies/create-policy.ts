import { inTransaction, type Context } from '../../platform/context/context.js';
import { invalid } from '../../platform/http/errors.js';
import { fireCreated } from '../../platform/lifecycle/fire.js';
import { todayInShanghai } from '../calendar/dates.js';
import { checkPolicyDraft, sealBankAccount } from './policy-rules.js';
import { checkPolicyNumberFree, checkPolicyRefs, nextInternalNo } from './policy-refs.js';
import { clientRefsOf, relationProblemsOf, toBeneficiaryDrafts, writeParties } from './policy-draft.js';
import { insuredWithRelations } from './insured-relations.js';
import { recordNotice, recordReview } from './policy-events.js';
import { POLICY_LIFECYCLE, reviewFailures } from './policy-lifecycle.js';
import { findPolicyRecord, policyAuditRecord, toPolicy } from './find-policies.js';
import type { CreatePolicyBody, Policy } from './policies.types.js';

const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * 保单登记 (R-PO-1..3): register a policy a client handed over. The initial review runs at intake;
 * a failed check puts the policy on hold with the notice to the client (R-PO-2). The internal
 * number is given here; verification (R-PO-4) is a later step. Refused input stores nothing.
 */
export async function createPolicy(ctx: Context, input: CreatePolicyBody): Promise<Policy> {
  const { keyring, actor } = ctx;
  const now = ctx.clock.now();
  const today = todayInShanghai(now);
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  const passes = input.review.formatComplete && input.review.sealsPresent && input.review.noAlteration;
  const agentId = input.agentId !== undefined ? input.agentId : actor?.roles.some((r) => r.role === 'agent') ? actor.userId : null;

  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const { insured, problems: relationProblems } = await insuredWithRelations(trx, input.policyholderId, input.insured);
    const beneficiaries = toBeneficiaryDrafts(input.beneficiaries ?? []);
    const refs = await checkPolicyRefs(trx, tx.scope, {
      orgUnitId: input.orgUnitId, agentId, insurerId: input.insurerId, productId: input.productId ?? null,
      clients: clientRefsOf(input.policyholderId, { insured, beneficiaries }),
    });
    const { draft, problems } = checkPolicyDraft(
      {
        policyNumber: input.policyNumber, productName: input.productName ?? null, lineOfBusiness: input.lineOfBusiness ?? null,
        termType: input.termType ?? null, sumInsured: input.sumInsured, premium: input.premium, paymentFrequency: input.paymentFrequency,
        paymentMode: input.paymentMode, paymentYears: input.paymentYears ?? null, bankAccount: input.bankAccount ?? null,
        applicationDate: input.applicationDate ?? null, issueDate: input.issueDate ?? null, effectiveDate: input.effectiveDate,
        endDate: input.endDate ?? null, insured, beneficiaryDesignation: input.beneficiaryDesignation, beneficiaries,
      },
      today,
      refs.product,
      input.productId != null && !refs.product,
    );
    problems.push(...refs.problems, ...relationProblemsOf(relationProblems, refs.problems));
    if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) problems.push({ path: 'receivedAt', reason: 'dateInFuture' });
    if (!passes && !input.holdNotice) problems.push({ path: 'holdNotice', reason: 'holdNoticeRequired' });
    if (problems.length) throw invalid(...problems);
    await checkPolicyNumberFree(trx, tx.scope, { insurerId: input.insurerId, policyNumber: draft.policyNumber });

    const internalNo = await nextInternalNo(trx, input.orgUnitId, Number(todayInShanghai(receivedAt).slice(0, 4)));
    const failures = reviewFailures(input.review);
    const { id } = await trx
      .insertInto('policy')
      .values({
        internal_no: internalNo, org_unit_id: input.orgUnitId, agent_id: agentId, insurer_id: input.insurerId,
        product_id: refs.product?.id ?? null, product_name: draft.productName!, line_of_business: draft.lineOfBusiness!, term_type: draft.termType!,
        policy_number: draft.policyNumber, source: 'handover', policyholder_id: input.policyholderId,
        sum_insured: draft.sumInsured, premium: draft.premium, payment_frequency: draft.paymentFrequency, payment_mode: draft.paymentMode,
        payment_years: draft.paymentYears, bank_account_enc: sealBankAccount(keyring, draft.bankAccount),
        application_date: draft.applicationDate, issue_date: draft.issueDate, effective_date: draft.effectiveDate, end_date: draft.endDate,
        beneficiary_designation: draft.beneficiaryDesignation,
        state: passes ? 'registered' : 'on_hold', state_reason: passes ? null : failures.zh, state_changed_at: now, received_at: receivedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeParties(trx, keyring, id, draft);
    await recordReview(tx, id, input.review, now);

    const row = await findPolicyRecord(trx, tx.scope, id);
    if (!passes) await recordNotice(tx, row, 'on_hold', input.holdNotice!, now);
    await fireCreated(tx, POLICY_LIFECYCLE, passes ? 'register' : 'register_on_hold', row, {
      input, at: now,
      audit: { after: { ...policyAuditRecord(keyring, row), review: input.review, parties: draft.insured.length + draft.beneficiaries.length } },
    });
    return toPolicy(keyring, row);
  });
}
