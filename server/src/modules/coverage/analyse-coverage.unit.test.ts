import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LINES_OF_BUSINESS, type LineOfBusiness } from '../catalog/catalog.tables.js';
import { ageOn, analyseCoverage, type CoveragePolicy, type Member } from './analyse-coverage.js';
import { COVERAGE_RULES, GAP_RULES } from './coverage-rules.data.js';
import { renderCoverage } from './render-coverage.js';
import { sumMoney } from './sum-money.js';

// The coverage review's rules (R-PO-5, COV-1..10) on plain data: no database, no clock.
const TODAY = '2026-06-15';
const father: Member = { clientId: 1, name: '陈建国', relation: 'self', kind: 'person', gender: 'male', birthDate: '1986-03-15' };
const mother: Member = { clientId: 2, name: '林慧', relation: 'spouse', kind: 'person', gender: 'female', birthDate: '1988-07-01' };
const son: Member = { clientId: 3, name: '陈小明', relation: 'child', kind: 'person', gender: 'male', birthDate: '2016-06-16' };
const grandma: Member = { clientId: 4, name: '王秀英', relation: 'parent', kind: 'person', gender: 'female', birthDate: '1958-01-20' };
const household = [father, mother, son, grandma];

let nextId = 100;
function policy(over: Partial<CoveragePolicy> & { lineOfBusiness: LineOfBusiness; insuredClientIds: number[] }): CoveragePolicy {
  const id = over.id ?? ++nextId;
  return {
    id, internalNo: `GZ01-2026-${String(id).padStart(6, '0')}`, policyNumber: `P${id}`, productName: '示例产品', insurerName: '示例保险',
    termType: 'short_term', state: 'in_force', sumInsured: '100000.00', effectiveDate: '2026-01-01', endDate: '2026-12-31',
    lapsedOn: null, reinstatementUntil: null, ...over,
  };
}
const run = (policies: CoveragePolicy[], members: Member[] = household, today = TODAY) => analyseCoverage({ today, members, policies });
const ids = (a: ReturnType<typeof run>, clientId?: number) =>
  a.findings.filter((f) => clientId === undefined || f.clientId === clientId).map((f) => `${f.ruleId}:${f.line}`);
const cellOf = (a: ReturnType<typeof run>, clientId: number, line: LineOfBusiness) => a.cells.find((c) => c.clientId === clientId && c.line === line)!;

describe('ages and money', () => {
  it('counts full years on the Beijing date, the day before a birthday still the younger age', () => {
    expect(ageOn('1986-03-15', '2026-03-14')).toBe(39);
    expect(ageOn('1986-03-15', '2026-03-15')).toBe(40);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn(null, TODAY)).toBeNull();
    expect(ageOn('2030-01-01', TODAY)).toBeNull();
  });

  it('adds sums insured exactly, beyond what floating point keeps', () => {
    expect(sumMoney([])).toBe('0.00');
    expect(sumMoney(['0.1', '0.2'])).toBe('0.30');
    expect(sumMoney(['99999999999999.99', '0.01'])).toBe('100000000000000.00');
    expect(sumMoney(['500000', '12000.5'])).toBe('512000.50');
    expect(() => sumMoney(['1,000'])).toThrow(RangeError);
  });
});

describe('gaps (COV-3..6)', () => {
  it('a household without cover: breadwinners lack life/accident, everyone health, the child accident, the grandmother accident', () => {
    const a = run([]);
    expect(ids(a, 1)).toEqual(['COV-3:life', 'COV-4:health']);
    expect(ids(a, 2)).toEqual(['COV-3:life', 'COV-4:health']);
    expect(ids(a, 3)).toEqual(['COV-4:health', 'COV-5:accident']); // 9 today, 10 tomorrow
    expect(ids(a, 4)).toEqual(['COV-4:health', 'COV-6:accident']); // 68
    expect(cellOf(a, 1, 'life').status).toBe('gap');
    expect(cellOf(a, 1, 'accident').status).toBe('none');
    expect(cellOf(a, 3, 'accident').status).toBe('gap');
  });

  it('either life or accident cover closes the breadwinner gap; critical illness closes the health gap', () => {
    const a = run([
      policy({ lineOfBusiness: 'accident', insuredClientIds: [1] }),
      policy({ lineOfBusiness: 'life', termType: 'long_term', endDate: null, insuredClientIds: [2] }),
      policy({ lineOfBusiness: 'health', termType: 'long_term', endDate: null, insuredClientIds: [1, 2, 3] }),
    ]);
    expect(ids(a, 1)).toEqual([]);
    expect(ids(a, 2)).toEqual([]);
    expect(ids(a, 3)).toEqual(['COV-5:accident']);
    expect(cellOf(a, 2, 'life')).toMatchObject({ status: 'covered', totalSumInsured: '100000.00', nextExpiry: null });
  });

  it('judges age at the boundaries: 18 and 60 are working age, 17 is a minor, 61 is a senior', () => {
    const at = (birthDate: string) => ids(run([], [{ ...father, birthDate }]));
    expect(at('2008-06-15')).toEqual(['COV-3:life', 'COV-4:health']); // 18 today
    expect(at('2008-06-16')).toEqual(['COV-4:health', 'COV-5:accident']); // 17
    expect(at('1966-06-15')).toEqual(['COV-3:life', 'COV-4:health']); // 60
    expect(at('1965-06-15')).toEqual(['COV-4:health', 'COV-6:accident']); // 61
  });

  it('without a birth date only the age-free rule applies; an organisation has no gaps at all', () => {
    expect(ids(run([], [{ ...father, birthDate: null }]))).toEqual(['COV-4:health']);
    const org: Member = { clientId: 9, name: '示例科技有限公司', relation: 'self', kind: 'organisation', gender: null, birthDate: null };
    expect(run([], [org]).findings).toEqual([]);
  });

  it('pending and not-yet-started policies are shown but do not count: the gap stays and names them (COV-2)', () => {
    const pending = policy({ lineOfBusiness: 'health', state: 'registered', insuredClientIds: [1] });
    const later = policy({ lineOfBusiness: 'health', state: 'verified', effectiveDate: '2026-07-01', endDate: '2027-06-30', insuredClientIds: [1] });
    const a = run([pending, later], [father]);
    const cell = cellOf(a, 1, 'health');
    expect(cell.policies.map((p) => [p.standing, p.counts])).toEqual([['pending_verification', false], ['starts_later', false]]);
    expect(cell).toMatchObject({ status: 'gap', totalSumInsured: '0.00', nextExpiry: null });
    const gap = a.findings.find((f) => f.ruleId === 'COV-4')!;
    expect(gap.policyIds).toEqual([pending.id, later.id]);
    const zh = renderCoverage(a, 'zh-CN').findings.find((f) => f.ruleId === 'COV-4')!;
    expect(zh.message).toBe('陈建国没有有效的健康险（医疗 / 重疾）保障；另有 2 份保单待核对或尚未生效');
    // Only health pending: the accident/property cells without a gap are 'none', the life cell a gap.
    expect(cellOf(run([policy({ lineOfBusiness: 'auto', state: 'on_hold', insuredClientIds: [1] })], [father]), 1, 'auto').status).toBe('pending');
  });

  it('a lapsed policy, or one past its end date awaiting the expiry job, is no cover', () => {
    const a = run([
      policy({ lineOfBusiness: 'health', state: 'lapsed', insuredClientIds: [1] }),
      policy({ lineOfBusiness: 'life', state: 'in_force', termType: 'long_term', effectiveDate: '2010-01-01', endDate: '2026-06-14', insuredClientIds: [1] }),
    ], [father]);
    expect(ids(a)).toEqual(['COV-3:life', 'COV-4:health']);
    expect(cellOf(a, 1, 'life').policies[0]!.standing).toBe('ended');
  });
});

describe('overlaps (COV-7, COV-8)', () => {
  it('two short-term medical policies on one person with overlapping terms are an overlap', () => {
    const a = run([
      policy({ id: 1, lineOfBusiness: 'health', insuredClientIds: [1] }),
      policy({ id: 2, lineOfBusiness: 'health', effectiveDate: '2026-03-01', endDate: '2027-02-28', insuredClientIds: [1] }),
    ], [father]);
    expect(a.findings.filter((f) => f.kind === 'overlap')).toMatchObject([{ ruleId: 'COV-7', clientId: 1, line: 'health', policyIds: [1, 2] }]);
    expect(cellOf(a, 1, 'health')).toMatchObject({ status: 'overlap', totalSumInsured: '200000.00', nextExpiry: '2026-12-31' });
    expect(renderCoverage(a, 'en').findings.find((f) => f.kind === 'overlap')!.message).toBe(
      '陈建国 has 2 overlapping indemnity policies on Health (P1, P2): indemnity pays once; check whether they insure the same thing and the client is paying twice',
    );
  });

  it('life, critical illness and accident sums stack: never an overlap', () => {
    const a = run([
      policy({ lineOfBusiness: 'life', termType: 'long_term', endDate: null, insuredClientIds: [1] }),
      policy({ lineOfBusiness: 'life', termType: 'long_term', endDate: null, insuredClientIds: [1] }),
      policy({ lineOfBusiness: 'health', termType: 'long_term', endDate: null, insuredClientIds: [1] }),
      policy({ lineOfBusiness: 'health', insuredClientIds: [1] }),
      policy({ lineOfBusiness: 'accident', insuredClientIds: [1] }),
      policy({ lineOfBusiness: 'accident', insuredClientIds: [1] }),
    ], [father]);
    expect(a.findings).toEqual([]);
    expect(cellOf(a, 1, 'life').totalSumInsured).toBe('200000.00');
  });

  it('the compulsory motor policy goes with a commercial one; two commercial motor policies overlap', () => {
    const compulsory = policy({ lineOfBusiness: 'auto', productName: '机动车交通事故责任强制保险', insuredClientIds: [1] });
    const commercial = policy({ lineOfBusiness: 'auto', productName: '机动车商业保险', insuredClientIds: [1] });
    expect(run([compulsory, commercial], [father]).findings.filter((f) => f.kind === 'overlap')).toEqual([]);
    const second = policy({ lineOfBusiness: 'auto', productName: '机动车商业保险', insuredClientIds: [1] });
    expect(run([compulsory, commercial, second], [father]).findings.filter((f) => f.kind === 'overlap')[0]!.policyIds).toEqual([commercial.id, second.id]);
  });

  it('a renewal starting the day after is no overlap; a verified one starting before the old ends is', () => {
    const old = policy({ lineOfBusiness: 'property', insuredClientIds: [1] });
    const next = policy({ lineOfBusiness: 'property', state: 'verified', effectiveDate: '2027-01-01', endDate: '2027-12-31', insuredClientIds: [1] });
    expect(run([old, next], [father]).findings.filter((f) => f.kind === 'overlap')).toEqual([]);
    const early = { ...next, effectiveDate: '2026-10-01', endDate: '2027-09-30' };
    expect(run([old, early], [father]).findings.filter((f) => f.kind === 'overlap')[0]!.policyIds).toEqual([old.id, early.id]);
    // Different people are never an overlap of each other.
    expect(run([old, { ...early, insuredClientIds: [2] }]).findings.filter((f) => f.kind === 'overlap')).toEqual([]);
  });
});

describe('expiries and lapses (COV-9, COV-10)', () => {
  it('reminds of an in-force policy ending within 30 days, once, on the first insured member', () => {
    const soon = policy({ lineOfBusiness: 'accident', effectiveDate: '2025-07-01', endDate: '2026-06-30', insuredClientIds: [3, 1] });
    const later = policy({ lineOfBusiness: 'property', effectiveDate: '2025-07-16', endDate: '2026-07-16', insuredClientIds: [1] });
    const a = run([soon, later]);
    expect(a.findings.filter((f) => f.kind === 'expiring')).toMatchObject([{ ruleId: 'COV-9', clientId: 1, policyIds: [soon.id], params: { days: 15 } }]);
    expect(renderCoverage(a, 'zh-CN').findings.find((f) => f.kind === 'expiring')).toMatchObject({
      message: `P${soon.id}（示例产品）将于 2026-06-30 到期（还有 15 天），请联系客户续保`,
      basis: expect.stringContaining('R-RN-7'),
    });
    expect(cellOf(a, 3, 'accident').nextExpiry).toBe('2026-06-30');
  });

  it('says nothing when a verified renewal starts by the day after', () => {
    const soon = policy({ lineOfBusiness: 'auto', effectiveDate: '2025-07-01', endDate: '2026-06-30', insuredClientIds: [1] });
    const renewal = policy({ lineOfBusiness: 'auto', state: 'verified', effectiveDate: '2026-07-01', endDate: '2027-06-30', insuredClientIds: [1] });
    expect(run([soon, renewal], [father]).findings.filter((f) => f.kind === 'expiring')).toEqual([]);
    expect(run([soon, { ...renewal, state: 'registered' }], [father]).findings.filter((f) => f.kind === 'expiring')).toHaveLength(1);
  });

  it('a lapsed policy within its reinstatement window is a finding; past it, none', () => {
    const lapsed = policy({ lineOfBusiness: 'life', state: 'lapsed', termType: 'long_term', endDate: null, lapsedOn: '2025-03-01', reinstatementUntil: '2027-03-01', insuredClientIds: [1] });
    const a = run([lapsed], [father]);
    expect(a.findings.filter((f) => f.kind === 'lapsed')).toMatchObject([{ ruleId: 'COV-10', policyIds: [lapsed.id] }]);
    expect(renderCoverage(a, 'en').findings.find((f) => f.kind === 'lapsed')).toMatchObject({
      message: `P${lapsed.id} (示例产品) lapsed on 2025-03-01; it can be reinstated until 2027-03-01`,
      basis: expect.stringContaining('Art. 37'),
    });
    expect(run([{ ...lapsed, reinstatementUntil: '2026-06-14' }], [father]).findings.filter((f) => f.kind === 'lapsed')).toEqual([]);
  });
});

describe('the rules as written', () => {
  it('has ids COV-1… in order, each with text and basis in both languages', () => {
    expect(COVERAGE_RULES.map((r) => r.id)).toEqual(COVERAGE_RULES.map((_, i) => `COV-${i + 1}`));
    for (const r of COVERAGE_RULES) {
      for (const lang of ['zh-CN', 'en'] as const) {
        expect(r.text[lang].length, `${r.id} ${lang}`).toBeGreaterThan(20);
        expect(r.basis[lang], `${r.id} ${lang}`).toMatch(/R-[A-Z]{2}-\d/);
      }
    }
    const rendered = renderCoverage(run([]), 'en');
    expect(rendered.rules.find((r) => r.id === 'COV-1')!.text).toContain('group cover');
    expect(rendered.lines.map((l) => l.line)).toEqual([...LINES_OF_BUSINESS]);
    expect(renderCoverage(run([]), 'zh-CN').findings.every((f) => f.basis.startsWith('R-PO-5'))).toBe(true);
  });
});

describe('properties', () => {
  const member = fc.record({
    clientId: fc.integer({ min: 1, max: 4 }),
    birthDate: fc.option(fc.date({ min: new Date('1930-01-01'), max: new Date('2026-06-15'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
  });
  const arbPolicy = fc.record({
    lineOfBusiness: fc.constantFrom(...LINES_OF_BUSINESS),
    termType: fc.constantFrom('short_term' as const, 'long_term' as const),
    state: fc.constantFrom('registered' as const, 'on_hold' as const, 'verified' as const, 'in_force' as const, 'lapsed' as const),
    effectiveDate: fc.constantFrom('2025-01-01', '2026-01-01', '2026-06-15', '2026-08-01'),
    endDate: fc.constantFrom(null, '2026-06-14', '2026-06-30', '2026-12-31', '2027-07-31'),
    sumInsured: fc.integer({ min: 0, max: 10_000_000 }).map((n) => (n / 100).toFixed(2)),
    insured: fc.subarray([1, 2, 3, 4], { minLength: 1 }),
  }).map((p) => policy({ ...p, insuredClientIds: p.insured, endDate: p.endDate !== null && p.endDate <= p.effectiveDate ? null : p.endDate }));
  const members = fc.uniqueArray(member, { selector: (m) => m.clientId, minLength: 1 })
    .map((ms) => ms.map((m, i) => ({ ...household[m.clientId - 1]!, birthDate: m.birthDate, relation: i === 0 ? ('self' as const) : household[m.clientId - 1]!.relation })));

  it('adding an in-force policy never adds a gap', () => {
    fc.assert(
      fc.property(members, fc.array(arbPolicy, { maxLength: 8 }), arbPolicy, (ms, policies, extra) => {
        const gaps = (ps: CoveragePolicy[]) => new Set(run(ps, ms).findings.filter((f) => f.kind === 'gap').map((f) => `${f.ruleId}:${f.clientId}`));
        const before = gaps(policies);
        const after = gaps([...policies, { ...extra, state: 'in_force', effectiveDate: '2026-01-01', endDate: null }]);
        expect([...after].filter((g) => !before.has(g))).toEqual([]);
      }),
    );
  });

  it('a cell is a gap exactly when a gap finding names it; totals add up the counted policies only', () => {
    fc.assert(
      fc.property(members, fc.array(arbPolicy, { maxLength: 10 }), (ms, policies) => {
        const a = run(policies, ms);
        for (const c of a.cells) {
          const gap = a.findings.some((f) => f.kind === 'gap' && f.clientId === c.clientId && f.line === c.line);
          expect(c.status === 'gap').toBe(gap);
          if (gap) expect(c.policies.some((p) => p.counts)).toBe(false);
          expect(c.totalSumInsured).toBe(sumMoney(c.policies.filter((p) => p.counts).map((p) => p.sumInsured)));
        }
        expect(a.findings.every((f) => GAP_RULES.some((r) => r.id === f.ruleId) === (f.kind === 'gap'))).toBe(true);
      }),
    );
  });
});
