import { describe, expect, it } from 'vitest';
import { relationFromLinks, settleInsuredRelations } from './insured-relations.js';

// 被保险人与投保人关系 from the archive's household links (R-CL-3), never assumed.
describe('an insured\u2019s relation to the policyholder', () => {
  it('reads a link from either side: the policyholder\u2019s child is the child, however the link was stored', () => {
    expect(relationFromLinks([{ insuredIsRelated: true, relation: 'child' }])).toBe('child');
    expect(relationFromLinks([{ insuredIsRelated: false, relation: 'parent' }])).toBe('child');
    expect(relationFromLinks([{ insuredIsRelated: false, relation: 'child' }])).toBe('parent');
    expect(relationFromLinks([{ insuredIsRelated: false, relation: 'spouse' }])).toBe('spouse');
  });

  it('takes an employment link as "other", a family link over it, and nothing from no link or disagreeing ones', () => {
    expect(relationFromLinks([{ insuredIsRelated: true, relation: 'employee' }])).toBe('other');
    expect(relationFromLinks([{ insuredIsRelated: true, relation: 'employee' }, { insuredIsRelated: false, relation: 'spouse' }])).toBe('spouse');
    expect(relationFromLinks([])).toBeNull();
    expect(relationFromLinks([{ insuredIsRelated: true, relation: 'spouse' }, { insuredIsRelated: true, relation: 'child' }])).toBeNull();
  });

  it('is "self" for the policyholder only; a relation neither given nor linked is a problem', () => {
    const linked = new Map([['1|3', 'spouse' as const], ['1|4', null]]);
    const settled = settleInsuredRelations(1, [
      { clientId: 1, relation: null }, { clientId: 3, relation: null }, { clientId: 4, relation: null }, { clientId: 5, relation: 'self' },
      { clientId: 1, relation: 'child' }, { clientId: 6, relation: 'parent' },
    ], linked);
    expect(settled.relations).toEqual(['self', 'spouse', null, null, null, 'parent']);
    expect(settled.problems).toEqual([
      { index: 2, reason: 'insuredRelationRequired' },
      { index: 3, reason: 'relationSelfNotPolicyholder' },
      { index: 4, reason: 'relationMustBeSelf' },
    ]);
  });
});
