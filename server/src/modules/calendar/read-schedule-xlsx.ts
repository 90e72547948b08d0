import ExcelJS from 'exceljs';
import '../../platform/spreadsheet/chinese-date-formats.js';
import { invalid } from '../../platform/http/errors.js';

/**
 * Turns an uploaded spreadsheet into the pasted-text form `parseSchedule` reads, one row a
 * line: columns 日期 (a date cell, or text such as 2027-02-05~2027-02-11), 类型 (放假/上班),
 * 名称 and optionally 英文名称. A header row is recognised and skipped. Excel date cells are
 * read as calendar dates whatever the time zone of the machine that saved the file.
 */
export async function readScheduleXlsx(file: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    // Not a zip, a damaged one, or a zip that is no workbook (issue 9, item 3).
    throw invalid({ path: 'xlsxBase64', reason: 'fileUnreadable' });
  }
  const sheet = workbook.worksheets[0];
  // A zip with no worksheet (a .docx, an archive of other files) is no schedule, not an empty one.
  if (!sheet) throw invalid({ path: 'xlsxBase64', reason: 'fileUnreadable' });
  const lines: string[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells = [1, 2, 3, 4].map((i) => cellText(row.getCell(i).value));
    const [date = '', kind = '', nameZh = '', nameEn = ''] = cells;
    if (/^(日期|date)$/i.test(date)) return; // header
    lines.push(date || kind || nameZh ? `${date} ${kind} ${nameZh}${nameEn ? `/${nameEn}` : ''}` : '');
  });
  return lines.join('\n');
}

function cellText(value: ExcelJS.CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10); // Excel dates arrive as UTC midnight
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if (value && typeof value === 'object' && 'result' in value) return cellText(value.result as ExcelJS.CellValue);
  return value == null ? '' : String(value).trim();
}
