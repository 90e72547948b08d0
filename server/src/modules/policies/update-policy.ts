import { inTransaction, type Context } from '../../platform/context/context.js';
import { invalid } from '../../platform/http/errors.js';
import { fire } from '../../platform/lifecycle/fire.js';
import { decryptField } from '../../platform/pii/index.js';
import { todayInShanghai } from '../calendar/dates.js';
import { checkPolicyDraft, CONTEXT, sealBankAccount, type PolicyDraft } from './policy-rules.js';
import { checkPolicyRefs } from './policy-refs.js';
import { clientRefsOf, relationProblemsOf, toBeneficiaryDrafts, writeParties } from './policy-draft.js';
import { insuredWithRelations } from './insured-relations.js';
import { findParties, findPolicyRecord, policyAuditRecord, toPolicy, type PolicyRecord } from './find-policies.js';
import { POLICY_LIFECYCLE } from './policy-lifecycle.js';
import type { Policy, UpdatePolicyBody } from './policies.types.js';

/**
 * Correct the registered record (e.g. a difference settled as "record corrected", R-PO-4).
 * Only before verification: afterwards the contract changes through policy servicing (保全).
 */
export async function updatePolicy(ctx: Context, id: number, input: UpdatePolicyBody): Promise<Policy> {
  const { keyring } = ctx;
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const now = tx.clock.now();
    let prior!: PolicyRecord;
    let after!: PolicyRecord;
    await fire(tx, POLICY_LIFECYCLE, 'correct', { key: id, version: input.version }, {
      at: now,
      change: async (before) => {
        prior = before;
        const parties = await findParties(trx, id);
        const current: PolicyDraft = {
          policyNumber: before.policy_number, productName: before.product_name, lineOfBusiness: before.line_of_business, termType: before.term_type,
          sumInsured: before.sum_insured, premium: before.premium, paymentFrequency: before.payment_frequency, paymentMode: before.payment_mode,
          paymentYears: before.payment_years,
          bankAccount: before.bank_account_enc === null ? null : decryptField(keyring, before.bank_account_enc, { context: CONTEXT.bankAccount }),
          applicationDate: before.application_date, issueDate: before.issue_date, effectiveDate: before.effective_date, endDate: before.end_date,
          insured: parties.filter((p) => p.role === 'insured').map((p) => ({ clientId: p.client_id!, relation: p.relation_to_insured ?? 'other' })),
          beneficiaryDesignation: before.beneficiary_designation,
          beneficiaries: parties.filter((p) => p.role === 'beneficiary').map((p) => ({
            clientId: p.client_id, name: p.client_id === null ? p.name : null,
            idNumber: p.id_number_enc === null ? null : decryptField(keyring, p.id_number_enc, { context: CONTEXT.partyIdNumber }),
            relation: p.relation_to_insured ?? 'other', rank: p.rank ?? 1, share: p.share ?? '0',
          })),
        };
        const given = input.insured ? await insuredWithRelations(trx, before.policyholder_id, input.insured) : { insured: current.insured, problems: [] };
        const pick = <K extends keyof PolicyDraft & keyof UpdatePolicyBody>(key: K) =>
          (input[key] === undefined ? current[key] : input[key]) as PolicyDraft[K];
        const productId = input.productId === undefined ? before.product_id : input.productId;
        const next: PolicyDraft = {
          ...current,
          productName: productId === null ? pick('productName') : null,
          lineOfBusiness: pick('lineOfBusiness'), termType: pick('termType'), sumInsured: pick('sumInsured'), premium: pick('premium'),
          paymentFrequency: pick('paymentFrequency'), paymentMode: pick('paymentMode'), paymentYears: pick('paymentYears'),
          bankAccount: pick('bankAccount'), applicationDate: pick('applicationDate'), issueDate: pick('issueDate'),
          effectiveDate: pick('effectiveDate'), endDate: pick('endDate'), beneficiaryDesignation: pick('beneficiaryDesignation'),
          insured: given.insured,
          beneficiaries: input.beneficiaries ? toBeneficiaryDrafts(input.beneficiaries) : input.beneficiaryDesignation === 'legal' ? [] : current.beneficiaries,
        };
        const refs = await checkPolicyRefs(trx, tx.scope, {
          agentId: input.agentId, insurerId: before.insurer_id, productId, clients: clientRefsOf(before.policyholder_id, next),
        });
        const { draft, problems } = checkPolicyDraft(next, todayInShanghai(now), refs.product, productId !== null && !refs.product);
        problems.push(...refs.problems, ...relationProblemsOf(given.problems, refs.problems));
        if (problems.length) throw invalid(...problems);

        await trx.updateTable('policy').set({
          ...(input.agentId !== undefined && { agent_id: input.agentId }),
          product_id: refs.product?.id ?? null, product_name: draft.productName!, line_of_business: draft.lineOfBusiness!, term_type: draft.termType!,
          sum_insured: draft.sumInsured, premium: draft.premium, payment_frequency: draft.paymentFrequency, payment_mode: draft.paymentMode,
          payment_years: draft.paymentYears, bank_account_enc: sealBankAccount(keyring, draft.bankAccount),
          application_date: draft.applicationDate, issue_date: draft.issueDate, effective_date: draft.effectiveDate, end_date: draft.endDate,
          beneficiary_designation: draft.beneficiaryDesignation, updated_at: now, // the lifecycle bumps the version
        }).where('id', '=', id).execute();
        if (input.insured || input.beneficiaries || input.beneficiaryDesignation !== undefined) await writeParties(trx, keyring, id, draft);

        after = await findPolicyRecord(trx, tx.scope, id);
      },
      audit: () => ({ before: policyAuditRecord(keyring, prior), after: policyAuditRecord(keyring, after) }),
    });
    return toPolicy(keyring, await findPolicyRecord(trx, tx.scope, id));
  });
}
