import type { SheetRow } from '../../platform/spreadsheet/index.js';
import type { ImportColumn } from './import-kind.js';
import type { RowReason } from './import-messages.js';
import { normaliseHeader } from './import-values.js';

/** Where each known column is in the file, and the header text the file gives it. */
export type HeaderMap = {
  row: number;
  index: Map<string, number>;
  text: Map<string, string>;
  /** Headers no column matches: left out of the import, listed in the report. */
  ignored: string[];
};

/** `label`: the row's name (ImportKind.labelOf), null for the file as a whole or a row that names nothing. */
export type FileProblem = { row: number | null; column: string | null; reason: RowReason; params?: Record<string, unknown>; label?: string | null };

/** The header row: each cell matched to a column by its Chinese or English header. */
export function matchHeader(columns: readonly ImportColumn[], header: SheetRow): { map: HeaderMap; problems: FileProblem[] } {
  const byHeader = new Map<string, ImportColumn>();
  for (const c of columns) {
    byHeader.set(normaliseHeader(c.zh), c);
    byHeader.set(normaliseHeader(c.en), c);
    for (const alias of c.aliases ?? []) byHeader.set(normaliseHeader(alias), c);
  }
  const map: HeaderMap = { row: header.rowNumber, index: new Map(), text: new Map(), ignored: [] };
  const problems: FileProblem[] = [];
  header.cells.forEach((cell, i) => {
    if (!cell) return;
    const column = byHeader.get(normaliseHeader(cell));
    if (!column) return void map.ignored.push(cell);
    if (map.index.has(column.key)) return void problems.push({ row: header.rowNumber, column: cell, reason: 'repeatedColumn', params: { column: cell } });
    map.index.set(column.key, i);
    map.text.set(column.key, cell);
  });
  for (const c of columns) {
    if (c.required && !map.index.has(c.key)) problems.push({ row: header.rowNumber, column: c.zh, reason: 'missingColumn', params: { column: c.zh } });
  }
  return { map, problems };
}

/** True when a file has no recognisable header at all in this row (then it is not the header). */
export const hasKnownHeader = (columns: readonly ImportColumn[], row: SheetRow) => matchHeader(columns, row).map.index.size > 0;

/** A second header row (the template's English headers): every filled cell names its own column. */
export function isSubHeader(columns: readonly ImportColumn[], map: HeaderMap, row: SheetRow): boolean {
  const keyAt = new Map([...map.index].map(([key, i]) => [i, key]));
  let named = 0;
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i]!;
    if (!cell) continue;
    const column = columns.find((c) => c.key === keyAt.get(i));
    if (!column || (normaliseHeader(cell) !== normaliseHeader(column.en) && normaliseHeader(cell) !== normaliseHeader(column.zh))) return false;
    named++;
  }
  return named > 0;
}

/** A data row's cells by column key, and the keys whose number cell lost digits. */
export function cellsOf(map: HeaderMap, row: SheetRow): { cells: Record<string, string>; inexact: ReadonlySet<string> } {
  const cells: Record<string, string> = {};
  for (const [key, i] of map.index) cells[key] = row.cells[i] ?? '';
  if (!row.inexact) return { cells, inexact: NONE };
  const inexact = new Set<string>();
  for (const i of row.inexact) for (const [key, at] of map.index) if (at === i) inexact.add(key);
  return { cells, inexact };
}

const NONE: ReadonlySet<string> = new Set();

export const isBlank = (row: SheetRow) => row.cells.every((c) => c === '');
