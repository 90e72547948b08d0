import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { toChange } from './ChangeFields';

// What the new-request form sends as a request's change (issue 12, item 1): blanks are not changes,
// dates travel as text, a designation "by law" names no beneficiaries.
describe('toChange', () => {
  it('leaves blanks out and sends nothing when nothing is given', () => {
    expect(toChange(undefined)).toBeUndefined();
    expect(toChange({ mobile: '  ', address: '' })).toBeUndefined();
    expect(toChange({ mobile: ' 13912345678 ', address: '' })).toEqual({ mobile: '13912345678' });
  });

  it('sends the birth date as a date and the premium adjustment as given', () => {
    expect(toChange({ birthDate: dayjs('1985-03-07'), premium: '3288.50', premiumDifference: '-120' })).toEqual({ birthDate: '1985-03-07', premium: '3288.50', premiumDifference: '-120' });
  });

  it('names beneficiaries only when they are named', () => {
    const beneficiaries = [{ name: ' 李秀英 ', relation: 'spouse' as const, rank: 1, share: '100', idNumber: '' }];
    expect(toChange({ beneficiaryDesignation: 'named', beneficiaries })).toEqual({
      beneficiaryDesignation: 'named', beneficiaries: [{ name: '李秀英', relation: 'spouse', rank: 1, share: '100', idNumber: null }],
    });
    expect(toChange({ beneficiaryDesignation: 'legal', beneficiaries })).toEqual({ beneficiaryDesignation: 'legal' });
  });
});
