import { decodeCsv, readCsvRows } from './read-csv.js';
import { readXlsxRows } from './read-xlsx.js';
import type { SheetRow } from './sheet-row.js';

export type { SheetRow } from './sheet-row.js';
export type SpreadsheetFormat = 'xlsx' | 'csv';

/** Why a file could not be read at all (as opposed to a row with bad values). */
export class SpreadsheetError extends Error {
  override readonly name = 'SpreadsheetError';
  constructor(readonly code: 'legacyXls' | 'notSpreadsheet' | 'unreadable', detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // Excel 97-2003 .xls
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** xlsx by its zip signature; else csv (text). An old binary .xls is refused with a way out. */
export function detectFormat(bytes: Buffer): SpreadsheetFormat {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE)) throw new SpreadsheetError('legacyXls');
  // Text has no NUL bytes, except UTF-16 (which has a byte order mark).
  const probe = bytes.subarray(0, 4096);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && probe.includes(0)) throw new SpreadsheetError('notSpreadsheet');
  return 'csv';
}

export type ReadProgress = (done: number, total: number) => void;

/**
 * The rows of an uploaded spreadsheet (xlsx: its first worksheet), streamed, as text cells.
 * The bytes stay in memory: nothing is written to disk (the files hold personal data).
 */
export async function* readSpreadsheetRows(bytes: Buffer, onProgress?: ReadProgress): AsyncGenerator<SheetRow> {
  const format = detectFormat(bytes);
  const rows = format === 'xlsx' ? readXlsxRows(bytes, onProgress) : readCsvRows(decodeCsv(bytes).text, onProgress);
  try {
    yield* rows;
  } catch (err) {
    if (err instanceof SpreadsheetError) throw err;
    throw new SpreadsheetError('unreadable', err instanceof Error ? err.message : String(err));
  }
}
