import type { Text } from '../../platform/lifecycle/lifecycle.js';

/**
 * 保管期限 — how long a kind of document is kept, with its basis (SPEC R-CB-11, R-SE-4; LAW.md
 * "Sales recordings": from the contract's end ≥ 5 years for terms ≤ 1 year, ≥ 10 years for longer
 * ones, ≥ 2 years after a dispute ends; complaint records likely 3 years after closure — unsure).
 */
export const RETENTION_CLASSES: readonly { code: string; label: Text; basis: string }[] = [
  { code: 'contract_plus_5y', label: { zh: '合同终止后 5 年', en: '5 years after the contract ends' }, basis: 'R-CB-11 (term ≤ 1 year)' },
  { code: 'contract_plus_10y', label: { zh: '合同终止后 10 年', en: '10 years after the contract ends' }, basis: 'R-CB-11 (term > 1 year)' },
  { code: 'closure_plus_3y', label: { zh: '办结后 3 年', en: '3 years after closure' }, basis: 'LAW.md complaints (unsure)' },
  { code: 'permanent', label: { zh: '永久', en: 'permanently' }, basis: '—' },
];

export const RETENTION_CLASS_CODES = RETENTION_CLASSES.map((c) => c.code) as [string, ...string[]];
