import { describe, expect, it } from 'vitest';
import {
  isValidMobile,
  isValidResidentId,
  isValidUnifiedSocialCreditCode,
  normaliseMobile,
  residentIdInfo,
} from './identifiers.js';

describe('resident ID number 居民身份证号码 (LAW.md identifiers, R-CL-6)', () => {
  it('accepts the LAW.md example, also with a lower-case x', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
  });

  it('rejects a wrong check character', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false);
  });

  it('rejects an impossible birth date (19490230) even with a matching check character', () => {
    // Check character recomputed for the altered digits, so only the date is wrong.
    const body = '11010519490230002';
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
    expect(isValidResidentId(body + '10X98765432'[sum % 11])).toBe(false);
  });

  it('rejects wrong lengths and non-digits', () => {
    expect(isValidResidentId('11010519491231002')).toBe(false);
    expect(isValidResidentId('1101051949123100X2')).toBe(false);
    expect(isValidResidentId('')).toBe(false);
  });

  it('reads birth date and gender (17th digit odd = male)', () => {
    expect(residentIdInfo('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'female' });
    expect(residentIdInfo('110105194912310021')).toBeNull();
  });

  it('reads male from an odd 17th digit', () => {
    const body = '11010519800101001';
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
    expect(residentIdInfo(body + '10X98765432'[sum % 11])).toEqual({ birthDate: '1980-01-01', gender: 'male' });
  });
});

describe('unified social credit code 统一社会信用代码 (LAW.md identifiers)', () => {
  it.each(['91350100M000100Y43', '9144030071526726XG'])('accepts the LAW.md example %s', (code) => {
    expect(isValidUnifiedSocialCreditCode(code)).toBe(true);
  });

  it.each(['91350100M000100Y44', '9144030071526726XH', '91350100M000100Y4', '91350100I000100Y43'])(
    'rejects %s (wrong check character, length or letter outside the alphabet)',
    (code) => {
      expect(isValidUnifiedSocialCreditCode(code)).toBe(false);
    },
  );
});

describe('mobile number 手机号 (LAW.md identifiers)', () => {
  it.each([
    ['13812341234', '13812341234'],
    ['+8613812341234', '13812341234'],
    ['+86 138-1234-1234', '13812341234'],
    ['0086 138 1234 1234', '13812341234'],
  ])('%s normalises to %s', (typed, normalised) => {
    expect(normaliseMobile(typed)).toBe(normalised);
    expect(isValidMobile(typed)).toBe(true);
  });

  it.each(['12812341234', '1381234123', '138123412345', '010-12345678', '+1 13812341234'])('rejects %s', (typed) => {
    expect(normaliseMobile(typed)).toBeNull();
    expect(isValidMobile(typed)).toBe(false);
  });
});
