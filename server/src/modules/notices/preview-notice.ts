import { audit, dbOf, inTransaction, type Context } from '../../platform/context/context.js';
import { invalid } from '../../platform/http/errors.js';
import { beijingDate } from '../../platform/time/beijing.js';
import { recordAccess } from '../documents/record-access.js';
import { applies, renderNotice } from './issue-notice.js';

/** What a preview prints where a notice has its number and code: it is no notice and proves nothing. */
export const PREVIEW_NUMBER = '样张 PREVIEW';

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
  // The template reads its data as it would when issuing (in a transaction); nothing is written.
  const data = await inTransaction(access.ctx, (tx) => template.data(tx, recordType, id));
  const unit = await dbOf(access.ctx).selectFrom('org_unit').select('name').where('id', '=', access.orgUnitId).executeTakeFirstOrThrow();
  const pdf = await renderNotice(access.ctx, template, data, {
    number: PREVIEW_NUMBER, verificationCode: '—', title: template.label.zh, titleEn: template.label.en,
    orgUnitName: unit.name, issuedOn: beijingDate(access.ctx.clock.now()), copy: false,
  });
  if (template.sensitive) {
    await inTransaction(access.ctx, (tx) =>
      audit(tx, { action: 'notice.preview', entityType: recordType, entityId: String(id), orgUnitId: access.orgUnitId, after: { templateCode: template.code, version: template.version } }),
    );
  }
  return { fileName: `${template.label.zh} 样张.pdf`, pdf };
}
