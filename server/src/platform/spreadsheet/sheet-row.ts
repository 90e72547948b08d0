import type ExcelJS from 'exceljs';

/** One row of a spreadsheet as text cells, with its row number as the spreadsheet shows it. */
export type SheetRow = {
  rowNumber: number;
  cells: string[];
  /** Columns (0-based) holding a number too long to be exact: an 18-digit ID typed into a number cell. */
  inexact?: number[];
};

/** A cell's value as the text a person sees: dates as YYYY-MM-DD (with the time when it has one). */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value == null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
  }
  return String(value as unknown).trim();
}

// Excel keeps a date-time without a zone; exceljs hands it over as that wall time in UTC.
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
