import type { Readable } from 'node:stream';
import { sql } from 'kysely';
import { audit, dbOf, inTransaction, type Context } from '../../platform/context/context.js';
import { notFound } from '../../platform/http/errors.js';
import { beijingDate } from '../../platform/time/beijing.js';
import '../documents/documents.tables.js';
import { recordAccess } from '../documents/record-access.js';
import { resolveRecords } from '../deadlines/record-labels.js';
import './notices.tables.js';
import { applies, renderNotice } from './issue-notice.js';
import { normaliseCode } from './notice-number.js';
import type { NoticeItem, RecordNotices, VerifiedNotice } from './notices.types.js';

const label = (ctx: Context, code: string, version: number) => ctx.notices.templates.version(code, version)?.label ?? { zh: code, en: code };

/** A record's notices, newest first, and the templates that may be issued for it (the record's read permission and scope). */
export async function recordNotices(ctx: Context, recordType: string, id: number): Promise<RecordNotices> {
  const access = await recordAccess(ctx, ctx.notices.recordTypes, recordType, id, 'read');
  const rows = await dbOf(access.ctx)
    .selectFrom('notice as n')
    .select(['n.id', 'n.number', 'n.template_code', 'n.template_version', 'n.verification_code', 'n.document_id', 'n.issued_at', 'n.sensitive', 'n.batch_id'])
    .select(sql<string | null>`(select display_name from app_user where id = n.issued_by)`.as('by_name'))
    .where('n.entity_type', '=', recordType)
    .where('n.entity_id', '=', id)
    .orderBy('n.id', 'desc')
    .execute();
  const items: NoticeItem[] = rows.map((n) => {
    const l = label(ctx, n.template_code, n.template_version);
    return {
      id: n.id, number: n.number, templateCode: n.template_code, templateVersion: n.template_version, templateName: l.zh, templateNameEn: l.en,
      verificationCode: n.verification_code, documentId: n.document_id, sensitive: n.sensitive, batchId: n.batch_id,
      issuedAt: n.issued_at.toISOString(), issuedByName: n.by_name,
    };
  });
  const canIssue = ctx.actor !== null && ctx.actor.can(access.recordType.write) && ctx.actor.scopeFor(access.recordType.write).includes(access.orgUnitId);
  const templates = [];
  for (const t of ctx.notices.templates.forRecordType(recordType)) {
    if (await applies(access.ctx, t, recordType, id)) templates.push({ code: t.code, version: t.version, name: t.label.zh, nameEn: t.label.en });
  }
  return { items, templates, canIssue };
}

async function noticeWithAccess(ctx: Context, noticeId: number) {
  const notice = await dbOf(ctx).selectFrom('notice').selectAll().where('id', '=', noticeId).executeTakeFirst();
  if (!notice) throw notFound();
  const access = await recordAccess(ctx, ctx.notices.recordTypes, notice.entity_type, notice.entity_id, 'read');
  return { notice, access };
}

/** The notice as issued (its stored file), through its record's read permission and scope; a sensitive notice's download is audited. */
export async function openNotice(ctx: Context, noticeId: number): Promise<{ fileName: string; content: Readable }> {
  const { notice, access } = await noticeWithAccess(ctx, noticeId);
  const content = await ctx.documents.store.open(notice.sha256);
  if (notice.sensitive) {
    try {
      await inTransaction(access.ctx, (tx) =>
        audit(tx, {
          action: 'notice.download', entityType: notice.entity_type, entityId: String(notice.entity_id), orgUnitId: notice.org_unit_id,
          after: { noticeId: notice.id, number: notice.number, sha256: notice.sha256 },
        }),
      );
    } catch (error) {
      content.destroy(); // no audit entry, no download
      throw error;
    }
  }
  return { fileName: `${label(ctx, notice.template_code, notice.template_version).zh} ${notice.number}.pdf`, content };
}

/**
 * A reprint (补打): the same document — same template version, same number, same data and code —
 * marked 副本 / COPY on every page, and in the audit trail.
 */
export async function reprintNotice(ctx: Context, noticeId: number): Promise<{ fileName: string; pdf: Buffer }> {
  const { notice, access } = await noticeWithAccess(ctx, noticeId);
  const template = ctx.notices.templates.version(notice.template_code, notice.template_version);
  if (!template) throw notFound(); // a version no module declares any more: the original is still there
  const data = (typeof notice.data === 'string' ? JSON.parse(notice.data) : notice.data) as Record<string, unknown>;
  const unit = await dbOf(ctx).selectFrom('org_unit').select('name').where('id', '=', notice.org_unit_id).executeTakeFirstOrThrow();
  const pdf = await renderNotice(access.ctx, template, data, {
    number: notice.number, verificationCode: notice.verification_code, title: template.label.zh, titleEn: template.label.en,
    orgUnitName: unit.name, issuedOn: beijingDate(notice.issued_at), copy: true,
  });
  await inTransaction(access.ctx, (tx) =>
    audit(tx, {
      action: 'notice.reprint', entityType: notice.entity_type, entityId: String(notice.entity_id), orgUnitId: notice.org_unit_id,
      after: { noticeId: notice.id, number: notice.number },
    }),
  );
  return { fileName: `${template.label.zh} ${notice.number} 副本.pdf`, pdf };
}

/**
 * 验真: a signed-in user types the code printed on a notice and learns whether it is genuine — its
 * number, template and record — only for a record in the scope of the user's own read permission
 * for it; elsewhere the code is not found, as a record out of scope is.
 */
export async function verifyNotice(ctx: Context, typedCode: string): Promise<VerifiedNotice> {
  const code = normaliseCode(typedCode);
  if (!code) throw notFound();
  const notice = await dbOf(ctx).selectFrom('notice').selectAll().where('verification_code', '=', code).executeTakeFirst();
  if (!notice) throw notFound();
  const access = await recordAccess(ctx, ctx.notices.recordTypes, notice.entity_type, notice.entity_id, 'read');
  const refs = await resolveRecords(access.ctx, [{ entityType: notice.entity_type, entityId: String(notice.entity_id) }]);
  const record = refs(notice.entity_type, String(notice.entity_id));
  const l = label(ctx, notice.template_code, notice.template_version);
  return {
    id: notice.id, number: notice.number, verificationCode: notice.verification_code, templateName: l.zh, templateNameEn: l.en,
    recordType: notice.entity_type, recordTypeName: access.recordType.label.zh, recordTypeNameEn: access.recordType.label.en,
    recordId: notice.entity_id, recordLabel: record.label, href: record.href, issuedAt: notice.issued_at.toISOString(),
  };
}
