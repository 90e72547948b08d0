import { describe, expect, it } from 'vitest';
import { clientNameKeys, pinyinTerm } from './name-keys.js';

describe('client name keys (拼音检索, issue 11 item 6)', () => {
  it('reads a name as full pinyin and initials, lower case, without tones or spaces', () => {
    expect(clientNameKeys('王小明')).toEqual({ pinyin: 'wangxiaoming', initials: 'wxm' });
    expect(clientNameKeys('欧阳娜娜')).toEqual({ pinyin: 'ouyangnana', initials: 'oynn' });
  });

  it('reads a polyphonic surname as a surname', () => {
    expect(clientNameKeys('曾小贤')).toEqual({ pinyin: 'zengxiaoxian', initials: 'zxx' });
    expect(clientNameKeys('单田芳')).toEqual({ pinyin: 'shantianfang', initials: 'stf' });
    expect(clientNameKeys('解缙')).toEqual({ pinyin: 'xiejin', initials: 'xj' });
  });

  it('writes ü as v, keeps latin words and digits, drops punctuation', () => {
    expect(clientNameKeys('吕绿')).toEqual({ pinyin: 'lvlv', initials: 'll' });
    expect(clientNameKeys('Smith 李·Ａnn')).toEqual({ pinyin: 'smithliann', initials: 'sla' });
    expect(clientNameKeys('广州1号科技（有限）公司', 'organisation').pinyin).toBe('guangzhou1haokejiyouxiangongsi');
  });

  it('takes a latin term as pinyin, syllables apart or together; anything else is not one', () => {
    expect(pinyinTerm(' Wang Xiao ')).toBe('wangxiao');
    expect(pinyinTerm("xi'an")).toBe('xian');
    expect(pinyinTerm('WXM')).toBe('wxm');
    expect(pinyinTerm('王小明')).toBeNull();
    expect(pinyinTerm('1234')).toBeNull();
    expect(pinyinTerm('')).toBeNull();
  });
});
