import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { withBuiltInFormats } from '../../../../tests/helpers/xlsx-built-in-formats.js';
import { csvText, decodeCsv, detectFormat, readSpreadsheetRows, SpreadsheetError, xlsxBuffer, type SheetRow } from './index.js';

const rows = async (bytes: Buffer) => {
  const out: SheetRow[] = [];
  for await (const r of readSpreadsheetRows(bytes)) out.push(r);
  return out;
};

describe('reading spreadsheets (R-PO-6)', () => {
  it('reads csv in UTF-8 with or without a byte order mark, in UTF-16 and in GB18030, with commas, tabs or semicolons', async () => {
    expect(decodeCsv(Buffer.from(csvText([['姓名'], ['张三']]))).encoding).toBe('utf-8');
    const gb = Buffer.from([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x31, 0x0a]); // "张三,1" in GB18030
    expect(decodeCsv(gb)).toEqual({ text: '张三,1\n', encoding: 'gb18030' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t手机\n张三\t1\n', 'utf16le')]);
    expect((await rows(utf16)).map((r) => r.cells)).toEqual([['姓名', '手机'], ['张三', '1']]);
    expect((await rows(Buffer.from('a;b\n"x;y";2\n'))).map((r) => r.cells)).toEqual([['a', 'b'], ['x;y', '2']]);
  });

  it('numbers csv rows as a spreadsheet does: a quoted line break stays in its row', async () => {
    const read = await rows(Buffer.from('姓名,地址\n张三,"广州市\n天河区"\n李四,深圳\n'));
    expect(read.map((r) => [r.rowNumber, r.cells[0]])).toEqual([[1, '姓名'], [2, '张三'], [3, '李四']]);
  });

  it('mixed line endings (CRLF template, rows added with LF or CR) are one row per line', async () => {
    const read = await rows(Buffer.from('姓名,手机\r\n张三,13800138000\r\n李四,13900139000\n王五,13700137000\r赵六,"广州\r\n天河"\r\n'));
    expect(read.map((r) => [r.rowNumber, ...r.cells])).toEqual([
      [1, '姓名', '手机'], [2, '张三', '13800138000'], [3, '李四', '13900139000'], [4, '王五', '13700137000'], [5, '赵六', '广州\r\n天河'],
    ]);
  });

  it('reads the first sheet of an Excel-ordered xlsx (shared strings after the sheet), dates as YYYY-MM-DD, lossy long numbers flagged', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('数据');
    sheet.addRow(['姓名', '生日', '证件号码', '手机']);
    sheet.addRow(['张三', new Date(Date.UTC(1990, 4, 6)), 440106199001011234, 13800138000]);
    workbook.addWorksheet('第二页').addRow(['不读']);
    const read = await rows(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read).toEqual([
      { rowNumber: 1, cells: ['姓名', '生日', '证件号码', '手机'] },
      { rowNumber: 2, cells: ['张三', '1990-05-06', expect.any(String), '13800138000'], inexact: [2] },
    ]);
    const streamed = await xlsxBuffer([{ name: 'x', columns: [{ header: '名称' }], rows: [['甲'], ['乙']] }]);
    expect((await rows(streamed)).map((r) => r.cells[0])).toEqual(['名称', '甲', '乙']);
  });

  it('reads the date formats Excel in Chinese saves as built-in ids (2026年1月5日, 1月5日, 2026年1月) as dates, not day numbers', async () => {
    const formats = { 'yyyy"年"m"月"d"日"': 31, 'm"月"d"日"': 58, 'yyyy"年"m"月"': 57, 'm-d-yy': 30 };
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('数据');
    sheet.addRow(['长日期', '月日', '年月', '短日期', '数字']);
    const row = sheet.addRow([...Object.keys(formats).map(() => new Date(Date.UTC(2026, 0, 5))), 46027]);
    Object.keys(formats).forEach((format, i) => (row.getCell(i + 1).numFmt = format));
    const file = await withBuiltInFormats(Buffer.from(await workbook.xlsx.writeBuffer()), formats); // the ids alone, as Excel saves them
    // Through the central directory and through the streaming fallback; a plain number stays a number.
    for (const bytes of [file, Buffer.concat([file, Buffer.alloc(70_000)])]) {
      expect((await rows(bytes))[1]!.cells).toEqual(['2026-01-05', '2026-01-05', '2026-01-05', '2026-01-05', '46027']);
    }
  });

  it('keeps every Chinese character of a large sheet, through the central directory and through the streaming fallback', async () => {
    const names = Array.from({ length: 6000 }, (_, i) => [`${'王李张刘陈杨黄赵'[i % 8]}${'秀英建华志强海燕'.slice(i % 6, (i % 6) + 2)}${i}`, `广东省广州市天河区体育西路${i}号`]);
    const file = await xlsxBuffer([{ name: '客户', columns: [{ header: '姓名' }, { header: '地址' }], rows: names }]);
    const expected = [['姓名', '地址'], ...names];
    expect((await rows(file)).map((r) => r.cells)).toEqual(expected);
    // Junk after the end record hides the central directory: the zip is then read as a stream.
    expect((await rows(Buffer.concat([file, Buffer.alloc(70_000)]))).map((r) => r.cells)).toEqual(expected);
  });

  it('refuses an old .xls and binary files', () => {
    expect(() => detectFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toThrow(SpreadsheetError);
    expect(() => detectFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toThrow(/notSpreadsheet/);
  });
});
