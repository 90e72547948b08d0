import type { Locale } from '../../platform/http/locale.js';
import type { ImportKind } from './import-kind.js';
import { renderReason } from './import-messages.js';
import type { ImportOutcome } from './run-import.js';
import type { ImportReport } from './imports.types.js';

export const REPORT_LIMIT = 1000;

/** The outcome in the caller's language; the lists cut at `limit` (the counts stay whole). */
export function renderImportReport(kind: ImportKind, outcome: ImportOutcome, locale: Locale, limit = REPORT_LIMIT): ImportReport {
  return {
    importId: outcome.importId, kind: outcome.kind, fileName: outcome.fileName, sha256: outcome.sha256, format: outcome.format,
    dryRun: outcome.dryRun, committed: outcome.committed, rows: outcome.rows, toCreate: outcome.toCreate, created: outcome.created,
    problemCount: outcome.problems.length,
    problems: outcome.problems.slice(0, limit).map((p) => ({ row: p.row, column: p.column, message: renderReason(p.reason, locale, p.params) })),
    skippedCount: outcome.skipped.length,
    skipped: outcome.skipped.slice(0, limit).map((s) => ({ row: s.row, id: String(s.id), message: renderReason('alreadyExists', locale, { id: s.id }) })),
    ignoredColumns: outcome.ignoredColumns,
    columns: kind.columns.map((c) => ({ key: c.key, header: outcome.headers[c.key] ?? (locale === 'en' ? c.en : c.zh) })),
    sample: outcome.sample,
  };
}
