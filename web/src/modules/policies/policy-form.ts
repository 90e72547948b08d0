import {
  PERSONAL_LINES, type BeneficiaryDesignation, type BeneficiaryInput, type LineOfBusiness, type NoticeInput, type PartyRelation,
  type PaymentFrequency, type PaymentMode, type PolicyDetail, type PolicyFieldsInput, type ReviewInput, type TermType,
} from './policies.api';
import type { TFunction } from 'i18next';
import type { LinkRelation } from '../clients/clients.api';

// The intake and edit forms' values and their translation to the API's bodies. Pure: no React.

export type InsuredRow = { clientId?: number; relation?: PartyRelation };
/** A beneficiary is a client of the archive, or a person given by name and ID number. */
export type BeneficiaryRow = {
  source: 'client' | 'person';
  clientId?: number;
  name?: string;
  idNumber?: string;
  relation?: PartyRelation;
  rank?: number;
  share?: string;
};
/** 初审 (R-PO-2): the three checks, each true (通过), false (不通过) or not yet answered. */
export const REVIEW_CHECKS = ['formatComplete', 'sealsPresent', 'noAlteration'] as const;
export type ReviewCheck = (typeof REVIEW_CHECKS)[number];
export type ReviewValues = Partial<Record<ReviewCheck, boolean>> & { note?: string };

/** The policy's own fields, shared by the intake (登记保单) and the edit dialog. */
export type PolicyFieldValues = {
  productId?: number | null;
  productName?: string;
  lineOfBusiness?: LineOfBusiness;
  termType?: TermType;
  sumInsured?: string;
  premium?: string;
  paymentFrequency?: PaymentFrequency;
  paymentMode?: PaymentMode;
  paymentYears?: number | null;
  bankAccount?: string;
  applicationDate?: string;
  issueDate?: string;
  effectiveDate?: string;
  endDate?: string;
  /** 终身: no end date. */
  wholeOfLife?: boolean;
  insured?: InsuredRow[];
  beneficiaryDesignation?: BeneficiaryDesignation;
  beneficiaries?: BeneficiaryRow[];
  agentId?: number | null;
};

export type IntakeValues = PolicyFieldValues & {
  orgUnitId?: number;
  policyholderId?: number;
  /** R-PO-1: the clerk checked the client's identity document; required, not sent. */
  identityChecked?: boolean;
  insurerId?: number;
  policyNumber?: string;
  /** datetime-local, Beijing time. */
  receivedAt?: string;
  review?: ReviewValues;
  holdNotice?: Partial<NoticeInput>;
};

const FAMILY: readonly LinkRelation[] = ['spouse', 'child', 'parent'];

/**
 * 与投保人关系 from the policyholder's household links (as the client page lists them, from the
 * policyholder's side: what the linked client is to them) — the server's rule: one family
 * relation, or 'other' for only non-family links; undefined when none or they disagree.
 */
export function relationFromHolderLinks(links: { clientId: number; relation: LinkRelation }[], insuredId: number): PartyRelation | undefined {
  const found = new Set(links.filter((l) => l.clientId === insuredId).map((l) => (FAMILY.includes(l.relation) ? (l.relation as PartyRelation) : 'other')));
  const family = [...found].filter((r) => r !== 'other');
  if (family.length === 1) return family[0];
  return family.length === 0 && found.size ? 'other' : undefined;
}
export const MONEY_PATTERN = /^[0-9]{1,14}(\.[0-9]{1,2})?$/;
export const SHARE_PATTERN = /^[0-9]{1,3}(\.[0-9]{1,2})?$/;

/** '500000' → '500000.00', '12.5' → '12.50'; anything else unchanged (the server names the problem). */
export function toMoney(value: string | undefined): string | undefined {
  const v = value?.trim().replace(/,/g, '');
  if (!v) return undefined;
  if (!MONEY_PATTERN.test(v)) return v;
  const [whole, fraction = ''] = v.split('.');
  return `${String(Number(whole))}.${fraction.padEnd(2, '0')}`;
}

/** '1234567.5' → '1,234,567.50' without going through floating point. */
export function formatMoney(value: string | null | undefined): string {
  if (!value) return '—';
  const [whole = '0', fraction = ''] = value.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}

/** A share as people write it: '40.00' → '40', '33.30' → '33.3'. */
export function formatShare(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** Hundredths of a percent, so that 33.33 + 33.33 + 33.34 is exactly 100. */
function shareUnits(share: string | undefined): number | null {
  const v = share?.trim();
  if (!v || !SHARE_PATTERN.test(v)) return null;
  const [whole = '0', fraction = ''] = v.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export type RankTotal = { rank: number; total: string; complete: boolean };

/** The live total per rank (顺位): each rank's shares must come to 100 %. */
export function shareTotals(rows: (Partial<BeneficiaryRow> | undefined)[] | undefined): RankTotal[] {
  const byRank = new Map<number, number>();
  for (const row of rows ?? []) {
    if (!row) continue;
    const rank = row.rank ?? 1;
    byRank.set(rank, (byRank.get(rank) ?? 0) + (shareUnits(row.share) ?? 0));
  }
  return [...byRank.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rank, units]) => ({ rank, total: `${Math.floor(units / 100)}${units % 100 ? `.${String(units % 100).padStart(2, '0')}` : ''}`, complete: units === 10_000 }));
}

export const isPersonalLine = (line: LineOfBusiness | undefined | null) => !!line && PERSONAL_LINES.includes(line);

/** A review passes only with every check answered 通过 (R-PO-2). */
export const reviewPassed = (r: ReviewValues | undefined) => REVIEW_CHECKS.every((c) => r?.[c] === true);

/** The checks answered 不通过; an unanswered check is neither passed nor failed. */
export const failedChecks = (r: ReviewValues | undefined): ReviewCheck[] => REVIEW_CHECKS.filter((c) => r?.[c] === false);

/** Only for a review whose checks were all answered (the form requires it); nothing is assumed here. */
export function toReviewInput(r: ReviewValues | undefined): ReviewInput {
  return {
    formatComplete: r?.formatComplete === true,
    sealsPresent: r?.sealsPresent === true,
    noAlteration: r?.noAlteration === true,
    note: r?.note?.trim() || null,
  };
}

export function toNoticeInput(n: Partial<NoticeInput> | undefined): NoticeInput | undefined {
  return n?.channel && n.content?.trim() ? { channel: n.channel, content: n.content.trim() } : undefined;
}

function toBeneficiary(row: BeneficiaryRow): BeneficiaryInput {
  const byClient = row.source === 'client';
  return {
    clientId: byClient ? (row.clientId ?? null) : null,
    name: byClient ? null : row.name?.trim() || null,
    idNumber: byClient ? null : row.idNumber?.trim().toUpperCase() || null,
    relation: row.relation ?? 'other',
    rank: row.rank ?? 1,
    share: row.share?.trim() ?? '',
  };
}

/**
 * The policy's fields as the API takes them. A product from the catalogue brings its own name,
 * line and term; without one they are sent as typed. Beneficiaries only for personal lines
 * with a named designation; the bank account only for automatic debit (blank keeps it on edit).
 */
export function toPolicyFields(v: PolicyFieldValues, { line }: { line: LineOfBusiness | undefined }): PolicyFieldsInput {
  const withProduct = !!v.productId;
  const named = isPersonalLine(line) && v.beneficiaryDesignation === 'named';
  const autoDebit = v.paymentMode === 'auto_debit';
  return {
    agentId: v.agentId ?? null,
    productId: v.productId ?? null,
    productName: withProduct ? null : v.productName?.trim() || null,
    lineOfBusiness: withProduct ? null : (v.lineOfBusiness ?? null),
    termType: withProduct ? null : (v.termType ?? null),
    sumInsured: toMoney(v.sumInsured),
    premium: toMoney(v.premium),
    paymentFrequency: v.paymentFrequency,
    paymentMode: v.paymentMode,
    paymentYears: v.paymentFrequency === 'single' ? null : (v.paymentYears ?? null),
    ...(autoDebit ? (v.bankAccount?.trim() ? { bankAccount: v.bankAccount.replace(/\s/g, '') } : {}) : { bankAccount: null }),
    applicationDate: v.applicationDate || null,
    issueDate: v.issueDate || null,
    effectiveDate: v.effectiveDate,
    endDate: v.wholeOfLife ? null : v.endDate || null,
    insured: (v.insured ?? []).filter((r) => r.clientId).map((r) => ({ clientId: r.clientId!, ...(r.relation && { relation: r.relation }) })),
    beneficiaryDesignation: named ? 'named' : 'legal',
    beneficiaries: named ? (v.beneficiaries ?? []).map(toBeneficiary) : [],
  };
}

/** The edit dialog starts from the record: the bank account blank (masked; blank keeps it). */
export function fieldValuesOf(p: PolicyDetail): PolicyFieldValues {
  const beneficiaries = p.parties.filter((x) => x.role === 'beneficiary');
  return {
    productId: p.productId,
    productName: p.productName,
    lineOfBusiness: p.lineOfBusiness,
    termType: p.termType,
    sumInsured: p.sumInsured,
    premium: p.premium,
    paymentFrequency: p.paymentFrequency,
    paymentMode: p.paymentMode,
    paymentYears: p.paymentYears,
    applicationDate: p.applicationDate ?? undefined,
    issueDate: p.issueDate ?? undefined,
    effectiveDate: p.effectiveDate,
    endDate: p.endDate ?? undefined,
    wholeOfLife: p.endDate === null,
    insured: p.parties.filter((x) => x.role === 'insured').map((x) => ({ clientId: x.clientId ?? undefined, relation: x.relation ?? undefined })),
    beneficiaryDesignation: p.beneficiaryDesignation,
    beneficiaries: beneficiaries.map((b) => ({
      source: b.clientId ? 'client' : 'person',
      clientId: b.clientId ?? undefined,
      name: b.clientId ? undefined : b.name,
      // A masked ID number cannot be sent back: the clerk types it again when editing that row.
      idNumber: undefined,
      relation: b.relation ?? undefined,
      rank: b.rank ?? 1,
      share: b.share ?? undefined,
    })),
    agentId: p.agentId,
  };
}

/**
 * The policy's state reason in the UI language: a system-written reason (its codes) said in the
 * language of the screen, joined as the language joins a list; a reason a user typed, as typed.
 */
export function stateReasonText(p: Pick<PolicyDetail, 'stateReason' | 'stateReasonCodes'>, t: TFunction): string | null {
  if (!p.stateReasonCodes?.length) return p.stateReason;
  return p.stateReasonCodes.map((code) => t(`policies.stateReasons.${code}`)).join(t('policies.stateReasons.joiner'));
}
