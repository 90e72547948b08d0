import { sql, type Kysely, type Transaction } from 'kysely';
import type { ChecklistEntry } from '../../kit/module.js';
import type { DB } from '../../platform/db/schema.js';
import type { TxContext } from '../../platform/context/context.js';
import type { FieldProblem } from '../../platform/http/errors.js';
import { beijingDate } from '../../platform/time/beijing.js';
import '../documents/documents.tables.js';
import { HESITATION_FEE_MAX, type ServicingType } from './servicing-types.data.js';
import type { RequestDetails } from './servicing.types.js';
import type { Static } from '@sinclair/typebox';

type Details = Static<typeof RequestDetails>;

/** A calendar date plus days. */
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Sales rules (Insurance Sales Conduct Rules Art. 29, 32): no refund to the agent, no signature by the agent for the client. */
export function salesRuleProblems(type: ServicingType, details: Details | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (details?.signedBy === 'agent') problems.push({ path: 'details.signedBy', reason: 'agentSignature' });
  if (type.refund && details?.payee === 'agent') problems.push({ path: 'details.payee', reason: 'agentPayee' });
  return problems;
}

/**
 * R-NB-8: a cancellation in the hesitation period only inside the period, which runs from the day the
 * policyholder signed the receipt for the product's number of days; outside it the dates are given
 * and the clerk is pointed to a surrender. The days are calendar days, the signing day not counted
 * (Civil Code Art. 201); a period whose last day is a day off on the policy's office calendar (a
 * public holiday or a weekend not worked) ends on the next working day (Art. 203, LAW.md), as the
 * deadline engine's 犹豫期 rule (policy.hesitation_period) rolls it.
 */
export async function hesitationProblems(
  tx: TxContext, policy: { product_id: number | null; org_unit_id: number }, details: Details | undefined,
): Promise<FieldProblem[]> {
  if (!details?.receiptSignedOn) return [{ path: 'details.receiptSignedOn', reason: 'receiptDateRequired' }];
  const product = policy.product_id === null ? undefined
    : await tx.trx.selectFrom('product').select('hesitation_period_days').where('id', '=', policy.product_id).executeTakeFirst();
  const days = product?.hesitation_period_days ?? null;
  if (!days) return [{ path: 'type', reason: 'noHesitationPeriod' }];
  const calendar = await tx.calendar.forOrg(policy.org_unit_id, tx.trx);
  const last = calendar.nextWorkingDayOnOrAfter(addDays(details.receiptSignedOn, days)).date;
  const today = beijingDate(tx.clock.now().getTime());
  if (today > last || today < details.receiptSignedOn) return [{ path: 'type', reason: 'outsideHesitation', params: { from: details.receiptSignedOn, to: last } }];
  return [];
}

/** R-SV-5, Art. 37: reinstatement only of a lapsed policy, within two years of the suspension. */
export function reinstatementProblems(tx: TxContext, policy: { state: string; state_changed_at: Date }): FieldProblem[] {
  if (policy.state !== 'lapsed') return [{ path: 'type', reason: 'notLapsed' }];
  const since = beijingDate(policy.state_changed_at.getTime());
  const [y, m, d] = since.split('-').map(Number) as [number, number, number];
  const twoYears = new Date(Date.UTC(y + 2, m - 1, d)).toISOString().slice(0, 10);
  if (beijingDate(tx.clock.now().getTime()) > twoYears) return [{ path: 'type', reason: 'reinstatementWindowOver', params: { since } }];
  return [];
}

/**
 * R-PO-7: a lost or damaged policy is reissued only at the policyholder's own request, the identity
 * checked against the ID document (how, recorded), and one request at a time for a policy.
 */
export async function applicantProblems(
  tx: TxContext, type: ServicingType, policy: { id: number; policyholder_id: number }, applicantId: number, details: Details | undefined,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (type.applicant === 'policyholderIdentityChecked') {
    if (applicantId !== policy.policyholder_id) problems.push({ path: 'applicantClientId', reason: 'applicantNotPolicyholder' });
    if (!details?.reissueReason) problems.push({ path: 'details.reissueReason', reason: 'reissueReasonRequired' });
    if (!details?.identityMethod) problems.push({ path: 'details.identityMethod', reason: 'identityMethodRequired' });
    if (details?.identityChecked !== true) problems.push({ path: 'details.identityChecked', reason: 'identityNotChecked' });
  }
  if (type.onePerPolicy) {
    const open = await tx.trx.selectFrom('servicing_request').select('request_no').where('policy_id', '=', policy.id).where('type', '=', type.code)
      .where('state', 'not in', ['completed', 'refused', 'withdrawn']).executeTakeFirst();
    if (open) problems.push({ path: 'type', reason: 'requestOfTypeOpen', params: { requestNo: open.request_no } });
  }
  return problems;
}

/** What completing a refund needs: the figures, the payee confirmed, for a surrender the explanation given item by item (R-SV-3). */
export function refundCompletionProblems(type: ServicingType, details: Details): FieldProblem[] {
  const problems = salesRuleProblems(type, details);
  if (details.payee !== 'policyholder' && details.payee !== 'agent') problems.push({ path: 'details.payee', reason: 'payeeRequired' });
  if (type.code === 'surrender') {
    if (!details.cashValue || !details.refund || details.fees === undefined) problems.push({ path: 'details.refund', reason: 'refundFiguresRequired' });
    const e = details.explained;
    if (!e || !e.feeDeduction || !e.refundVersusCashValue || !e.noRefundCases) problems.push({ path: 'details.explained', reason: 'explanationIncomplete' });
  }
  if (type.code === 'hesitation_cancellation') {
    if (!details.refund) problems.push({ path: 'details.refund', reason: 'refundFiguresRequired' });
    if (details.fees !== undefined && Number(details.fees) > HESITATION_FEE_MAX) problems.push({ path: 'details.fees', reason: 'hesitationFeeTooHigh', params: { max: HESITATION_FEE_MAX } });
  }
  return problems;
}

/**
 * The type's checklist for one request, its conditions decided: the insured's consent to a beneficiary
 * change is required only when the applicant is not the insured (LAW.md Art. 39, 41).
 */
export async function requestChecklist(db: Kysely<DB> | Transaction<DB>, type: ServicingType, requestId: number): Promise<ChecklistEntry[]> {
  if (!type.documents.some((d) => d.onlyWhen)) return type.documents.map(({ onlyWhen: _, ...d }) => d);
  const { rows } = await sql<{ applicant_is_insured: boolean }>`
    select exists (
      select 1 from servicing_request s join policy_party pp on pp.policy_id = s.policy_id and pp.role = 'insured' and pp.client_id = s.applicant_client_id
      where s.id = ${requestId}
    ) as applicant_is_insured`.execute(db);
  const applicantIsInsured = rows[0]?.applicant_is_insured ?? false;
  return type.documents.map(({ onlyWhen, ...d }) => (onlyWhen === 'applicantIsNotInsured' && applicantIsInsured ? { ...d, required: false } : d));
}

/** The required documents the request does not have yet (its checklist, R-SV-4); `except` those that come later. */
export async function missingDocuments(tx: TxContext, type: ServicingType, requestId: number, except: string[] = []): Promise<FieldProblem[]> {
  const wanted = (await requestChecklist(tx.trx, type, requestId)).filter((d) => d.required && !except.includes(d.typeCode)).map((d) => d.typeCode);
  if (!wanted.length) return [];
  const { rows } = await sql<{ type_code: string }>`
    select distinct type_code from document where entity_type = 'servicing' and entity_id = ${requestId} and type_code = any(${wanted}::text[])`.execute(tx.trx);
  const have = new Set(rows.map((r) => r.type_code));
  const missing = wanted.filter((c) => !have.has(c));
  if (!missing.length) return [];
  const typeRows = await tx.trx.selectFrom('document_type').select(['code', 'name', 'name_en']).where('code', 'in', missing).execute();
  // In the checklist's order, in the caller's language.
  const names = missing.map((code) => typeRows.find((r) => r.code === code)).map((r, i) => (r ? (tx.locale === 'en' ? r.name_en : r.name) : missing[i]!));
  return [{ path: 'documents', reason: 'documentsMissing', params: { documents: names.join(tx.locale === 'en' ? ', ' : '、') } }];
}
