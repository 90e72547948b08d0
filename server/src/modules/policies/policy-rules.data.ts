// The policy registry's rules as data (SPEC §2), each with its basis.
import type { LineOfBusiness } from '../catalog/catalog.tables.js';
import type { PolicyState } from './policies.tables.js';

/** R-PO-4: what verification compares with the client's own papers (seed 004 §3). */
export const VERIFY_FIELDS = ['insured', 'beneficiary', 'sumInsured', 'term', 'effectiveDate', 'endDate', 'insurerContact', 'premium'] as const;
export type VerifyField = (typeof VERIFY_FIELDS)[number];
export const VERIFY_FIELD_TEXT: Record<VerifyField, string> = {
  insured: '被保险人', beneficiary: '受益人', sumInsured: '保险金额', term: '保险期间', effectiveDate: '生效日期', endDate: '满期日期',
  insurerContact: '保险公司联系方式', premium: '保费',
};

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
