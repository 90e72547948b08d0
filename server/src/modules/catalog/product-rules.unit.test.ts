import { describe, expect, it } from 'vitest';
import { checkProduct, deriveLongTermHealth, renderWarnings, type ProductFacts } from './product-rules.js';
import { demoCatalog } from './demo-catalog.js';
import { isServicePhone } from './catalog-access.js';

const base: ProductFacts = {
  lineOfBusiness: 'life', termType: 'long_term', longTermHealth: false,
  participating: false, investmentLinked: false, universal: false, hesitationPeriodDays: 15, gracePeriodDays: 60,
};
const reasons = (findings: { path: string; reason: string }[]) => findings.map((f) => `${f.path}:${f.reason}`);

describe('product rules (R-NB-8 hesitation, Art. 36 grace, R-NB-1 new-type products)', () => {
  it('long-term health needs a hesitation period of at least 15 days', () => {
    const ltc = { ...base, lineOfBusiness: 'health' as const, longTermHealth: true };
    expect(checkProduct({ ...ltc, hesitationPeriodDays: 15 }).errors).toEqual([]);
    expect(reasons(checkProduct({ ...ltc, hesitationPeriodDays: 14 }).errors)).toEqual(['hesitationPeriodDays:hesitationBelowLongTermHealthMinimum']);
    expect(reasons(checkProduct({ ...ltc, hesitationPeriodDays: null }).errors)).toEqual(['hesitationPeriodDays:hesitationBelowLongTermHealthMinimum']);
    // The error replaces the softer warning: no double message on the same field.
    expect(checkProduct({ ...ltc, hesitationPeriodDays: 5 }).warnings).toEqual([]);
  });

  it('health over one year is long-term health; only health can be', () => {
    expect(deriveLongTermHealth('health', 'long_term')).toBe(true);
    expect(deriveLongTermHealth('health', 'short_term')).toBe(false);
    expect(deriveLongTermHealth('health', 'short_term', true)).toBe(true); // guaranteed renewal keeps it
    expect(deriveLongTermHealth('life', 'long_term', true)).toBe(false);
    expect(reasons(checkProduct({ ...base, lineOfBusiness: 'health', longTermHealth: false }).errors)).toEqual(['longTermHealth:longTermHealthRequired']);
    expect(reasons(checkProduct({ ...base, longTermHealth: true }).errors)).toEqual(['longTermHealth:longTermHealthNotHealth']);
  });

  it('warns, without refusing, below 10 days for other life and health products', () => {
    const { errors, warnings } = checkProduct({ ...base, hesitationPeriodDays: 7 });
    expect(errors).toEqual([]);
    expect(reasons(warnings)).toEqual(['hesitationPeriodDays:hesitationPeriodShort']);
    expect(renderWarnings(warnings, 'zh-CN')[0]).toEqual({
      code: 'hesitationPeriodShort', path: 'hesitationPeriodDays',
      message: '犹豫期为 7 日，少于通常的 10 日，请与条款核对', basis: expect.stringContaining('10-15 日'),
    });
    expect(renderWarnings(warnings, 'en')[0]!.message).toBe('a hesitation period of 7 days is below the usual 10; check it against the policy wording');
    expect(checkProduct({ ...base, hesitationPeriodDays: 10 }).warnings).toEqual([]);
    expect(reasons(checkProduct({ ...base, hesitationPeriodDays: null }).warnings)).toEqual(['hesitationPeriodDays:hesitationPeriodMissing']);
    expect(checkProduct({ ...base, termType: 'short_term', hesitationPeriodDays: null }).warnings).toEqual([]);
  });

  it('non-life products need no hesitation period and get no warning', () => {
    for (const lineOfBusiness of ['property', 'auto', 'liability', 'accident', 'other'] as const) {
      expect(checkProduct({ ...base, lineOfBusiness, termType: 'short_term', hesitationPeriodDays: null })).toEqual({ errors: [], warnings: [] });
      expect(checkProduct({ ...base, lineOfBusiness, hesitationPeriodDays: 3 }).warnings).toEqual([]);
    }
  });

  it('keeps the grace period within 0-365 days', () => {
    expect(checkProduct({ ...base, gracePeriodDays: 0 }).errors).toEqual([]);
    expect(checkProduct({ ...base, gracePeriodDays: 365 }).errors).toEqual([]);
    expect(reasons(checkProduct({ ...base, gracePeriodDays: 366 }).errors)).toEqual(['gracePeriodDays:gracePeriodOutOfRange']);
    expect(reasons(checkProduct({ ...base, gracePeriodDays: -1 }).errors)).toEqual(['gracePeriodDays:gracePeriodOutOfRange']);
  });

  it('a product is at most one of participating, investment-linked, universal', () => {
    expect(checkProduct({ ...base, universal: true }).errors).toEqual([]);
    expect(reasons(checkProduct({ ...base, participating: true, investmentLinked: true, universal: true }).errors))
      .toEqual(['investmentLinked:newTypeProductExclusive', 'universal:newTypeProductExclusive']);
  });

  it('the demo catalogue passes every rule without warnings', () => {
    const { insurers, products } = demoCatalog();
    for (const p of products) {
      const facts: ProductFacts = {
        lineOfBusiness: p.lineOfBusiness, termType: p.termType, longTermHealth: deriveLongTermHealth(p.lineOfBusiness, p.termType),
        participating: p.participating ?? false, investmentLinked: p.investmentLinked ?? false, universal: p.universal ?? false,
        hesitationPeriodDays: p.hesitationPeriodDays, gracePeriodDays: 60,
      };
      expect(checkProduct(facts), p.code).toEqual({ errors: [], warnings: [] });
      expect(insurers.map((i) => i.code)).toContain(p.insurerCode);
    }
    expect(insurers.every((i) => isServicePhone(i.servicePhone))).toBe(true);
  });

  it('accepts service hotlines, 400 numbers and landlines as service phones', () => {
    for (const ok of ['95519', '400-820-8888', '4008-123-123', '020-12345678', '(010) 6655 8888', '13812345678']) expect(isServicePhone(ok), ok).toBe(true);
    for (const bad of ['abc', '12', '95519x', '123456789012345']) expect(isServicePhone(bad), bad).toBe(false);
  });
});
