import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from '../../platform/context/context.js';
import type { Locale } from '../../platform/http/locale.js';
import { importContext } from './import-kind.js';
import type { ImportKind } from './import-kind.js';
import { renderImportReport } from './import-report.js';
import { importTemplateCsv, importTemplateXlsx } from './import-template.js';
import { runImport } from './run-import.js';

/** `refusal`: the closing line of a refused import, in the report's language (printed on stderr). */
type CliOutcome = { ok: true; lines: string[] } | { ok: false; lines: string[]; usage?: boolean; refusal?: string };
const SKIPPED_SHOWN = 20;

/**
 * `anxin import <kind> FILE [--dry-run] [--org-unit CODE]`: the operator at the console acts
 * with full authority over the org tree, audited as `cli:<os user>`. The report is printed
 * row by row; ok only when every row is valid (and, without --dry-run, stored).
 */
export async function importFromCli(
  /** The system's context: the operator at the console acts for every org unit, as no user. */
  system: Context,
  kinds: readonly ImportKind[],
  input: { kind: string; file: string; dryRun: boolean; orgUnit?: string; locale: Locale; actorName: string },
): Promise<CliOutcome> {
  const kind = kinds.find((k) => k.key === input.kind);
  if (!kind) return { ok: false, usage: true, lines: [`Unknown kind "${input.kind}"; known: ${kinds.map((k) => k.key).join(', ')}`] };
  let bytes: Buffer;
  try {
    bytes = await readFile(input.file);
  } catch (err) {
    return { ok: false, usage: true, lines: [`Cannot read ${input.file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`] };
  }
  const units = await system.db.selectFrom('org_unit').select(['id', 'code']).where('active', '=', true).execute();
  let defaultOrgUnitId: number | null = null;
  if (input.orgUnit) {
    const unit = units.find((u) => u.code.toUpperCase() === input.orgUnit!.toUpperCase());
    if (!unit) return { ok: false, usage: true, lines: [`--org-unit: no active org unit with code "${input.orgUnit}"`] };
    defaultOrgUnitId = unit.id;
  }
  const ctx = importContext(system, { via: input.actorName, defaultOrgUnitId });
  const outcome = await runImport({ kind, bytes, fileName: path.basename(input.file), importId: randomUUID(), dryRun: input.dryRun, ctx });

  const report = renderImportReport(kind, outcome, input.locale, Number.MAX_SAFE_INTEGER);
  const en = input.locale === 'en';
  const lines = [`${en ? 'File' : '文件'}: ${input.file} (${outcome.format ?? '?'}, sha256 ${outcome.sha256})`];
  // Each row named as in the report workbook (名称: a client's name, a policy's number and policyholder), so the
  // operator finds it without opening the file.
  const name = (label: string | null) => label ?? '-';
  if (report.problems.length) {
    lines.push(en ? 'row\tname\tcolumn\tproblem' : '行\t名称\t列\t问题');
    for (const p of report.problems) lines.push(`${p.row ?? '-'}\t${name(p.label)}\t${p.column ?? '-'}\t${p.message}`);
  }
  for (const s of report.skipped.slice(0, SKIPPED_SHOWN)) lines.push(`${s.row}\t${name(s.label)}\t-\t${s.message}`);
  const more = report.skipped.length - SKIPPED_SHOWN;
  if (more > 0) lines.push(en ? `… and ${more} more ${plural(more, 'row')} already existing` : `……另有 ${more} 行已存在`);
  const counts = en
    ? `${report.rows} ${plural(report.rows, 'row')}: ${report.toCreate} new, ${report.skippedCount} already existing, ${report.problemCount} ${plural(report.problemCount, 'problem')}.`
    : `共 ${report.rows} 行：新增 ${report.toCreate} 行，已存在 ${report.skippedCount} 行，问题 ${report.problemCount} 处。`;
  const verdict = outcome.problems.length
    ? en ? 'Nothing was written.' : '未写入任何数据。'
    : input.dryRun
      ? en ? 'Dry run: every row is valid; nothing was written.' : '试运行：全部行正确；未写入任何数据。'
      : en ? `Imported ${outcome.created} ${plural(outcome.created, kind.itemEn.one, kind.itemEn.other)}.` : `已导入 ${outcome.created} 条${kind.nameZh}记录。`;
  lines.push(`${counts} ${verdict}`);
  if (outcome.problems.length) return { ok: false, lines, refusal: en ? 'Import refused: nothing was written.' : '导入被拒绝：未写入任何数据。' };
  return { ok: true, lines };
}

/** English counts: 1 row, 2 rows (Chinese needs no plural). */
export const plural = (n: number, one: string, other = `${one}s`) => (n === 1 ? one : other);

/** `anxin import template <kind> FILE`: xlsx, or csv when FILE ends in .csv. */
export async function writeTemplateFromCli(kinds: readonly ImportKind[], kindName: string, file: string): Promise<CliOutcome> {
  const kind = kinds.find((k) => k.key === kindName);
  if (!kind) return { ok: false, usage: true, lines: [`Unknown kind "${kindName}"; known: ${kinds.map((k) => k.key).join(', ')}`] };
  const csv = file.toLowerCase().endsWith('.csv');
  await writeFile(file, csv ? importTemplateCsv(kind) : await importTemplateXlsx(kind));
  return { ok: true, lines: [`Wrote the ${kind.itemEn.one} import template to ${file}.`] };
}
