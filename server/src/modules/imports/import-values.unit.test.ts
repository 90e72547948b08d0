import { describe, expect, it } from 'vitest';
import { matchHeader, isSubHeader } from './import-header.js';
import { CLIENT_COLUMNS, GENDER_CHOICES } from '../clients/import/client-import-columns.js';
import { YES_NO, normaliseHeader, parseBeijingDateTime, parseChoice, parseDate } from './import-values.js';

// Reading cells as a clerk types them in Excel (R-PO-6).
describe('import cell values', () => {
  it('reads dates the ways Chinese spreadsheets write them, and refuses impossible ones', () => {
    for (const text of ['2026-1-5', '2026/01/05', '2026.1.5', '20260105', '2026年1月5日', '２０２６－０１－０５']) expect(parseDate(text), text).toBe('2026-01-05');
    for (const text of ['2026-01-05 00:00:00', '2026-01-05T00:00:00.0', '2026/1/5 0:00']) expect(parseDate(text), text).toBe('2026-01-05'); // exports of other systems
    for (const text of ['2026-02-30', '05/01/2026', '2026-13-01', 'soon', '', '2026-01-05 09:30:00']) expect(parseDate(text), text).toBeUndefined();
  });

  it('reads a date as Beijing midnight and a date-time as Beijing time', () => {
    expect(parseBeijingDateTime('2026-11-20')?.toISOString()).toBe('2026-11-19T16:00:00.000Z');
    expect(parseBeijingDateTime('2026/11/20 09:30')?.toISOString()).toBe('2026-11-20T01:30:00.000Z');
    expect(parseBeijingDateTime('2026-11-20 09:30:15.0')?.toISOString()).toBe('2026-11-20T01:30:15.000Z');
    expect(parseBeijingDateTime('2026-11-20 25:00')).toBeUndefined();
  });

  it('accepts the Chinese and English words of a choice in any case or width', () => {
    expect(parseChoice('女', GENDER_CHOICES)).toBe('female');
    expect(parseChoice(' Male ', GENDER_CHOICES)).toBe('male');
    expect(parseChoice('Ｆ', GENDER_CHOICES)).toBe('female');
    expect(parseChoice('是', YES_NO)).toBe('yes');
    expect(parseChoice('未知', GENDER_CHOICES)).toBeUndefined();
  });

  it('matches headers by Chinese, English or a common alias, ignoring the required marker and spaces', () => {
    expect(normaliseHeader(' 姓名/名称* ')).toBe(normaliseHeader('姓名/名称'));
    const { map, problems } = matchHeader(CLIENT_COLUMNS, { rowNumber: 1, cells: ['身份证号', 'Name', '手机号码', '备注', ''] });
    expect(problems).toEqual([]);
    expect([...map.index]).toEqual([['idNumber', 0], ['name', 1], ['mobile', 2]]);
    expect(map.ignored).toEqual(['备注']);
    expect(isSubHeader(CLIENT_COLUMNS, map, { rowNumber: 2, cells: ['ID number', 'Name', 'Mobile'] })).toBe(true);
    expect(isSubHeader(CLIENT_COLUMNS, map, { rowNumber: 2, cells: ['11010519491231002X', '王秀英', ''] })).toBe(false);
  });

  it('reports a missing required column and a column given twice', () => {
    const { problems } = matchHeader(CLIENT_COLUMNS, { rowNumber: 3, cells: ['证件号码', '身份证号'] });
    expect(problems).toEqual([
      { row: 3, column: '身份证号', reason: 'repeatedColumn', params: { column: '身份证号' } },
      { row: 3, column: '姓名/名称', reason: 'missingColumn', params: { column: '姓名/名称' } },
    ]);
  });
});
