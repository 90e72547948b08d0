import { describe, expect, it } from 'vitest';
import { amountInWords, yuan } from './amounts.js';

describe('amounts on a notice', () => {
  it('prints figures with ￥, thousands separators and two decimals', () => {
    expect(yuan('1150')).toBe('￥1,150.00');
    expect(yuan('1234567.5')).toBe('￥1,234,567.50');
    expect(yuan('0.05')).toBe('￥0.05');
    expect(yuan('999999999999.99')).toBe('￥999,999,999,999.99');
  });

  it('writes capital figures (大写金额) with the zeros a cheque writes', () => {
    expect(amountInWords('1150.00')).toBe('壹仟壹佰伍拾元整');
    expect(amountInWords('0')).toBe('零元整');
    expect(amountInWords('10')).toBe('壹拾元整');
    expect(amountInWords('100050')).toBe('壹拾万零伍拾元整');
    expect(amountInWords('100000005')).toBe('壹亿零伍元整');
    expect(amountInWords('100050000')).toBe('壹亿零伍万元整');
    expect(amountInWords('100000001000')).toBe('壹仟亿零壹仟元整');
    expect(amountInWords('101000')).toBe('壹拾万壹仟元整');
    expect(amountInWords('1005.05')).toBe('壹仟零伍元零伍分');
    expect(amountInWords('1200.50')).toBe('壹仟贰佰元伍角');
    expect(amountInWords('0.35')).toBe('叁角伍分');
    expect(amountInWords('995')).toBe('玖佰玖拾伍元整');
  });

  it('refuses what is not an exact amount', () => {
    expect(() => yuan('1.005')).toThrow();
    expect(() => amountInWords('-3')).toThrow();
  });
});
