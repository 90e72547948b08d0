import { audit, dbOf, inTransaction, type Context } from '../../platform/context/context.js';
import { AppError, invalid } from '../../platform/http/errors.js';
import { beijingDate } from '../../platform/time/beijing.js';
import { recordAccess, type RecordAccess } from '../documents/record-access.js';
import { applies, renderNotice } from './issue-notice.js';
import type { NoticeTemplate } from './notice-template.js';
import { templateVersion } from './find-notice-templates.js';

/** What a preview prints where a notice has its number and code: it is no notice and proves nothing. */
export const PREVIEW_NUMBER = '样张 PREVIEW';

/** How many of a record type's newest records in scope a sample looks through for one the template applies to. */
const SAMPLE_CANDIDATES = 200;

/**
 * 预览: the template's latest version rendered for a record — what the notice would say — without
 * issuing it: no number taken, nothing kept, marked 样张 / PREVIEW instead of a number and a code.
 * The record's own read permission and scope; a sensitive template's preview is audited as its
 * download would be.
 */
export async function previewNotice(ctx: Context, recordType: string, id: number, templateCode: string): Promise<{ fileName: string; pdf: Buffer }> {
  const access = await recordAccess(ctx, ctx.notices.recordTypes, recordType, id, 'read');
  const template = ctx.notices.templates.latest(templateCode);
  if (!template) throw invalid({ path: 'templateCode', reason: 'noticeTemplateUnknown' });
  if (!(await applies(access.ctx, template, recordType, id))) throw invalid({ path: 'templateCode', reason: 'noticeTemplateNotApplicable' });
  return { fileName: `${template.label.zh} 样张.pdf`, pdf: await renderPreview(access, template) };
}

/**
 * 样张 of one template version (the templates page, issue 12, item 5): the version rendered as a
 * preview for the newest record in the caller's read scope that it applies to — nothing issued or
 * kept. No such record (or no read permission for its record types): 404, saying why.
 */
export async function previewTemplateSample(ctx: Context, code: string, version: number): Promise<{ fileName: string; pdf: Buffer }> {
  const template = templateVersion(ctx, code, version);
  const access = await sampleRecord(ctx, template);
  if (!access) throw new AppError(404, 'NOTICE_SAMPLE_NO_RECORD');
  return { fileName: `${template.label.zh} v${template.version} 样张.pdf`, pdf: await renderPreview(access, template) };
}

/** The newest record the caller may read that the template applies to, in its record types' order. */
async function sampleRecord(ctx: Context, template: NoticeTemplate): Promise<RecordAccess | null> {
  const actor = ctx.actor;
  if (!actor) return null;
  for (const type of template.recordTypes) {
    const recordType = ctx.notices.recordTypes.get(type);
    if (!recordType?.newest || !actor.can(recordType.read)) continue;
    const scoped: Context = { ...ctx, scope: actor.scopeFor(recordType.read) };
    for (const id of await recordType.newest(dbOf(scoped), scoped.scope, SAMPLE_CANDIDATES)) {
      if (await applies(scoped, template, type, id)) return recordAccess(ctx, ctx.notices.recordTypes, type, id, 'read');
    }
  }
  return null;
}

/** The template filled with the record's data as issuing would read it, marked 样张 / PREVIEW; audited when sensitive. */
async function renderPreview(access: RecordAccess, template: NoticeTemplate): Promise<Buffer> {
  const recordType = access.recordType.type;
  // The template reads its data as it would when issuing (in a transaction); nothing is written.
  const data = await inTransaction(access.ctx, (tx) => template.data(tx, recordType, access.id));
  const unit = await dbOf(access.ctx).selectFrom('org_unit').select('name').where('id', '=', access.orgUnitId).executeTakeFirstOrThrow();
  const pdf = await renderNotice(access.ctx, template, data, {
    number: PREVIEW_NUMBER, verificationCode: '—', title: template.label.zh, titleEn: template.label.en,
    orgUnitName: unit.name, issuedOn: beijingDate(access.ctx.clock.now()), copy: false,
  });
  if (template.sensitive) {
    await inTransaction(access.ctx, (tx) =>
      audit(tx, { action: 'notice.preview', entityType: recordType, entityId: String(access.id), orgUnitId: access.orgUnitId, after: { templateCode: template.code, version: template.version } }),
    );
  }
  return pdf;
}
