import { describe, expect, it } from 'vitest';
import { parseSchedule } from './parse-schedule.js';
import { withBuiltInFormats } from '../../../../tests/helpers/xlsx-built-in-formats.js';

describe('pasting a newly published year schedule', () => {
  it('reads single days, ranges, make-up days and bilingual names', () => {
    const { days, problems } = parseSchedule(
      ['2027-01-01 放假 元旦/New Year\'s Day', '2027-02-05~2027-02-07\t放假\t春节', '2027/2/14, 上班, 春节', '# a comment', ''].join('\n'),
      2027,
    );
    expect(problems).toEqual([]);
    expect(days.map((d) => [d.date, d.workingDay, d.nameZh])).toEqual([
      ['2027-01-01', false, '元旦'],
      ['2027-02-05', false, '春节'],
      ['2027-02-06', false, '春节'],
      ['2027-02-07', false, '春节'],
      ['2027-02-14', true, '春节'],
    ]);
    expect(days[0]!.nameEn).toBe("New Year's Day");
  });

  it('reports every bad line with its number, in both languages', () => {
    const { problems } = parseSchedule(['2027-02-30 放假 x', '2026-01-01 放假 元旦', '2027-03-01 加班 x', '2027-03-02 放假'].join('\n'), 2027);
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3, 4]);
    expect(problems[0]!.message['zh-CN']).toContain('第 1 行');
    expect(problems[2]!.message.en).toContain('must be 放假/off or 上班/work');
  });
});

describe('a year schedule from a spreadsheet', () => {
  it('reads date cells, range text, a header row and English names', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { readScheduleXlsx } = await import('./read-schedule-xlsx.js');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('2027');
    sheet.addRow(['日期', '类型', '名称', '英文名称']);
    sheet.addRow([new Date(Date.UTC(2027, 0, 1)), '放假', '元旦', "New Year's Day"]);
    sheet.addRow(['2027-02-05~2027-02-07', '放假', '春节', 'Spring Festival']);
    // A make-up day in the long date format of Excel in Chinese (built-in id 31: 2027年2月14日).
    sheet.addRow([new Date(Date.UTC(2027, 1, 14)), '上班', '春节', null]).getCell(1).numFmt = 'yyyy"年"m"月"d"日"';
    const text = await readScheduleXlsx(await withBuiltInFormats(Buffer.from(await workbook.xlsx.writeBuffer()), { 'yyyy"年"m"月"d"日"': 31 }));
    const { days, problems } = parseSchedule(text, 2027);
    expect(problems).toEqual([]);
    expect(days.map((d) => `${d.date} ${d.workingDay ? '上班' : '放假'} ${d.nameZh}`)).toEqual([
      '2027-01-01 放假 元旦', '2027-02-05 放假 春节', '2027-02-06 放假 春节', '2027-02-07 放假 春节', '2027-02-14 上班 春节',
    ]);
    expect(days[0]!.nameEn).toBe("New Year's Day");
  });
});
