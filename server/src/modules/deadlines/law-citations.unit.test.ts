import { describe, expect, it } from 'vitest';
import { PENDING_MODULE_RULES } from './deadline-rules.data.js';
import { LAW_CITATIONS, lawRefEn } from './law-citations.data.js';
import { CLIENT_DEADLINE_RULES } from '../clients/clients.deadline-rules.js';
import { POLICY_DEADLINE_RULES } from '../policies/policies.deadline-rules.js';
import { CATALOG_RULES } from '../catalog/catalog-rules.data.js';
import { COVERAGE_RULES } from '../coverage/coverage-rules.data.js';
import { checkProduct, renderWarnings } from '../catalog/product-rules.js';

const CJK = /[\u3400-\u9fff]/;

describe('law citations in English (issue 11, item 5)', () => {
  it('every law a deadline, catalogue or coverage rule cites has an English rendering', () => {
    const cited = [
      ...PENDING_MODULE_RULES, ...CLIENT_DEADLINE_RULES, ...POLICY_DEADLINE_RULES, ...Object.values(CATALOG_RULES), ...COVERAGE_RULES,
    ].map((r) => r.lawRef).filter((l): l is string => l !== null);
    expect(cited.length).toBeGreaterThan(10);
    const missing = [...new Set(cited)].filter((l) => lawRefEn(l) === null);
    expect(missing).toEqual([]);
  });

  it('the English renderings are English, and the article numbers match the Chinese', () => {
    for (const [zh, en] of Object.entries(LAW_CITATIONS)) {
      expect(en, zh).not.toMatch(CJK);
      if (zh.startsWith('保险法第')) expect(en).toMatch(/^Insurance Law Art\. \d+$/);
    }
    expect(lawRefEn('保险法第二十三条')).toBe('Insurance Law Art. 23');
    expect(lawRefEn('保险法第三十六条')).toBe('Insurance Law Art. 36');
    expect(lawRefEn(null)).toBeNull();
    expect(lawRefEn('某某规定')).toBeNull();
  });

  it("a catalogue warning's basis cites the law in English with the Chinese beside it, and in Chinese alone in zh-CN", () => {
    const { warnings } = checkProduct({
      lineOfBusiness: 'life', termType: 'long_term', longTermHealth: false, participating: false, investmentLinked: false,
      universal: false, hesitationPeriodDays: 5, gracePeriodDays: 60,
    });
    const [en] = renderWarnings(warnings, 'en');
    expect(en!.basis).toBe('Personal insurance hesitation periods are generally 10-15 days from the signed policy receipt — Regulations on personal insurance business (人身保险业务相关规定)');
    expect(renderWarnings(warnings, 'zh-CN')[0]!.basis).toBe('人身保险犹豫期一般为 10-15 日，自投保人签收保单回执起算 — 人身保险业务相关规定');
  });
});
