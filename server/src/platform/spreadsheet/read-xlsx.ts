import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellText, type SheetRow } from './sheet-row.js';
import './chinese-date-formats.js';
import { entryBuffer, entryStream, zipDirectory, type ZipEntry } from './zip-entries.js';

// exceljs's streaming reader, driven part by part. Its own pass over the zip has two faults
// with the files Excel writes: every worksheet that precedes `sharedStrings.xml` (as in Excel's
// files) is parked in a temporary file until the strings are known — the clear text of ID
// numbers on disk — and it decodes each chunk of XML on its own, so a Chinese character split
// between two chunks becomes U+FFFD (a few hundred names in 100,000 rows). Here the parts are
// found through the zip's central directory and read in the order needed (relations, workbook,
// shared strings, styles, then the first sheet streamed), as text decoded across chunk
// boundaries; nothing touches the disk. A zip the directory reader does not handle is read as
// a stream in two passes instead. exceljs 4.4's part parsers are used as they are (unchanged
// since 2023; the unit tests read Excel-ordered files with Chinese text, so a change shows).
// They are private, so exceljs is pinned exactly; exceljs-internals.unit.test.ts checks them.
const requireFromExcelJs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const unzipper = requireFromExcelJs('unzipper') as { Parse(options: { forceStream: boolean }): NodeJS.ReadWriteStream };
const iterateStream = requireFromExcelJs('./lib/utils/iterate-stream.js') as (stream: NodeJS.ReadableStream) => AsyncIterable<unknown>;

type Part = NodeJS.ReadableStream;
type RowLike = { number: number; values: ExcelJS.CellValue[] };
type ReaderInternals = {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  sharedStrings?: unknown[];
  _parseRels(part: Part): Promise<void>;
  _parseWorkbook(part: Part): Promise<void>;
  _parseSharedStrings(part: Part): AsyncIterable<unknown>;
  _parseStyles(part: Part): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Iterable<{ eventType: string; value: AsyncIterable<RowLike> }>;
};

const SMALL_PARTS = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'] as const;
const CHUNK = 64 * 1024;

/**
 * The rows of the first worksheet of an xlsx file, as text cells (dates as YYYY-MM-DD, formulas
 * as their cached result). `onBytes` reports progress through the file.
 */
export async function* readXlsxRows(bytes: Buffer, onBytes?: (read: number, total: number) => void): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore',
  }) as unknown as ReaderInternals;
  const directory = zipDirectory(bytes);
  const sheet = directory ? await partsFromDirectory(reader, directory) : await partsFromStream(reader, bytes);
  const rows = directory
    ? sheetFromDirectory(reader, directory, sheet, onBytes)
    : sheetFromStream(reader, bytes, sheet, onBytes);
  for await (const row of rows) yield toSheetRow(row);
}

/** The path and number of the first sheet in workbook order. */
function firstSheet(reader: ReaderInternals): { path: string; no: string } {
  const first = reader.model?.sheets?.[0];
  const target = reader.workbookRels?.find((r) => r.Id === first?.rId)?.Target.replace(/^\/?xl\//, '');
  const path = target ? `xl/${target}` : 'xl/worksheets/sheet1.xml';
  return { path, no: /sheet(\d+)\.xml$/.exec(path)?.[1] ?? '1' };
}

/** XML text, decoded across chunk boundaries (exceljs passes strings through as they are). */
const asText = (stream: NodeJS.ReadableStream) => stream.setEncoding('utf8');

async function readSmallPart(reader: ReaderInternals, name: (typeof SMALL_PARTS)[number], part: Part) {
  if (name === 'xl/_rels/workbook.xml.rels') await reader._parseRels(part);
  else if (name === 'xl/workbook.xml') await reader._parseWorkbook(part);
  else if (name === 'xl/sharedStrings.xml') for await (const _ of reader._parseSharedStrings(part)); // cached on the reader
  else await reader._parseStyles(part);
}

async function partsFromDirectory(reader: ReaderInternals, directory: Map<string, ZipEntry>) {
  for (const name of SMALL_PARTS) {
    const entry = directory.get(name);
    if (entry) await readSmallPart(reader, name, Readable.from(textChunks(entryBuffer(entry).toString('utf8'))));
  }
  reader.sharedStrings ??= [];
  return firstSheet(reader);
}

/** A text in pieces of about CHUNK characters (never splitting a surrogate pair): the XML parser collects a piece's events at once. */
function* textChunks(text: string) {
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + CHUNK);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
    yield text.slice(i, end);
    i = end;
  }
}

async function* sheetFromDirectory(reader: ReaderInternals, directory: Map<string, ZipEntry>, sheet: { path: string; no: string }, onBytes?: (read: number, total: number) => void) {
  const entry = directory.get(sheet.path);
  if (!entry) return;
  let read = 0;
  const stream = asText(entryStream(entry, (n) => onBytes?.((read += n), entry.compressed.length)));
  for (const { eventType, value } of reader._parseWorksheet(iterateStream(stream), sheet.no)) {
    if (eventType === 'worksheet') yield* value;
  }
}

// ——— fallback: the zip as a stream, twice (small parts first, then the sheet) ———

type StreamEntry = NodeJS.ReadableStream & { path: string; autodrain(): void };

async function* streamEntries(bytes: Buffer, progress?: (bytesRead: number) => void): AsyncGenerator<StreamEntry> {
  let offset = 0;
  const source = new Readable({
    read() {
      if (offset >= bytes.length) return void this.push(null);
      const end = Math.min(bytes.length, offset + CHUNK);
      this.push(bytes.subarray(offset, end));
      offset = end;
      progress?.(offset);
    },
  });
  const zip = unzipper.Parse({ forceStream: true });
  source.pipe(zip);
  for await (const entry of zip as AsyncIterable<StreamEntry>) yield entry;
}

async function partsFromStream(reader: ReaderInternals, bytes: Buffer) {
  for await (const entry of streamEntries(bytes)) {
    const name = SMALL_PARTS.find((p) => p === entry.path);
    if (name) await readSmallPart(reader, name, asText(entry));
    else entry.autodrain();
  }
  reader.sharedStrings ??= [];
  return firstSheet(reader);
}

async function* sheetFromStream(reader: ReaderInternals, bytes: Buffer, sheet: { path: string; no: string }, onBytes?: (read: number, total: number) => void) {
  for await (const entry of streamEntries(bytes, (read) => onBytes?.(read, bytes.length))) {
    if (entry.path !== sheet.path) {
      entry.autodrain();
      continue;
    }
    for (const { eventType, value } of reader._parseWorksheet(iterateStream(asText(entry)), sheet.no)) {
      if (eventType === 'worksheet') yield* value;
    }
    entry.autodrain();
  }
}

function toSheetRow(row: RowLike): SheetRow {
  const cells: string[] = [];
  let inexact: number[] | undefined;
  // row.values is 1-based and sparse.
  for (let i = 1; i < row.values.length; i++) {
    const value = row.values[i];
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) (inexact ??= []).push(i - 1);
    cells.push(cellText(value));
  }
  return inexact ? { rowNumber: row.number, cells, inexact } : { rowNumber: row.number, cells };
}
