// The policy registry's checks (R-PO-1..4): pure functions over a whole draft, so that a form
// or an import row gets every problem in one answer. References (clients, insurer, product,
// agent) are checked against the database in policy-refs.ts.
import type { FieldProblem } from '../../platform/http/errors.js';
import { blindIndex, encryptField, isValidResidentId, type Keyring } from '../../platform/pii/index.js';
import { isIsoDate, toDayNumber } from '../calendar/dates.js';
import type { LineOfBusiness, TermType } from '../catalog/catalog.tables.js';
import type { BeneficiaryDesignation, PartyRelation, PaymentFrequency, PaymentMode } from './policies.tables.js';
import { BANK_ACCOUNT_PATTERN, PERSONAL_LINES, POLICY_NUMBER_PATTERN, SHORT_TERM_MAX_DAYS } from './policy-rules.data.js';

/** Encryption contexts (table.column). */
export const CONTEXT = { bankAccount: 'policy.bank_account', partyIdNumber: 'policy_party.id_number' } as const;

export type BeneficiaryDraft = {
  clientId: number | null;
  name: string | null;
  idNumber: string | null;
  relation: PartyRelation;
  rank: number;
  /** Percent as exact text, e.g. '33.33'. */
  share: string;
};

/** Every field of a policy as one whole (existing values with a change applied). */
export type PolicyDraft = {
  policyNumber: string;
  productName: string | null;
  lineOfBusiness: LineOfBusiness | null;
  termType: TermType | null;
  sumInsured: string;
  premium: string;
  paymentFrequency: PaymentFrequency;
  paymentMode: PaymentMode;
  paymentYears: number | null;
  bankAccount: string | null;
  applicationDate: string | null;
  issueDate: string | null;
  effectiveDate: string;
  endDate: string | null;
  insured: { clientId: number; relation: PartyRelation }[];
  beneficiaryDesignation: BeneficiaryDesignation;
  beneficiaries: BeneficiaryDraft[];
};

const blank = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());
/** Exact decimal text → hundredths as an integer (no floating point on money or shares). */
export const hundredths = (v: string) => {
  const [whole, frac = ''] = v.split('.');
  return Number(whole) * 100 + Number((frac + '00').slice(0, 2));
};
const fromHundredths = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

/**
 * Check a draft and return it normalised (upper-case policy number, trimmed texts, money with
 * two decimals). `product` is the catalogue product when one is named: its line and term win.
 */
export function checkPolicyDraft(
  input: PolicyDraft,
  today: string,
  product: { lineOfBusiness: LineOfBusiness; termType: TermType; name: string } | null,
  /** A product was named but not found: its own error says so; the fields it would fill are not asked for. */
  productMissing = false,
): { draft: PolicyDraft; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const d: PolicyDraft = {
    ...input,
    policyNumber: input.policyNumber.normalize('NFKC').trim().toUpperCase(),
    productName: product?.name ?? blank(input.productName),
    lineOfBusiness: product?.lineOfBusiness ?? input.lineOfBusiness,
    termType: product?.termType ?? input.termType,
    bankAccount: blank(input.bankAccount)?.replace(/[\s-]/g, '') ?? null,
    applicationDate: blank(input.applicationDate),
    issueDate: blank(input.issueDate),
    endDate: blank(input.endDate),
    beneficiaries: input.beneficiaries.map((b) => ({ ...b, name: blank(b.name), idNumber: blank(b.idNumber)?.toUpperCase() ?? null })),
  };

  if (!POLICY_NUMBER_PATTERN.test(d.policyNumber)) problems.push({ path: 'policyNumber', reason: 'invalidPolicyNumber' });
  if (!product && !productMissing) {
    if (!d.productName) problems.push({ path: 'productName', reason: 'required' });
    if (!d.lineOfBusiness) problems.push({ path: 'lineOfBusiness', reason: 'required' });
    if (!d.termType) problems.push({ path: 'termType', reason: 'required' });
  }
  for (const path of ['sumInsured', 'premium'] as const) {
    if (!/^[0-9]{1,14}(\.[0-9]{1,2})?$/.test(d[path])) problems.push({ path, reason: 'invalidAmount' });
    else d[path] = fromHundredths(hundredths(d[path]));
  }
  if (d.premium === '0.00') problems.push({ path: 'premium', reason: 'mustBePositive' });

  // 缴费: a single premium has no payment years; a debit needs the account.
  if (d.paymentFrequency === 'single' && d.paymentYears !== null && d.paymentYears !== 1) problems.push({ path: 'paymentYears', reason: 'singlePremiumYears' });
  if (d.paymentMode === 'auto_debit' && d.bankAccount === null) problems.push({ path: 'bankAccount', reason: 'required' });
  if (d.bankAccount !== null && !BANK_ACCOUNT_PATTERN.test(d.bankAccount)) problems.push({ path: 'bankAccount', reason: 'invalidBankAccount' });

  checkDates(d, today, problems);
  checkParties(d, problems);
  return { draft: d, problems };
}

// R-PO-3 "date order": application ≤ issue; issue not in the future; the term ends after it
// starts and fits the term type.
function checkDates(d: PolicyDraft, today: string, problems: FieldProblem[]) {
  const dates = ['applicationDate', 'issueDate', 'effectiveDate', 'endDate'] as const;
  let allValid = true;
  for (const path of dates) {
    const v = d[path];
    if (v !== null && !isIsoDate(v)) {
      problems.push({ path, reason: 'invalidDate' });
      allValid = false;
    }
  }
  if (!allValid) return;
  if (d.applicationDate !== null && d.applicationDate > today) problems.push({ path: 'applicationDate', reason: 'dateInFuture' });
  if (d.issueDate !== null && d.issueDate > today) problems.push({ path: 'issueDate', reason: 'dateInFuture' });
  if (d.applicationDate !== null && d.issueDate !== null && d.applicationDate > d.issueDate) {
    problems.push({ path: 'issueDate', reason: 'dateBefore', params: { other: { 'zh-CN': '投保日期', en: 'the application date' } } });
  }
  if (d.applicationDate !== null && d.applicationDate > d.effectiveDate) {
    problems.push({ path: 'effectiveDate', reason: 'dateBefore', params: { other: { 'zh-CN': '投保日期', en: 'the application date' } } });
  }
  if (d.endDate !== null && d.endDate <= d.effectiveDate) {
    problems.push({ path: 'endDate', reason: 'dateNotAfter', params: { other: { 'zh-CN': '生效日期', en: 'the effective date' } } });
    return;
  }
  if (d.termType === 'short_term') {
    if (d.endDate === null) problems.push({ path: 'endDate', reason: 'shortTermNeedsEnd' });
    else if (toDayNumber(d.endDate) - toDayNumber(d.effectiveDate) > SHORT_TERM_MAX_DAYS) problems.push({ path: 'endDate', reason: 'shortTermTooLong' });
  } else if (d.termType === 'long_term' && d.endDate !== null && toDayNumber(d.endDate) - toDayNumber(d.effectiveDate) <= SHORT_TERM_MAX_DAYS) {
    problems.push({ path: 'endDate', reason: 'longTermTooShort' });
  }
}

// R-PO-1 parties: at least one insured, no one twice; named beneficiaries only on personal lines,
// each identified, and the shares of each rank total exactly 100 %.
function checkParties(d: PolicyDraft, problems: FieldProblem[]) {
  if (d.insured.length === 0) problems.push({ path: 'insured', reason: 'required' });
  const seen = new Set<number>();
  d.insured.forEach((p, i) => {
    if (seen.has(p.clientId)) problems.push({ path: `insured.${i}.clientId`, reason: 'listedTwice' });
    seen.add(p.clientId);
  });
  problems.push(...beneficiaryProblems(d));
}

/**
 * The beneficiaries of a policy (R-PO-1; a beneficiary change of 保全 asks the same, LAW.md Art. 39-41):
 * none when the law decides (法定), otherwise each identified and each rank's shares total 100 %.
 * Paths are relative to the list's form (`beneficiaries.<i>.share`); `prefix` puts them under another.
 */
export function beneficiaryProblems(
  d: Pick<PolicyDraft, 'beneficiaryDesignation' | 'lineOfBusiness' | 'beneficiaries'>,
  prefix = '',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (path: string) => `${prefix}${path}`;
  if (d.beneficiaryDesignation === 'legal') {
    if (d.beneficiaries.length) problems.push({ path: at('beneficiaries'), reason: 'legalHasNoBeneficiaries' });
    return problems;
  }
  if (d.lineOfBusiness && !PERSONAL_LINES.includes(d.lineOfBusiness)) {
    problems.push({ path: at('beneficiaryDesignation'), reason: 'beneficiariesPersonalLinesOnly' });
    return problems;
  }
  if (!d.beneficiaries.length) {
    problems.push({ path: at('beneficiaries'), reason: 'required' });
    return problems;
  }
  const byRank = new Map<number, number>();
  d.beneficiaries.forEach((b, i) => {
    if (b.clientId === null && b.name === null) problems.push({ path: at(`beneficiaries.${i}.name`), reason: 'required' });
    if (b.clientId === null && b.idNumber !== null && /^[0-9]{17}[0-9X]$/.test(b.idNumber) && !isValidResidentId(b.idNumber)) {
      problems.push({ path: at(`beneficiaries.${i}.idNumber`), reason: 'invalidResidentId' });
    }
    const share = hundredths(b.share);
    if (share <= 0 || share > 10_000) problems.push({ path: at(`beneficiaries.${i}.share`), reason: 'invalidShare' });
    byRank.set(b.rank, (byRank.get(b.rank) ?? 0) + share);
  });
  for (const [rank, total] of byRank) {
    if (total !== 10_000) {
      const i = d.beneficiaries.findIndex((b) => b.rank === rank);
      problems.push({ path: at(`beneficiaries.${i}.share`), reason: 'sharesNot100', params: { rank, total: fromHundredths(total) } });
    }
  }
  return problems;
}

export function sealBankAccount(keyring: Keyring, value: string | null): string | null {
  return value === null ? null : encryptField(keyring, value, { context: CONTEXT.bankAccount });
}

export function sealPartyIdNumber(keyring: Keyring, value: string | null) {
  return {
    id_number_enc: value === null ? null : encryptField(keyring, value, { context: CONTEXT.partyIdNumber }),
    id_number_bidx: value === null ? null : blindIndex(keyring, { kind: 'idNumber', value }),
  };
}

/** The state a verified policy is in on `today` (R-PO-3: expiry tracked). */
export function stateOnVerification(d: { effectiveDate: string; endDate: string | null }, today: string): 'verified' | 'in_force' | 'expired' {
  if (d.endDate !== null && d.endDate < today) return 'expired';
  return d.effectiveDate <= today ? 'in_force' : 'verified';
}
