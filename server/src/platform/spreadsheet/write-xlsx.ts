import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export type XlsxCell = string | number | boolean | Date | null;

export type XlsxColumn = {
  header: string;
  /** Characters; a width from the header when absent. */
  width?: number;
  /** Format the column as text ('@'): long numbers typed into it (ID numbers) stay exact. */
  text?: boolean;
  /** A comment on the header cell (e.g. what to enter). */
  comment?: string;
};

export type XlsxSheet = {
  name: string;
  columns: XlsxColumn[];
  /** Further header rows below the first, styled like it (e.g. the English headers). */
  subHeaders?: string[][];
  /** The data, streamed: a page of a database query at a time keeps memory flat. */
  rows: Iterable<XlsxCell[]> | AsyncIterable<XlsxCell[]>;
};

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };

/**
 * Write sheets with exceljs's streaming writer: each row is committed as it comes, so an
 * export of a large filtered list never holds the whole workbook in memory.
 */
export async function writeXlsx(sheets: XlsxSheet[], out: NodeJS.WritableStream): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as never, useSharedStrings: true, useStyles: true });
  for (const sheet of sheets) {
    const headerRows = 1 + (sheet.subHeaders?.length ?? 0);
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: headerRows }] });
    ws.columns = sheet.columns.map((c, i) => ({
      key: String(i),
      width: c.width ?? Math.min(40, Math.max(10, [...c.header].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 2))),
      ...(c.text && { style: { numFmt: '@' } }),
    }));
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    sheet.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      if (c.comment) cell.note = c.comment;
    });
    header.commit();
    for (const sub of sheet.subHeaders ?? []) {
      const row = ws.addRow(sub);
      row.eachCell((cell) => {
        cell.font = { italic: true, color: { argb: 'FF666666' } };
        cell.fill = HEADER_FILL;
      });
      row.commit();
    }
    for await (const values of sheet.rows) {
      const row = ws.addRow(values);
      sheet.columns.forEach((c, i) => {
        if (c.text) row.getCell(i + 1).numFmt = '@';
      });
      row.commit();
    }
    ws.commit();
  }
  await workbook.commit();
}

/** The workbook as a stream to send as a response body; an error while writing ends the stream with it. */
export function xlsxStream(sheets: XlsxSheet[]): Readable {
  const out = new PassThrough();
  writeXlsx(sheets, out).catch((err: unknown) => out.destroy(err as Error));
  return out;
}

/** The workbook in memory (templates, tests). */
export async function xlsxBuffer(sheets: XlsxSheet[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  await writeXlsx(sheets, out);
  await done;
  return Buffer.concat(chunks);
}
