import type { RecordType } from '../../kit/module.js';
import { auditAll, inTransaction, type Context, type TxContext } from '../../platform/context/context.js';
import { AppError, invalid } from '../../platform/http/errors.js';
import { PdfRenderError, type PdfRenderer } from '../../platform/pdf/render-pool.js';
import { beijingDate, beijingYear } from '../../platform/time/beijing.js';
import type { StoredBlob } from '../../platform/storage/blob-store.js';
import '../documents/documents.tables.js';
import { recordAccess } from '../documents/record-access.js';
import './notices.tables.js';
import { SERVER_ROOT, type NoticeTemplate, type NoticeTemplates } from './notice-template.js';
import { noticeNumber, takeNumbers, verificationCode } from './notice-number.js';

/** What the notices pieces need of the process (ContextServices.notices): the renderer, every module's templates and record types. */
export type NoticeService = { renderer: PdfRenderer; templates: NoticeTemplates; recordTypes: Map<string, RecordType> };

declare module '../../platform/context/context.js' {
  interface ContextServices {
    notices: NoticeService;
  }
}

/** The largest PDF kept (a notice is tens of kilobytes; a runaway template is refused, not stored). */
const MAX_PDF_BYTES = 20 * 1024 * 1024;

/** What every notice prints beside the template's own data (its head and foot). */
export type NoticeHead = {
  number: string;
  verificationCode: string;
  title: string;
  titleEn: string;
  orgUnitName: string;
  issuedOn: string;
  copy: boolean;
};

/** One record a notice is issued for, its org unit known (the caller checked access). */
export type NoticeTarget = { recordType: string; id: number; orgUnitId: number };

export type IssuedNotice = { id: number; number: string; entityType: string; entityId: number; documentId: number };

/** Renders a template with its data and head: the one place a notice becomes a PDF. */
export async function renderNotice(ctx: Context, template: NoticeTemplate, data: Record<string, unknown>, head: NoticeHead): Promise<Buffer> {
  try {
    return await ctx.notices.renderer.render({
      workspace: template.workspace ?? SERVER_ROOT,
      mainFile: template.file,
      inputs: { data: JSON.stringify({ ...data, notice: head }) },
    });
  } catch (error) {
    if (!(error instanceof PdfRenderError) || error.fault !== 'template') throw error;
    // The template's fault, not the caller's: a server error, and whatever the transaction did is undone.
    throw Object.assign(new AppError(500, 'NOTICE_RENDER_FAILED', { params: { template: template.label.zh } }), { cause: error });
  }
}

/** A notice the template could not render: the batch job marks such an item failed and goes on; other errors are retried. */
export const isTemplateFailure = (error: unknown) => error instanceof AppError && error.code === 'NOTICE_RENDER_FAILED';

/** Does the template serve this record? (its record types, then its own condition, e.g. a servicing type with an endorsement) */
export async function applies(tx: TxContext | Context, template: NoticeTemplate, recordType: string, id: number): Promise<boolean> {
  if (!template.recordTypes.includes(recordType)) return false;
  return template.appliesTo ? template.appliesTo('trx' in tx ? tx.trx : tx.db, recordType, id) : true;
}

/**
 * Issues notices of one template for records, in the caller's transaction (issue 12, item 3): each
 * gets the next number of its org unit's year and a verification code, is rendered, kept in the
 * document store and listed with the record's documents, and audited. If anything fails — the
 * PDF above all — the transaction rolls back and no number is used.
 */
export async function issueNotices(
  tx: TxContext,
  template: NoticeTemplate,
  targets: readonly NoticeTarget[],
  opts: { batchId?: number; issuedBy?: number | null; applicabilityChecked?: boolean; /** awaited before the numbers are taken (a batch's chunks number in order) */ beforeNumbers?: () => Promise<void> } = {},
): Promise<IssuedNotice[]> {
  if (targets.length === 0) return [];
  const at = tx.clock.now();
  const year = beijingYear(at);
  const issuedBy = opts.issuedBy === undefined ? tx.actor?.userId ?? null : opts.issuedBy;
  for (const t of opts.applicabilityChecked ? [] : targets) {
    if (!(await applies(tx, template, t.recordType, t.id))) throw invalid({ path: 'templateCode', reason: 'noticeTemplateNotApplicable' });
  }
  const data: Record<string, unknown>[] = [];
  for (const t of targets) data.push(await template.data(tx, t.recordType, t.id));

  // Numbers per org unit, units in id order (two issuers never wait on each other crosswise).
  const units = [...new Set(targets.map((t) => t.orgUnitId))].sort((a, b) => a - b);
  const unitRows = await tx.trx.selectFrom('org_unit').select(['id', 'code', 'name']).where('id', 'in', units).execute();
  const unitOf = new Map(unitRows.map((u) => [u.id, u]));
  const next = new Map<number, number>();
  await opts.beforeNumbers?.();
  for (const unit of units) next.set(unit, await takeNumbers(tx, unit, year, targets.filter((t) => t.orgUnitId === unit).length));

  const heads = targets.map((t): NoticeHead & { seq: number } => {
    const seq = next.get(t.orgUnitId)!;
    next.set(t.orgUnitId, seq + 1);
    const unit = unitOf.get(t.orgUnitId)!;
    return {
      seq, number: noticeNumber(unit.code, year, seq), verificationCode: verificationCode(), title: template.label.zh, titleEn: template.label.en,
      orgUnitName: unit.name, issuedOn: beijingDate(at), copy: false,
    };
  });
  // Rendered side by side (the pool's processes work in parallel while this transaction waits), each
  // file stored as soon as its PDF is back: the writes overlap the renders still running.
  const blobs: StoredBlob[] = await Promise.all(targets.map(async (_, i) => {
    const pdf = await renderNotice(tx, template, data[i]!, heads[i]!);
    return tx.documents.store.putBytes(pdf, { maxBytes: MAX_PDF_BYTES });
  }));

  const docs = await tx.trx.insertInto('document').values(targets.map((t, i) => ({
    entity_type: t.recordType, entity_id: t.id, org_unit_id: t.orgUnitId, type_code: 'notice',
    file_name: `${template.label.zh} ${heads[i]!.number}.pdf`, media_type: 'application/pdf', size_bytes: blobs[i]!.size, sha256: blobs[i]!.sha256,
    sensitive: template.sensitive ?? false, retention_class: 'contract_plus_5y', uploaded_by: issuedBy,
  }))).returning('id').execute();
  const notices = await tx.trx.insertInto('notice').values(targets.map((t, i) => ({
    number: heads[i]!.number, template_code: template.code, template_version: template.version, org_unit_id: t.orgUnitId, year, seq: heads[i]!.seq,
    entity_type: t.recordType, entity_id: t.id, document_id: docs[i]!.id, sha256: blobs[i]!.sha256, verification_code: heads[i]!.verificationCode,
    data: JSON.stringify(data[i]), sensitive: template.sensitive ?? false, batch_id: opts.batchId ?? null, issued_by: issuedBy, issued_at: at,
  }))).returning(['id', 'number']).execute();
  await auditAll(tx, targets.map((t, i) => ({
    action: 'notice.issue', entityType: t.recordType, entityId: String(t.id), orgUnitId: t.orgUnitId,
    after: {
      noticeId: notices[i]!.id, number: notices[i]!.number, template: template.code, version: template.version, sha256: blobs[i]!.sha256,
      ...(opts.batchId && { batchId: opts.batchId }),
    },
  })));
  return targets.map((t, i) => ({ id: notices[i]!.id, number: notices[i]!.number, entityType: t.recordType, entityId: t.id, documentId: docs[i]!.id }));
}

/** One notice of the latest version of a template, for a record the caller may change (the record type's write permission, in scope). */
export async function issueNoticeForRecord(ctx: Context, recordType: string, id: number, templateCode: string): Promise<IssuedNotice> {
  const access = await recordAccess(ctx, ctx.notices.recordTypes, recordType, id, 'write');
  const template = ctx.notices.templates.latest(templateCode);
  if (!template) throw invalid({ path: 'templateCode', reason: 'noticeTemplateUnknown' });
  return inTransaction(access.ctx, async (tx) => (await issueNotices(tx, template, [{ recordType, id, orgUnitId: access.orgUnitId }]))[0]!);
}
