// The policy registry's rules as data (SPEC §2), each with its basis.
import type { LineOfBusiness } from '../catalog/catalog.tables.js';
import type { PolicyState } from './policies.tables.js';

/** R-PO-4: what verification compares with the client's own papers (seed 004 §3). */
export const VERIFY_FIELDS = ['insured', 'beneficiary', 'sumInsured', 'term', 'effectiveDate', 'endDate', 'insurerContact', 'premium'] as const;
export type VerifyField = (typeof VERIFY_FIELDS)[number];

/**
 * Changes a user makes with the status action, with what each means. The other moves are
 * made by steps: intake / review (registered ⇄ on hold), verification (→ verified, in force or
 * expired) and the daily job (verified → in force on the effective date, → expired after the end date).
 */
export const MANUAL_TRANSITIONS: ReadonlyArray<{ from: PolicyState[]; to: PolicyState; basis: string }> = [
  // 失效: unpaid after the grace period (Insurance Law Art. 36); the premiums module will do it automatically.
  { from: ['in_force'], to: 'lapsed', basis: 'R-RN-4, 保险法第三十六条' },
  // 复效: reinstated within two years (Insurance Law Art. 37).
  { from: ['lapsed'], to: 'in_force', basis: 'R-RN-5, 保险法第三十七条' },
  // 终止: surrender, cancellation in the hesitation period, full claim paid, insurer's rescission, …
  { from: ['registered', 'on_hold', 'verified', 'in_force', 'lapsed'], to: 'terminated', basis: 'R-PO-1' },
];

export function allowedTransitions(state: PolicyState): PolicyState[] {
  return MANUAL_TRANSITIONS.filter((t) => t.from.includes(state)).map((t) => t.to);
}

/**
 * 人身保险 lines: only these name beneficiaries (受益人, Insurance Law Art. 18, 39-42). Property,
 * auto and liability policies pay the insured or a third party.
 */
export const PERSONAL_LINES: readonly LineOfBusiness[] = ['life', 'health', 'accident'];

/** A short-term policy covers at most one year (plus the day it starts, as insurers write 00:00 to 24:00). */
export const SHORT_TERM_MAX_DAYS = 366;

/** 保单号: letters, digits and - / as insurers print them. */
export const POLICY_NUMBER_PATTERN = /^[A-Z0-9][A-Z0-9\-/]{3,39}$/;

/** 银行账号: 12-30 digits (debit cards 16-19; company accounts longer). */
export const BANK_ACCOUNT_PATTERN = /^[0-9]{12,30}$/;

/** State names for messages, in both languages. */
export const POLICY_STATE_TEXT: Record<PolicyState, { 'zh-CN': string; en: string }> = {
  registered: { 'zh-CN': '已登记', en: 'registered' },
  on_hold: { 'zh-CN': '暂缓登记', en: 'on hold' },
  verified: { 'zh-CN': '已核对（未生效）', en: 'verified (not yet in force)' },
  in_force: { 'zh-CN': '有效', en: 'in force' },
  lapsed: { 'zh-CN': '失效', en: 'lapsed' },
  terminated: { 'zh-CN': '终止', en: 'terminated' },
  expired: { 'zh-CN': '满期', en: 'expired' },
};
