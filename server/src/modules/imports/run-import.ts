import { createHash } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { audit, inTransaction } from '../../platform/context/context.js';
import { AppError } from '../../platform/http/errors.js';
import { refreshStatistics } from '../../platform/db/statistics.js';
import { detectFormat, readSpreadsheetRows, SpreadsheetError, type SheetRow, type SpreadsheetFormat } from '../../platform/spreadsheet/index.js';
import type { ImportContext, ImportKind } from './import-kind.js';
import { cellsOf, hasKnownHeader, isBlank, isSubHeader, matchHeader, type FileProblem, type HeaderMap } from './import-header.js';
import type { ProgressReporter } from './import-progress.js';

export const MAX_ROWS = 200_000;
const SAMPLE_ROWS = 20;
const HEADER_SEARCH_ROWS = 10;
const EXISTING_CHUNK = 20_000;
/** From this many new rows on, a commit refreshes the planner statistics at once. */
const BULK_ANALYZE_ROWS = 1_000;

export type ImportInput = {
  kind: ImportKind;
  bytes: Buffer;
  fileName: string;
  importId: string;
  /** Check everything, write nothing (the preview, `--dry-run`). */
  dryRun: boolean;
  /** The sha256 of the file the user previewed: the commit refuses a different file. */
  expectedSha256?: string;
  ctx: ImportContext;
  progress?: ProgressReporter;
};

export type ImportOutcome = {
  importId: string;
  kind: string;
  fileName: string;
  sha256: string;
  format: SpreadsheetFormat | null;
  dryRun: boolean;
  /** True only when every row was valid and the rows were stored (or all already existed). */
  committed: boolean;
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  /** Rows that are new and valid: created by a commit. */
  toCreate: number;
  created: number;
  problems: FileProblem[];
  /** Rows already stored: not an error, nothing written for them. `label`: the row's name (ImportKind.labelOf). */
  skipped: { row: number; id: number | string; label: string | null }[];
  ignoredColumns: string[];
  /** Header text per column key as the file has it (for the report's column names). */
  headers: Record<string, string>;
  sample: { row: number; values: Record<string, string | null> }[];
  counts: Record<string, number | string | null>;
};

/**
 * R-PO-6 bulk intake, for any ImportKind: read the file (xlsx or csv), check every row with the
 * kind's domain rules, recognise rows already stored, then — unless it is a dry run or any row
 * is wrong — store all the new rows in ONE transaction with one audit entry. A file with a bad
 * row writes nothing; the same file imported twice creates nothing the second time.
 */
export async function runImport(input: ImportInput): Promise<ImportOutcome> {
  const { kind, bytes, ctx } = input;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (input.expectedSha256 && input.expectedSha256.toLowerCase() !== sha256) throw new AppError(409, 'IMPORT_FILE_CHANGED');
  const report = input.progress ?? (() => undefined);
  const outcome: ImportOutcome = {
    importId: input.importId, kind: kind.key, fileName: input.fileName, sha256, format: null, dryRun: input.dryRun, committed: false,
    rows: 0, toCreate: 0, created: 0, problems: [], skipped: [], ignoredColumns: [], headers: {}, sample: [], counts: {},
  };
  const fail = (problem: FileProblem) => {
    outcome.problems.push(problem);
    report({ phase: 'failed' });
    return outcome;
  };

  try {
    outcome.format = detectFormat(bytes);
  } catch (err) {
    if (err instanceof SpreadsheetError) return fail({ row: null, column: null, reason: err.code === 'legacyXls' ? 'legacyXls' : 'notSpreadsheet' });
    throw err;
  }

  const lookups = await kind.load(ctx);
  const valid: { row: number; value: unknown; identity: string | null; label: string | null }[] = [];
  const firstRowOf = new Map<string, number>();
  const refused: { row: number; cells: Record<string, string> }[] = [];
  let header: HeaderMap | null = null;
  let seen = 0;
  report({ phase: 'reading', done: 0, total: bytes.length });
  try {
    for await (const sheetRow of readSpreadsheetRows(bytes, (done, total) => report({ done, total }))) {
      if (isBlank(sheetRow)) continue;
      if (!header) {
        if (++seen > HEADER_SEARCH_ROWS) return fail({ row: null, column: null, reason: 'noHeader' });
        if (!hasKnownHeader(kind.columns, sheetRow)) continue;
        const matched = matchHeader(kind.columns, sheetRow);
        header = matched.map;
        outcome.ignoredColumns = header.ignored;
        outcome.headers = Object.fromEntries(kind.columns.map((c) => [c.key, header!.text.get(c.key) ?? c.zh]));
        if (matched.problems.length) {
          outcome.problems.push(...matched.problems);
          report({ phase: 'failed' });
          return outcome;
        }
        continue;
      }
      if (outcome.rows === 0 && isSubHeader(kind.columns, header, sheetRow)) continue;
      if (++outcome.rows > MAX_ROWS) return fail({ row: null, column: null, reason: 'tooManyRows', params: { limit: MAX_ROWS } });
      checkRow(sheetRow, header);
      if (outcome.rows % 500 === 0) {
        report({ rows: outcome.rows });
        await yieldToLoop(); // let other requests (and progress polls) in
      }
    }
  } catch (err) {
    if (err instanceof SpreadsheetError) return fail({ row: null, column: null, reason: err.code });
    throw err;
  }
  if (!header) return fail({ row: null, column: null, reason: 'noHeader' });
  if (outcome.rows === 0) return fail({ row: null, column: null, reason: 'noRows' });
  report({ rows: outcome.rows });
  if (refused.length && kind.labelRows) {
    const better = await kind.labelRows(ctx.db, ctx, refused);
    for (const p of outcome.problems) if (p.row !== null && better.has(p.row)) p.label = better.get(p.row)!;
  }

  function checkRow(sheetRow: SheetRow, map: HeaderMap) {
    const { cells, inexact } = cellsOf(map, sheetRow);
    const parsed = kind.parseRow(cells, lookups, ctx, inexact);
    const row = sheetRow.rowNumber;
    const label = kind.labelOf?.(cells) || null;
    for (const p of parsed.problems) outcome.problems.push({ row, column: p.column === null ? null : outcome.headers[p.column] ?? p.column, reason: p.reason, params: p.params, label });
    if (parsed.problems.length && kind.labelRows) refused.push({ row, cells });
    if (parsed.problems.length || parsed.value === null) return;
    if (parsed.identity) {
      const first = firstRowOf.get(parsed.identity.key);
      if (first !== undefined) {
        outcome.problems.push({ row, column: outcome.headers[parsed.identity.column] ?? null, reason: 'duplicateInFile', params: { row: first }, label });
        if (kind.labelRows) refused.push({ row, cells });
        return;
      }
      firstRowOf.set(parsed.identity.key, row);
    }
    valid.push({ row, value: parsed.value, identity: parsed.identity?.key ?? null, label });
    if (outcome.sample.length < SAMPLE_ROWS) outcome.sample.push({ row, values: kind.preview(parsed.value) });
  }

  if (kind.checkReferences && valid.length) {
    report({ phase: 'checking', done: 0, total: valid.length });
    const found = await kind.checkReferences(ctx.db, ctx, valid);
    relabel();
    const labelOf = new Map(valid.map((r) => [r.row, r.label]));
    const bad = new Set<number>();
    for (const { row, problems } of found) {
      bad.add(row);
      const label = labelOf.get(row) ?? null;
      for (const p of problems) outcome.problems.push({ row, column: p.column === null ? null : outcome.headers[p.column] ?? p.column, reason: p.reason, params: p.params, label });
    }
    if (bad.size) {
      outcome.problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      valid.splice(0, valid.length, ...valid.filter((r) => !bad.has(r.row)));
    }
  } else relabel();

  // Rows already stored are skipped, not errors: that is what makes a re-import harmless.
  if (outcome.problems.length || input.dryRun) {
    report({ phase: 'checking', done: 0, total: valid.length });
    outcome.toCreate = (await withoutExisting(ctx.db, valid)).length;
    report({ phase: outcome.problems.length ? 'failed' : 'done' });
    return outcome;
  }

  await inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    // One import of a kind at a time, and the existing-record check inside the transaction:
    // two clerks importing the same file at once still create each record once.
    await sql`select pg_advisory_xact_lock(hashtext(${`anxin.import.${kind.key}`}))`.execute(trx);
    report({ phase: 'checking', done: 0, total: valid.length });
    const rows = await withoutExisting(trx, valid);
    outcome.toCreate = rows.length;
    report({ phase: 'writing', done: 0, total: rows.length });
    outcome.counts = await kind.commit(trx, ctx, rows.map((r) => r.value), (written) => report({ done: written }));
    outcome.created = rows.length;
    await audit(tx, {
      action: kind.auditAction, entityType: 'import', entityId: input.importId, orgUnitId: ctx.defaultOrgUnitId,
      after: {
        kind: kind.key, fileName: input.fileName, sha256, format: outcome.format, rows: outcome.rows, created: outcome.created,
        skipped: outcome.skipped.length, via: ctx.via, ...outcome.counts,
      },
    });
  });
  outcome.committed = true;
  // A large import changes the shape of the tables at once: the planner should know before the
  // first list is opened (the embedded engine has no autovacuum; see platform/db/statistics.ts).
  if (outcome.created >= BULK_ANALYZE_ROWS) await refreshStatistics(ctx.db, { all: true });
  report({ phase: 'done', done: outcome.created });
  return outcome;

  async function withoutExisting(db: ImportContext['db'] | Transaction<DB>, rows: typeof valid) {
    const identities = rows.flatMap((r) => (r.identity === null ? [] : [r.identity]));
    const existing = new Map<string, number | string>();
    for (let i = 0; i < identities.length; i += EXISTING_CHUNK) {
      for (const [k, v] of await kind.findExisting(db, ctx, identities.slice(i, i + EXISTING_CHUNK))) existing.set(k, v);
      report({ done: Math.min(identities.length, i + EXISTING_CHUNK) });
    }
    const kept: typeof valid = [];
    for (const r of rows) {
      const id = r.identity === null ? undefined : existing.get(r.identity);
      if (id === undefined) kept.push(r);
      else outcome.skipped.push({ row: r.row, id, label: r.label });
    }
    outcome.skipped.sort((a, b) => a.row - b.row);
    return kept;
  }

  /** The rows' names once read and their references resolved (ImportKind.labelOfValue). */
  function relabel() {
    if (!kind.labelOfValue) return;
    for (const r of valid) r.label = kind.labelOfValue(r.value) || r.label;
  }
}
