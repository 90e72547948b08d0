import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPolicyDraft, hundredths, stateOnVerification, type PolicyDraft } from './policy-rules.js';
import { allowedStatusMoves } from './policy-lifecycle.js';

const draft = (over: Partial<PolicyDraft> = {}): PolicyDraft => ({
  policyNumber: 'P000123', productName: '终身寿险', lineOfBusiness: 'life', termType: 'long_term', sumInsured: '100000', premium: '5000',
  paymentFrequency: 'annual', paymentMode: 'cash', paymentYears: 10, bankAccount: null, applicationDate: '2025-01-01', issueDate: '2025-01-05',
  effectiveDate: '2025-01-06', endDate: null, insured: [{ clientId: 1, relation: 'self' }], beneficiaryDesignation: 'legal', beneficiaries: [],
  ...over,
});
const paths = (d: PolicyDraft, today = '2026-11-26') => checkPolicyDraft(d, today, null).problems.map((p) => p.path).sort();

describe('policy draft checks (R-PO-1, R-PO-3)', () => {
  it('accepts a complete draft and normalises number and money', () => {
    const { draft: d, problems } = checkPolicyDraft(draft({ policyNumber: ' p-000123 ', sumInsured: '100000.5' }), '2026-11-26', null);
    expect(problems).toEqual([]);
    expect(d).toMatchObject({ policyNumber: 'P-000123', sumInsured: '100000.50', premium: '5000.00' });
  });

  it('takes line and term from the catalogue product over the form', () => {
    const { draft: d } = checkPolicyDraft(draft({ lineOfBusiness: 'auto', termType: 'short_term' }), '2026-11-26', { lineOfBusiness: 'life', termType: 'long_term', name: '终身寿险（示例）' });
    expect(d).toMatchObject({ lineOfBusiness: 'life', termType: 'long_term', productName: '终身寿险（示例）' });
  });

  it('keeps the dates in order and the term within its type', () => {
    expect(paths(draft({ applicationDate: '2025-02-01' }))).toEqual(['effectiveDate', 'issueDate']);
    expect(paths(draft({ issueDate: '2027-01-01' }))).toEqual(['issueDate']);
    expect(paths(draft({ endDate: '2025-01-06' }))).toEqual(['endDate']);
    expect(paths(draft({ endDate: '2025-12-31' }))).toEqual(['endDate']); // long term, under a year
    expect(paths(draft({ termType: 'short_term', endDate: null }))).toEqual(['endDate']);
    expect(paths(draft({ termType: 'short_term', endDate: '2026-01-06' }))).toEqual([]); // 365 days
    expect(paths(draft({ termType: 'short_term', endDate: '2026-01-08' }))).toEqual(['endDate']);
    expect(paths(draft({ effectiveDate: '2025-02-30' }))).toEqual(['effectiveDate']);
  });

  it('asks for the account of an auto-debit and refuses payment years on a single premium', () => {
    expect(paths(draft({ paymentMode: 'auto_debit' }))).toEqual(['bankAccount']);
    expect(paths(draft({ paymentFrequency: 'single', paymentYears: 5 }))).toEqual(['paymentYears']);
    expect(paths(draft({ premium: '0' }))).toEqual(['premium']);
  });

  it('names beneficiaries only on personal lines, with a legal designation naming no one', () => {
    const one = [{ clientId: 2, name: null, idNumber: null, relation: 'spouse' as const, rank: 1, share: '100' }];
    expect(paths(draft({ beneficiaryDesignation: 'legal', beneficiaries: one }))).toEqual(['beneficiaries']);
    expect(paths(draft({ lineOfBusiness: 'auto', beneficiaryDesignation: 'named', beneficiaries: one }))).toEqual(['beneficiaryDesignation']);
    expect(paths(draft({ beneficiaryDesignation: 'named', beneficiaries: [] }))).toEqual(['beneficiaries']);
    expect(paths(draft({ beneficiaryDesignation: 'named', beneficiaries: one }))).toEqual([]);
  });

  it('accepts named beneficiaries exactly when the shares of every rank total 100 % (property)', () => {
    const share = fc.integer({ min: 1, max: 10_000 });
    fc.assert(
      fc.property(fc.array(fc.record({ rank: fc.integer({ min: 1, max: 3 }), share }), { minLength: 1, maxLength: 8 }), (list) => {
        const beneficiaries = list.map((b, i) => ({
          clientId: 10 + i, name: null, idNumber: null, relation: 'child' as const, rank: b.rank, share: `${Math.floor(b.share / 100)}.${String(b.share % 100).padStart(2, '0')}`,
        }));
        const totals = new Map<number, number>();
        for (const b of beneficiaries) totals.set(b.rank, (totals.get(b.rank) ?? 0) + hundredths(b.share));
        const exact = [...totals.values()].every((t) => t === 10_000);
        const problems = checkPolicyDraft(draft({ beneficiaryDesignation: 'named', beneficiaries }), '2026-11-26', null).problems;
        expect(problems.some((p) => p.reason === 'sharesNot100')).toBe(!exact);
      }),
    );
  });

  it('puts a verified policy in the state its dates give, and allows only the listed manual moves', () => {
    expect(stateOnVerification({ effectiveDate: '2026-12-01', endDate: null }, '2026-11-26')).toBe('verified');
    expect(stateOnVerification({ effectiveDate: '2026-01-01', endDate: '2026-12-31' }, '2026-11-26')).toBe('in_force');
    expect(stateOnVerification({ effectiveDate: '2025-01-01', endDate: '2025-12-31' }, '2026-11-26')).toBe('expired');
    expect(allowedStatusMoves('in_force')).toEqual(['lapsed', 'terminated']);
    expect(allowedStatusMoves('expired')).toEqual([]);
  });
});
