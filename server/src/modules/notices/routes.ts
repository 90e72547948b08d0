import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { contextOf } from '../../platform/http/request-context.js';
import { IdParams } from '../../platform/http/schemas.js';
import { RecordParams } from '../documents/documents.types.js';
import { issueNoticeForRecord } from './issue-notice.js';
import { previewNotice, previewTemplateSample } from './preview-notice.js';
import { listTemplateVersions, templateSource } from './find-notice-templates.js';
import { openNotice, recordNotices, reprintNotice, verifyNotice } from './find-notices.js';
import { createBatch, getBatch } from './notice-batches.js';
import {
  CodeParams, CreateBatchBody, IssuedNotice, IssueNoticeBody, NoticeBatch, NoticeTemplateListItem, NoticeTemplateSource, NoticeTemplateVersion, RecordNotices,
  TemplateVersionParams, VerifiedNotice,
} from './notices.types.js';

const tags = ['notices'];

/** A file's name for the Content-Disposition header: ASCII fallback plus the UTF-8 name (RFC 6266 / 5987). */
function disposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const Download = Type.Object({ download: Type.Optional(Type.Boolean({ description: 'true: as an attachment; else shown in the browser' })) });

/** A PDF answer: shown in the browser or downloaded, never sniffed, never cached. */
function sendPdf(reply: FastifyReply, kind: 'inline' | 'attachment', fileName: string, body: Buffer | Readable) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', disposition(kind, fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(body);
}

// The record routes declare `authenticated`: the permission is the record type's own (RecordType.read / write), checked with its scope.
export async function noticeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // The renderer's processes end with the app (tests, shutdown).
  fastify.addHook('onClose', async () => fastify.services.notices.renderer.close());

  app.get(
    '/api/v1/notice-templates',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'The notice templates (通知书模板), latest versions, with the record types each serves', response: { 200: Type.Object({ items: Type.Array(NoticeTemplateListItem) }) } },
    },
    async (req) => ({
      items: contextOf(req).notices.templates.all().map((t) => ({ code: t.code, version: t.version, name: t.label.zh, nameEn: t.label.en, recordTypes: [...t.recordTypes], sensitive: t.sensitive ?? false })),
    }),
  );

  // 通知书模板 (issue 12, item 5): the admin page, for those who keep the catalogue (the document catalogue's
  // permission). The templates themselves are files under version control: read here, changed by a release.
  app.get(
    '/api/v1/notice-templates/versions',
    {
      config: { permission: 'catalog.manage' },
      schema: {
        tags, response: { 200: Type.Object({ items: Type.Array(NoticeTemplateVersion) }) },
        summary: 'Every declared version of every notice template: which is current, notices issued with it in your scope, the file and its SHA-256',
      },
    },
    async (req) => ({ items: await listTemplateVersions(contextOf(req)) }),
  );

  app.get(
    '/api/v1/notice-templates/:code/:version/source',
    {
      config: { permission: 'catalog.manage' },
      schema: { tags, params: TemplateVersionParams, response: { 200: NoticeTemplateSource }, summary: "A template version's Typst source (read-only: a new wording is a new version file)" },
    },
    async (req) => templateSource(contextOf(req), req.params.code, req.params.version),
  );

  app.get(
    '/api/v1/notice-templates/:code/:version/sample.pdf',
    {
      config: { permission: 'catalog.manage' },
      schema: {
        tags, params: TemplateVersionParams,
        summary: 'A sample (样张, PDF) of a template version, filled with the newest record in your read scope it applies to, marked 样张 / PREVIEW; nothing issued or kept; 404 when no such record',
      },
    },
    async (req, reply) => {
      const sample = await previewTemplateSample(contextOf(req), req.params.code, req.params.version);
      return sendPdf(reply, 'inline', sample.fileName, sample.pdf);
    },
  );

  app.get(
    '/api/v1/records/:type/:id/notices',
    {
      config: { permission: 'authenticated' },
      schema: { tags, params: RecordParams, response: { 200: RecordNotices }, summary: "A record's notices, newest first, and the templates that may be issued for it; the record's own read permission and scope" },
    },
    async (req) => recordNotices(contextOf(req), req.params.type, req.params.id),
  );

  app.get(
    '/api/v1/records/:type/:id/notices/preview',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags, params: RecordParams, querystring: Type.Object({ templateCode: Type.String({ minLength: 1, maxLength: 60 }) }),
        summary: "Preview (PDF) of a template's latest version for a record: what the notice would say, marked 样张 / PREVIEW, nothing issued or kept; the record's read permission",
      },
    },
    async (req, reply) => {
      const preview = await previewNotice(contextOf(req), req.params.type, req.params.id, req.query.templateCode);
      return sendPdf(reply, 'inline', preview.fileName, preview.pdf);
    },
  );

  app.post(
    '/api/v1/records/:type/:id/notices',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags, params: RecordParams, body: IssueNoticeBody, response: { 201: IssuedNotice },
        summary: "Issue a notice for a record: the template's latest version, the next number of the record's org unit and year, a verification code; the record type's write permission",
      },
    },
    async (req, reply) => {
      const issued = await issueNoticeForRecord(contextOf(req), req.params.type, req.params.id, req.body.templateCode);
      return reply.status(201).send({ id: issued.id, number: issued.number, documentId: issued.documentId });
    },
  );

  app.get(
    '/api/v1/notices/:id/content',
    {
      config: { permission: 'authenticated' },
      schema: { tags, params: IdParams, querystring: Download, summary: "The notice as issued (PDF), through its record's read permission and scope; a sensitive notice's download is audited" },
    },
    async (req, reply) => {
      const notice = await openNotice(contextOf(req), req.params.id);
      return sendPdf(reply, req.query.download ? 'attachment' : 'inline', notice.fileName, notice.content);
    },
  );

  app.get(
    '/api/v1/notices/:id/copy',
    {
      config: { permission: 'authenticated' },
      schema: { tags, params: IdParams, querystring: Download, summary: 'A reprint (PDF): the same notice — number, data, verification code — marked 副本 / COPY; audited' },
    },
    async (req, reply) => {
      const copy = await reprintNotice(contextOf(req), req.params.id);
      return sendPdf(reply, req.query.download ? 'attachment' : 'inline', copy.fileName, copy.pdf);
    },
  );

  app.get(
    '/api/v1/notice-verifications/:code',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags, params: CodeParams, response: { 200: VerifiedNotice },
        summary: '验真: the notice a verification code belongs to — number, template, record — when its record is in your read scope; not found otherwise',
      },
    },
    async (req) => verifyNotice(contextOf(req), req.params.code),
  );

  app.post(
    '/api/v1/notice-batches',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags, body: CreateBatchBody, response: { 201: NoticeBatch },
        summary: 'Queue a batch print (批量打印): one template for many records of one type (the record type\'s write permission; every record in scope); a job renders them with progress',
      },
    },
    async (req, reply) => reply.status(201).send(await createBatch(contextOf(req), req.body)),
  );

  app.get(
    '/api/v1/notice-batches/:id',
    {
      config: { permission: 'authenticated' },
      schema: { tags, params: IdParams, response: { 200: NoticeBatch }, summary: "A batch print's progress: done, failed (with why), the numbers given; for readers of its records at the batch's org unit" },
    },
    async (req) => getBatch(contextOf(req), req.params.id),
  );
}
