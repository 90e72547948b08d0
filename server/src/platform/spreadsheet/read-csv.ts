import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse';
import type { SheetRow } from './sheet-row.js';

const CHUNK = 64 * 1024;

/**
 * The text of a csv file. Chinese Excel saves "CSV" in GB18030/GBK and "CSV UTF-8" with a byte
 * order mark; anything that is not valid UTF-8 is read as GB18030 (a superset of GBK and GB2312).
 */
export function decodeCsv(bytes: Buffer): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.toString('utf8', 3), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8' };
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}

/** Comma, unless the first line is plainly separated by tabs or semicolons (Excel "Unicode text", European locales). */
function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  const count = (c: string) => first.split(c).length - 1;
  const [best] = [',', '\t', ';'].map((c) => ({ c, n: count(c) })).sort((a, b) => b.n - a.n);
  return best && best.n > 0 ? best.c : ',';
}

/**
 * The records of a csv text, numbered like spreadsheet rows (a quoted field may span lines and
 * is still one row). Parsed in chunks so a large file does not hold up other requests.
 */
export async function* readCsvRows(text: string, onChars?: (read: number, total: number) => void): AsyncGenerator<SheetRow> {
  // Every line ending, not the first one seen: rows typed into our CRLF template with an editor
  // that writes LF were merged two into one (found by the outside probe of issue 9).
  const parser = parse({
    delimiter: delimiterOf(text), record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true, skip_empty_lines: false,
  });
  let failure: unknown;
  const feed = async () => {
    for (let i = 0; i < text.length; ) {
      let end = Math.min(text.length, i + CHUNK);
      // Never split a surrogate pair (rare characters in names, e.g. 𠮷).
      if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
      if (!parser.write(text.slice(i, end))) await new Promise((resolve) => parser.once('drain', resolve));
      onChars?.(end, text.length);
      i = end;
    }
    parser.end();
  };
  feed().catch((err: unknown) => {
    failure = err;
    parser.destroy(err as Error);
  });
  let rowNumber = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    rowNumber++;
    yield { rowNumber, cells: record.map((c) => c.trim()) };
  }
  if (failure) throw failure;
}
