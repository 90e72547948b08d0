import type { PolicyPartyRow } from './policies.tables.js';
import type { VerifyField } from './policy-rules.data.js';
import type { Locale } from '../../platform/http/locale.js';

/** How a value with no number is read out, in the reader's language. */
const SPOKEN = {
  legalHeirs: { 'zh-CN': '法定', en: 'legal heirs' },
  wholeOfLife: { 'zh-CN': '终身', en: 'whole of life' },
} as const;

/**
 * R-PO-4: the value on the policy of each field verification compares, as a clerk reads it
 * aloud to the client ("insured: 张三; sum insured: 500000.00; term: 2026-01-01 – 2046-12-31").
 */
export function verifyFieldValues(
  p: { sum_insured: string; premium: string; effective_date: string; end_date: string | null; beneficiary_designation: string; insurer_service_phone: string | null },
  parties: Pick<PolicyPartyRow, 'role' | 'name' | 'rank' | 'share'>[],
  locale: Locale,
): Record<VerifyField, string | null> {
  const insured = parties.filter((x) => x.role === 'insured').map((x) => x.name).join('、');
  const beneficiaries = p.beneficiary_designation === 'legal'
    ? SPOKEN.legalHeirs[locale]
    : parties.filter((x) => x.role === 'beneficiary').map((x) => `${x.name} ${x.rank}/${x.share}%`).join('、');
  return {
    insured,
    beneficiary: beneficiaries,
    sumInsured: p.sum_insured,
    term: `${p.effective_date} – ${p.end_date ?? SPOKEN.wholeOfLife[locale]}`,
    effectiveDate: p.effective_date,
    endDate: p.end_date,
    insurerContact: p.insurer_service_phone,
    premium: p.premium,
  };
}
