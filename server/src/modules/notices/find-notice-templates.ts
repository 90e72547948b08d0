import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dbOf, type Context } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { AppError } from '../../platform/http/errors.js';
import './notices.tables.js';
import { SERVER_ROOT, type NoticeTemplate } from './notice-template.js';
import type { NoticeTemplateSource, NoticeTemplateVersion } from './notices.types.js';

export const templateNotFound = () => new AppError(404, 'NOTICE_TEMPLATE_NOT_FOUND');

/** The declared version, or 404. */
export function templateVersion(ctx: Context, code: string, version: number): NoticeTemplate {
  const template = ctx.notices.templates.version(code, version);
  if (!template) throw templateNotFound();
  return template;
}

/** The template's file as shipped: its text, where it is (from its workspace), its checksum and size. */
async function templateFileFacts(template: NoticeTemplate) {
  const content = await readFile(template.file);
  return {
    file: path.relative(template.workspace ?? SERVER_ROOT, template.file).split(path.sep).join('/'),
    sha256: createHash('sha256').update(content).digest('hex'),
    sizeBytes: content.length,
    content,
  };
}

/**
 * 通知书模板 (issue 12, item 5): every declared version of every template — the latest one is what
 * new notices use — with how many notices were issued with it in the caller's scope and the file's
 * checksum. Templates are files under version control: read here, never changed.
 */
export async function listTemplateVersions(ctx: Context): Promise<NoticeTemplateVersion[]> {
  const { templates, recordTypes } = ctx.notices;
  const counts = await dbOf(ctx)
    .selectFrom('notice')
    .select(['template_code', 'template_version', (eb) => eb.fn.countAll<string>().as('n')])
    .where(inScope('org_unit_id', ctx.scope))
    .groupBy(['template_code', 'template_version'])
    .execute();
  const issued = new Map(counts.map((c) => [`${c.template_code}@${c.template_version}`, Number(c.n)]));
  return Promise.all(templates.versions().map(async (t) => {
    const { content: _, ...file } = await templateFileFacts(t);
    return {
      code: t.code, version: t.version, name: t.label.zh, nameEn: t.label.en,
      recordTypes: t.recordTypes.map((type) => {
        const label = recordTypes.get(type)?.label;
        return { type, name: label?.zh ?? type, nameEn: label?.en ?? type };
      }),
      sensitive: t.sensitive ?? false, latest: templates.isLatest(t), issued: issued.get(`${t.code}@${t.version}`) ?? 0, ...file,
    };
  }));
}

/** One version's Typst source, as kept in the repository. */
export async function templateSource(ctx: Context, code: string, version: number): Promise<NoticeTemplateSource> {
  const t = templateVersion(ctx, code, version);
  const { content, ...file } = await templateFileFacts(t);
  return { code: t.code, version: t.version, name: t.label.zh, nameEn: t.label.en, latest: ctx.notices.templates.isLatest(t), ...file, source: content.toString('utf8') };
}
