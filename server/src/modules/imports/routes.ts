import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AppError, notFound } from '../../platform/http/errors.js';
import { contextOf } from '../../platform/http/request-context.js';
import { attachment, XLSX_CONTENT_TYPE } from '../../platform/spreadsheet/index.js';
import { importContext, type ImportContext, type ImportKind } from './import-kind.js';
import type { AnxinModule } from '../../kit/module.js';
import { importProgress, trackImport } from './import-progress.js';
import { importReportXlsx, renderImportReport, reportFileName } from './import-report.js';
import { importTemplateXlsx, templateFileName } from './import-template.js';
import { CommitQuery, ImportKindInfo, ImportProgress, ImportQuery, ImportReport, ProgressParams } from './imports.types.js';
import { runImport } from './run-import.js';

const tags = ['imports'];
/** 100,000 rows of xlsx are about 8 MB, of csv about 10 MB. */
const MAX_UPLOAD = 64 * 1024 * 1024;
const UPLOAD_TYPES = ['application/octet-stream', 'text/csv', XLSX_CONTENT_TYPE, 'application/vnd.ms-excel'];

/** The importer: their scope for the kind's permission, their own unit as the default unit. */
function importerContext(req: FastifyRequest): ImportContext {
  const ctx = contextOf(req);
  return importContext(ctx, { via: 'web', defaultOrgUnitId: ctx.scope.includes(req.actor!.orgUnitId) ? req.actor!.orgUnitId : null });
}

// 批量导入 (R-PO-6): a template, a preview that checks every row, an all-or-nothing commit.
export async function importRoutes(fastify: FastifyInstance, { registry }: { registry: readonly AnxinModule[] }) {
  const kinds = registry.flatMap((m) => m.importKinds ?? []);
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // The file is the raw request body: nothing is written to disk, nothing kept after the request.
  for (const type of UPLOAD_TYPES) app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD }, (_req, body, done) => done(null, body));

  app.get(
    '/api/v1/imports/kinds',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'What can be imported, with the columns of each file', response: { 200: Type.Object({ items: Type.Array(ImportKindInfo) }) } },
    },
    async (req) => ({
      items: kinds.map((k) => ({
        key: k.key, name: req.locale === 'en' ? k.nameEn : k.nameZh, permission: k.permission, allowed: req.actor!.can(k.permission),
        columns: k.columns.map((c) => ({
          key: c.key, header: c.zh, headerEn: c.en, required: c.required, example: c.example, note: req.locale === 'en' ? c.noteEn : c.noteZh,
        })),
      })),
    }),
  );

  app.get(
    '/api/v1/imports/progress/:importId',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Progress of an import of yours being processed', params: ProgressParams, response: { 200: ImportProgress } },
    },
    async (req) => {
      const progress = importProgress(req.params.importId, req.actor!.userId);
      if (!progress) throw notFound();
      return progress;
    },
  );

  for (const kind of kinds) registerKind(app, kind);
}

function registerKind(app: FastifyInstance, kind: ImportKind) {
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const base = `/api/v1/imports/${kind.key}`;

  typed.get(
    `${base}/template.xlsx`,
    { config: { permission: kind.permission }, schema: { tags, summary: `The ${kind.nameEn.toLowerCase()} import template (xlsx, Chinese and English headers, notes)` } },
    async (_req, reply) =>
      reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', attachment(templateFileName(kind, 'xlsx'))).send(await importTemplateXlsx(kind)),
  );

  typed.post(
    `${base}/preview`,
    {
      // Checks only: nothing is written, so there is nothing to audit.
      config: { permission: kind.permission, auditRequired: false },
      bodyLimit: MAX_UPLOAD,
      schema: {
        tags, summary: `Check a ${kind.nameEn.toLowerCase()} file (xlsx or csv as the raw body): every row, nothing written`,
        querystring: ImportQuery, response: { 200: ImportReport },
      },
    },
    async (req) => {
      const outcome = await run(req, kind, req.query, true);
      return renderImportReport(kind, outcome, req.locale);
    },
  );

  typed.post(
    `${base}/report.xlsx`,
    {
      // Checks only, as the preview: nothing is written, and the workbook holds the caller's own file's findings.
      config: { permission: kind.permission, auditRequired: false },
      bodyLimit: MAX_UPLOAD,
      schema: {
        tags, summary: `Check a ${kind.nameEn.toLowerCase()} file and download the whole report (every problem and already stored row) as xlsx`,
        querystring: ImportQuery,
      },
    },
    async (req, reply) => {
      const outcome = await run(req, kind, req.query, true);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment(reportFileName(kind, outcome.fileName, req.locale)))
        .send(await importReportXlsx(kind, outcome, req.locale));
    },
  );

  typed.post(
    `${base}/commit`,
    {
      config: { permission: kind.permission },
      bodyLimit: MAX_UPLOAD,
      schema: {
        tags, summary: `Import a ${kind.nameEn.toLowerCase()} file: all rows or none (400 with the report when any row is wrong)`,
        querystring: CommitQuery, response: { 200: ImportReport },
      },
    },
    async (req) => {
      const outcome = await run(req, kind, req.query, false);
      const report = renderImportReport(kind, outcome, req.locale);
      if (!outcome.committed) throw new AppError(400, 'IMPORT_REJECTED', { params: { count: outcome.problems.length }, details: { report } });
      return report;
    },
  );
}

async function run(req: FastifyRequest, kind: ImportKind, query: CommitQuery, dryRun: boolean) {
  const importId = query.importId ?? randomUUID();
  const progress = trackImport(importId, kind.key, req.actor!.userId);
  try {
    return await runImport({
      kind, bytes: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), fileName: query.fileName ?? 'upload', importId, dryRun,
      expectedSha256: query.sha256, ctx: importerContext(req), progress,
    });
  } catch (err) {
    progress({ phase: 'failed' });
    throw err;
  }
}
