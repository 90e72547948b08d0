/**
 * The laws and rules the deadline, catalogue and coverage rules cite (their `lawRef`, LAW.md), each
 * with its English rendering, written once (issue 11, item 5). English screens show the English
 * with the Chinese beside it — "Insurance Law Art. 23 (保险法第二十三条)" — since the Chinese text is
 * the authoritative one. A rule citing a law not listed here fails law-citations.unit.test.ts.
 */
export const LAW_CITATIONS: Readonly<Record<string, string>> = {
  保险法第十六条: 'Insurance Law Art. 16',
  保险法第二十三条: 'Insurance Law Art. 23',
  保险法第二十四条: 'Insurance Law Art. 24',
  保险法第二十五条: 'Insurance Law Art. 25',
  保险法第二十六条: 'Insurance Law Art. 26',
  保险法第三十六条: 'Insurance Law Art. 36',
  保险法第三十七条: 'Insurance Law Art. 37',
  保险法第四十七条: 'Insurance Law Art. 47',
  保险法第五十六条: 'Insurance Law Art. 56',
  '健康保险管理办法（2019）': 'Measures for the Administration of Health Insurance (2019)',
  人身保险业务相关规定: 'Regulations on personal insurance business',
  保险销售行为管理办法第三十六条: 'Measures for the Administration of Insurance Sales Conduct, Art. 36',
  银行保险机构投诉处理管理办法: 'Measures for Complaint Handling by Banking and Insurance Institutions',
  可回溯管理规定: 'Rules on traceable sales (recording and retention)',
};

/** The English rendering of a cited law, or null (no citation, or one not in the table). */
export function lawRefEn(lawRef: string | null): string | null {
  return lawRef === null ? null : LAW_CITATIONS[lawRef] ?? null;
}
