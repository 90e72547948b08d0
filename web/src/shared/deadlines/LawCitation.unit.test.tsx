import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderWithApp } from '../../test/render';
import { lawCitation, localName } from '../format';
import { DeadlineBasis } from './DeadlineBasis';
import { LawCitation } from './LawCitation';

describe('law citations and names in the UI language (issue 11, item 5)', () => {
  afterEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('cites the law in English with the Chinese beside it, marked as Chinese', async () => {
    await i18n.changeLanguage('en');
    renderWithApp(<LawCitation lawRef="保险法第二十三条" lawRefEn="Insurance Law Art. 23" />);
    expect(screen.getByTestId('law-ref').textContent).toBe('Insurance Law Art. 23 (保险法第二十三条)');
    expect(screen.getByTestId('law-ref-zh').getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByTestId('law-ref-zh').textContent).toBe('(保险法第二十三条)');
  });

  it('cites the law in Chinese alone on Chinese screens, and as written when there is no English rendering', async () => {
    renderWithApp(<LawCitation lawRef="保险法第二十三条" lawRefEn="Insurance Law Art. 23" />);
    expect(screen.getByTestId('law-ref').textContent).toBe('保险法第二十三条');
    expect(screen.queryByTestId('law-ref-zh')).toBeNull();
    expect(lawCitation('某规定', null, 'en')).toEqual({ text: '某规定', zh: null });
  });

  it("a deadline's basis shows its law in English on English screens", async () => {
    await i18n.changeLanguage('en');
    renderWithApp(<DeadlineBasis basis={{ specId: 'R-RN-3', lawRef: '保险法第三十六条', lawRefEn: 'Insurance Law Art. 36', text: 'Suspension after 60 days' }} />);
    expect(screen.getByTestId('deadline-law-ref').textContent).toBe('Insurance Law Art. 36 (保险法第三十六条)');
  });

  it('localName takes a record or a name and its English form, the English only in English', () => {
    expect(localName('中国平安人寿保险股份有限公司', 'Ping An Life Insurance', 'en')).toBe('Ping An Life Insurance');
    expect(localName('中国平安人寿保险股份有限公司', 'Ping An Life Insurance', 'zh-CN')).toBe('中国平安人寿保险股份有限公司');
    expect(localName('自填产品', null, 'en')).toBe('自填产品');
    expect(localName({ name: '天河营业部', nameEn: 'Tianhe Office' }, 'en')).toBe('Tianhe Office');
  });
});
