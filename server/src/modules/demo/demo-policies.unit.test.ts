import { describe, expect, it } from 'vitest';
import { demoCatalog } from '../catalog/demo-catalog.js';
import { toDayNumber } from '../calendar/dates.js';
import { checkPolicyDraft, hundredths } from '../policies/policy-rules.js';
import { BANK_ACCOUNT_PATTERN, PERSONAL_LINES, POLICY_NUMBER_PATTERN, SHORT_TERM_MAX_DAYS } from '../policies/policy-rules.data.js';
import { demoBlock, type DemoLink } from './demo-clients.js';
import { demoPolicyBlock, POLICIES_PER_BLOCK, toPolicyDraft, type DemoClock, type DemoPolicy } from './demo-policies.js';

const OFFICES = ['FS01', 'FS02', 'GZ01', 'GZ02', 'SZ01', 'SZ02'];
const clock: DemoClock = { now: new Date('2026-11-26T02:30:00Z'), today: '2026-11-26' };
const product = new Map(demoCatalog().products.map((p) => [p.code, p]));
const blocks = (from: number, to: number, at = clock) =>
  Array.from({ length: to - from }, (_, i) => {
    const block = demoBlock(from + i, OFFICES);
    return { ...block, policies: demoPolicyBlock(from + i, block, at) };
  });
const days = (from: string, to: string) => toDayNumber(to) - toDayNumber(from);

// Demo policies (R-PO-1..5): every one would pass the intake form, dates and states agree, deterministic.
describe('demo policies', () => {
  // The first blocks, and blocks near a million policies (41 667 blocks of 24).
  const sample = [...blocks(0, 300), ...blocks(41_400, 41_700)];
  const policies = sample.flatMap((b) => b.policies);

  it('gives every block exactly 24 policies, numbered in order, the same ones whatever was generated before', () => {
    expect(policies).toHaveLength(600 * POLICIES_PER_BLOCK);
    for (const b of [0, 7, 41_699]) {
      const block = sample.find((s) => s.policies[0]!.k === b * POLICIES_PER_BLOCK)!;
      expect(block.policies.map((p) => p.k)).toEqual(Array.from({ length: POLICIES_PER_BLOCK }, (_, i) => b * POLICIES_PER_BLOCK + i));
    }
    const again = JSON.stringify(demoPolicyBlock(299, demoBlock(299, OFFICES), clock));
    blocks(0, 3);
    expect(JSON.stringify(demoPolicyBlock(299, demoBlock(299, OFFICES), clock))).toBe(again);
  });

  it('passes the intake checks (checkPolicyDraft, R-PO-1..3) for every policy', () => {
    for (const p of policies) {
      const { draft, product: info } = toPolicyDraft(p);
      const checked = checkPolicyDraft(draft, clock.today, info);
      expect(checked.problems, `${p.k} ${p.productCode}`).toEqual([]);
      expect(checked.draft.policyNumber).toBe(p.policyNumber); // already normalised
      expect(checked.draft.sumInsured).toBe(p.sumInsured);
    }
  });

  it('numbers policies uniquely per insurer in the insurer’s style, and on another day keeps the same numbers', () => {
    const many = blocks(0, 4000).flatMap((b) => b.policies);
    const keys = many.map((p) => `${p.insurerCode}|${p.policyNumber}`);
    expect(new Set(keys).size).toBe(many.length);
    const style: Record<string, RegExp> = {
      CHINALIFE: /^244010\d{9}$/, PINGAN: /^P\d{14}$/, CPIC: /^AGUZ\d{9}[HL]$/, PICC: /^(PDAA|PEAE)44010\d{9}$/, TAIKANG: /^8600\d{10}$/, NCI: /^XH44\d{9}$/,
    };
    for (const p of many.slice(0, 5000)) {
      expect(p.policyNumber).toMatch(style[p.insurerCode]!);
      expect(p.policyNumber).toMatch(POLICY_NUMBER_PATTERN);
      expect(product.get(p.productCode)!.insurerCode).toBe(p.insurerCode);
    }
    // Planned on a fixed day and moved to today: the same policies, states and intervals on any day.
    const later = demoPolicyBlock(5, demoBlock(5, OFFICES), { now: new Date('2027-08-01T03:00:00Z'), today: '2027-08-01' });
    const moved = days(clock.today, '2027-08-01');
    expect(later.map((p) => [p.policyNumber, p.state])).toEqual(sample[5]!.policies.map((p) => [p.policyNumber, p.state]));
    expect(later.map((p) => days(p.effectiveDate, '2027-08-01'))).toEqual(sample[5]!.policies.map((p) => days(p.effectiveDate, clock.today)));
    expect(days(sample[5]!.policies[0]!.issueDate, later[0]!.issueDate)).toBe(moved);
  });

  it('lays dates out in order and in the past, term types respected (R-PO-3)', () => {
    for (const p of policies) {
      expect(p.applicationDate <= p.issueDate && p.issueDate <= p.effectiveDate && p.issueDate <= clock.today).toBe(true);
      const term = product.get(p.productCode)!.termType;
      if (term === 'short_term') expect(days(p.effectiveDate, p.endDate!)).toBeLessThanOrEqual(SHORT_TERM_MAX_DAYS);
      else if (p.endDate !== null) expect(days(p.effectiveDate, p.endDate)).toBeGreaterThan(SHORT_TERM_MAX_DAYS);
      expect(p.receivedAt.getTime()).toBeLessThanOrEqual(clock.now.getTime());
      expect(p.receivedAt.getTime()).toBeGreaterThanOrEqual(Date.parse(`${p.issueDate}T00:00:00+08:00`));
      expect(p.stateChangedAt.getTime()).toBeGreaterThanOrEqual(p.receivedAt.getTime());
      expect(p.stateChangedAt.getTime()).toBeLessThanOrEqual(clock.now.getTime());
      if (p.verifiedAt) expect(p.verifiedAt.getTime()).toBeGreaterThanOrEqual(p.receivedAt.getTime());
    }
  });

  it('gives states that agree with the dates: intake, future, in force, lapsed, terminated, expired', () => {
    const count = new Map<string, number>();
    for (const p of policies) {
      count.set(p.state, (count.get(p.state) ?? 0) + 1);
      const ended = p.endDate !== null && p.endDate < clock.today;
      if (p.state === 'registered' || p.state === 'on_hold') {
        expect(p.verifiedAt).toBeNull();
        expect(clock.now.getTime() - p.receivedAt.getTime()).toBeLessThan(3 * 86_400_000); // fresh intake work
        expect(p.review.formatComplete && p.review.sealsPresent && p.review.noAlteration).toBe(p.state === 'registered');
        expect(p.holdNotice !== null).toBe(p.state === 'on_hold');
        if (p.state === 'on_hold') expect(p.stateReason).toMatch(/印章不齐|格式不完整|涂改/);
        continue;
      }
      expect(p.verifiedAt).not.toBeNull();
      if (p.state === 'verified') expect(p.effectiveDate > clock.today).toBe(true);
      if (p.state === 'in_force') expect(p.effectiveDate <= clock.today && !ended).toBe(true);
      if (p.state === 'expired') expect(ended).toBe(true);
      if (p.state === 'lapsed' || p.state === 'terminated') {
        expect(product.get(p.productCode)!.termType).toBe('long_term');
        expect(p.stateReason).toBeTruthy();
        if (p.state === 'lapsed') expect(p.paymentFrequency).not.toBe('single');
      }
    }
    const share = (state: string) => (count.get(state) ?? 0) / policies.length;
    expect(share('in_force')).toBeGreaterThan(0.8);
    for (const state of ['verified', 'lapsed', 'terminated', 'expired', 'registered', 'on_hold']) expect(share(state), state).toBeGreaterThan(0.003);
    expect(share('registered') + share('on_hold')).toBeLessThan(0.05); // few deadlines in the demo
  });

  it('insures the policyholder or a linked household member; names beneficiaries only on life policies, shares totalling 100 % per rank', () => {
    const relation = (links: DemoLink[], x: number, y: number) => {
      if (x === y) return 'self';
      for (const l of links) {
        if (l.relation === 'spouse' && ((l.client === x && l.related === y) || (l.client === y && l.related === x))) return 'spouse';
        if (l.relation === 'child' && l.related === x && l.client === y) return 'child';
        if (l.relation === 'child' && l.client === x && l.related === y) return 'parent';
      }
      return null;
    };
    let named = 0;
    for (const block of sample) {
      const kind = new Map(block.clients.map((c) => [c.n, c.kind]));
      for (const p of block.policies) {
        expect(kind.has(p.holder)).toBe(true);
        for (const i of p.insured) expect(relation(block.links, i.n, p.holder)).toBe(i.relation);
        const line = product.get(p.productCode)!.lineOfBusiness;
        if (kind.get(p.holder) === 'organisation') expect(p.productCode).toBe('PI-EMP02');
        if (!p.beneficiaries.length) continue;
        named++;
        expect(line).toBe('life');
        expect(PERSONAL_LINES).toContain(line);
        const byRank = new Map<number, number>();
        for (const b of p.beneficiaries) {
          expect(b.n).not.toBe(p.insured[0]!.n);
          expect(relation(block.links, b.n, p.insured[0]!.n)).toBe(b.relation);
          byRank.set(b.rank, (byRank.get(b.rank) ?? 0) + hundredths(b.share));
        }
        for (const total of byRank.values()) expect(total).toBe(10_000);
      }
    }
    const life = policies.filter((p) => product.get(p.productCode)!.lineOfBusiness === 'life').length;
    expect(named / life).toBeGreaterThan(0.15);
    expect(named / life).toBeLessThan(0.8);
  });

  it('debits premiums only from a 16-19 digit, Luhn-valid account of the payer', () => {
    const luhn = (digits: string) => [...digits].reverse().reduce((s, c, i) => {
      const d = Number(c) * (i % 2 ? 2 : 1);
      return s + (d > 9 ? d - 9 : d);
    }, 0) % 10 === 0;
    for (const p of policies) {
      if (p.paymentMode !== 'auto_debit') {
        expect(p.bankAccount).toBeNull();
        continue;
      }
      expect(p.bankAccount).toMatch(/^\d{16,19}$/);
      expect(p.bankAccount).toMatch(BANK_ACCOUNT_PATTERN);
      expect(luhn(p.bankAccount!)).toBe(true);
      if (p.paymentFrequency === 'single') expect(p.paymentYears).toBeNull();
    }
    expect(policies.filter((p) => p.paymentMode === 'auto_debit').length).toBeGreaterThan(policies.length / 5);
  });

  it('prices by line: medical and accident cheap, life and critical illness dearer, employer’s liability by headcount', () => {
    const median = (code: string, f: (p: DemoPolicy) => number) => {
      const xs = policies.filter((p) => p.productCode === code).map(f).sort((a, b) => a - b);
      return xs[Math.floor(xs.length / 2)]!;
    };
    const annual = (p: DemoPolicy) => Number(p.premium) * ({ single: 1, annual: 1, semiannual: 2, quarterly: 4, monthly: 12 }[p.paymentFrequency]);
    expect(median('PA-MED02', annual)).toBeGreaterThan(200);
    expect(median('PA-MED02', annual)).toBeLessThan(3000);
    expect(median('PA-MED02', (p) => Number(p.sumInsured))).toBeGreaterThanOrEqual(2_000_000);
    expect(median('PA-ACC03', annual)).toBeLessThan(1000);
    expect(median('CL-WL01', annual)).toBeGreaterThan(5000);
    expect(median('CL-CI03', (p) => Number(p.sumInsured))).toBeGreaterThanOrEqual(200_000);
    expect(median('PI-EMP02', (p) => Number(p.sumInsured))).toBeGreaterThan(5_000_000);
  });

  // R-PO-5: the coverage review has something to say about demo households.
  it('leaves gaps and overlaps in household cover: members without health cover, two medical policies on one person', () => {
    let gaps = 0;
    let overlaps = 0;
    let expiring = 0;
    for (const block of sample) {
      const current = block.policies.filter((p) => p.state === 'in_force');
      for (const c of block.clients.filter((x) => x.kind === 'person')) {
        const mine = current.filter((p) => p.insured.some((i) => i.n === c.n));
        if (!mine.some((p) => product.get(p.productCode)!.lineOfBusiness === 'health')) gaps++;
        if (mine.filter((p) => p.productCode === 'PA-MED02').length >= 2) overlaps++;
      }
      expiring += current.filter((p) => p.endDate !== null && days(clock.today, p.endDate) <= 30).length;
    }
    expect(gaps).toBeGreaterThan(600 * 15 * 0.2);
    expect(overlaps).toBeGreaterThan(50);
    expect(expiring).toBeGreaterThan(50);
  });
});
