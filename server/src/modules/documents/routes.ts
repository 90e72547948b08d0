import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AnxinModule } from '../../kit/module.js';
import { contextOf } from '../../platform/http/request-context.js';
import { AppError } from '../../platform/http/errors.js';
import { IdParams } from '../../platform/http/schemas.js';
import { addDocuments, UploadCutOffError, type IncomingFile } from './add-documents.js';
import { listDocumentTypes, openDocument, recordDocuments } from './find-documents.js';
import { CreateDocumentTypeBody, DocumentType, DocumentTypeParams, RecordDocuments, RecordParams, RetentionClassInfo, UpdateDocumentTypeBody } from './documents.types.js';
import { createDocumentType, updateDocumentType } from './manage-document-types.js';
import { RETENTION_CLASSES } from './retention-classes.data.js';

const tags = ['documents'];

/** A file's name for the Content-Disposition header: ASCII fallback plus the UTF-8 name (RFC 6266 / 5987). */
function disposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The parser's words for a body that ended before the form did (a cut-off upload). */
const cutOff = (error: unknown) => error instanceof Error && /Unexpected end of (form|multipart)|Part terminated early/i.test(error.message);

/** The multipart form's files as they arrive: the form field's name is the document type. */
async function* incomingFiles(req: FastifyRequest): AsyncIterable<IncomingFile> {
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue; // plain fields carry nothing here
      yield { typeCode: part.fieldname, fileName: part.filename ?? '', content: part.file, cutOff };
    }
  } catch (error) {
    if (cutOff(error)) throw new UploadCutOffError();
    throw error;
  }
}

export async function documentRoutes(fastify: FastifyInstance, opts: { registry: readonly AnxinModule[] }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { registry } = opts;
  const limits = fastify.services.documents;
  // The store counts the bytes itself (its message names the limit); the parser's limit is one byte more.
  await app.register(multipart, { limits: { fileSize: limits.maxBytes + 1, files: limits.maxFiles + 1, fields: 20, fieldSize: 1000 }, throwFileSizeLimit: false });

  app.get(
    '/api/v1/document-types',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags, summary: 'The catalogue of document types (资料类型); inactive ones too when asked (the admin page)',
        querystring: Type.Object({ includeInactive: Type.Optional(Type.Boolean()) }),
        response: { 200: Type.Object({ items: Type.Array(DocumentType), retentionClasses: Type.Array(RetentionClassInfo) }) },
      },
    },
    async (req) => ({
      items: await listDocumentTypes(contextOf(req), { includeInactive: req.query.includeInactive === true }),
      retentionClasses: RETENTION_CLASSES.map((c) => ({ code: c.code, name: c.label.zh, nameEn: c.label.en, basis: c.basis })),
    }),
  );

  app.post(
    '/api/v1/document-types',
    {
      config: { permission: 'catalog.manage' },
      schema: { tags, summary: 'Add a document type to the catalogue (head office)', body: CreateDocumentTypeBody, response: { 201: DocumentType } },
    },
    async (req, reply) => reply.code(201).send(await createDocumentType(contextOf(req), req.body)),
  );

  app.patch(
    '/api/v1/document-types/:code',
    {
      config: { permission: 'catalog.manage' },
      schema: { tags, summary: 'Rename a document type, mark it sensitive, change its retention, or stop offering it (head office)', params: DocumentTypeParams, body: UpdateDocumentTypeBody, response: { 200: DocumentType } },
    },
    async (req) => updateDocumentType(contextOf(req), req.params.code, req.body),
  );

  app.get(
    '/api/v1/records/:type/:id/documents',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags, params: RecordParams, response: { 200: RecordDocuments },
        summary: "A record's documents and its checklist (required / optional, received / missing); the record's own read permission and scope",
      },
    },
    async (req) => recordDocuments(contextOf(req), registry, req.params.type, req.params.id),
  );

  app.post(
    '/api/v1/records/:type/:id/documents',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags, params: RecordParams, consumes: ['multipart/form-data'],
        summary: 'Upload files to a record, all or nothing: multipart/form-data, each file under its document type as the field name (e.g. id_document); PDF, JPEG, PNG, HEIC, Word, Excel by content',
        response: { 201: Type.Object({ ids: Type.Array(Type.Integer()) }) },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw new AppError(415, 'NOT_MULTIPART');
      const ids = await addDocuments(contextOf(req), registry, req.params.type, req.params.id, incomingFiles(req));
      return reply.status(201).send({ ids });
    },
  );

  app.get(
    '/api/v1/documents/:id/content',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags, params: IdParams,
        querystring: Type.Object({ download: Type.Optional(Type.Boolean({ description: 'true: as an attachment; else shown in the browser where it can be' })) }),
        summary: "A document's file, through its record's read permission and scope; a sensitive document's download is audited",
      },
    },
    async (req, reply) => {
      const doc = await openDocument(contextOf(req), registry, req.params.id);
      return reply
        .header('content-type', doc.mediaType)
        .header('content-length', doc.size)
        .header('content-disposition', disposition(req.query.download ? 'attachment' : 'inline', doc.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(doc.content);
    },
  );
}
