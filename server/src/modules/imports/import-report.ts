import type { Locale } from '../../platform/http/locale.js';
import { xlsxBuffer } from '../../platform/spreadsheet/index.js';
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
    problems: outcome.problems.slice(0, limit).map((p) => ({ row: p.row, column: p.column, label: p.label ?? null, message: renderReason(p.reason, locale, p.params) })),
    skippedCount: outcome.skipped.length,
    skipped: outcome.skipped.slice(0, limit).map((s) => ({ row: s.row, id: String(s.id), label: s.label, message: renderReason('alreadyExists', locale, { id: s.id }) })),
    ignoredColumns: outcome.ignoredColumns,
    columns: kind.columns.map((c) => ({ key: c.key, header: outcome.headers[c.key] ?? (locale === 'en' ? c.en : c.zh) })),
    sample: outcome.sample,
  };
}

/**
 * The whole report as a workbook (检查报告): every problem and every row already stored, not
 * only the first REPORT_LIMIT the page shows, so a clerk can work through a large file in Excel.
 */
export async function importReportXlsx(kind: ImportKind, outcome: ImportOutcome, locale: Locale): Promise<Buffer> {
  const report = renderImportReport(kind, outcome, locale, Number.MAX_SAFE_INTEGER);
  const en = locale === 'en';
  return xlsxBuffer([
    {
      name: en ? 'Problems' : '问题',
      columns: [
        { header: en ? 'Row' : '行', width: 8 }, { header: en ? 'Name' : '名称', width: 28 }, { header: en ? 'Column' : '列', width: 20 },
        { header: en ? 'Problem' : '问题', width: 80 },
      ],
      rows: report.problems.map((p) => [p.row, p.label, p.column, p.message]),
    },
    {
      name: en ? 'Already stored' : '已存在',
      columns: [
        { header: en ? 'Row' : '行', width: 8 }, { header: en ? 'Name' : '名称', width: 28 }, { header: en ? 'Record' : '记录', width: 16 },
        { header: en ? 'Note' : '说明', width: 60 },
      ],
      rows: report.skipped.map((s) => [s.row, s.label, s.id, s.message]),
    },
  ]);
}

/** 客户导入检查报告-<file>.xlsx */
export const reportFileName = (kind: ImportKind, fileName: string, locale: Locale) =>
  `${locale === 'en' ? `${kind.key}-import-report` : `${kind.nameZh}导入检查报告`}-${fileName.replace(/\.(xlsx|csv)$/i, '')}.xlsx`;
