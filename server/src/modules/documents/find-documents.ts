import type { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { AnxinModule } from '../../kit/module.js';
import { audit, dbOf, inTransaction, type Context } from '../../platform/context/context.js';
import { notFound } from '../../platform/http/errors.js';
import './documents.tables.js';
import { recordAccess, recordTypes, type RecordAccess } from './record-access.js';
import { previewable } from './sniff-file-type.js';
import type { ChecklistLine, DocumentItem, DocumentType, RecordDocuments } from './documents.types.js';

/** The catalogue of document types, in its order (active ones unless asked). */
export async function listDocumentTypes(ctx: Context, opts: { includeInactive?: boolean } = {}): Promise<DocumentType[]> {
  let q = dbOf(ctx).selectFrom('document_type').selectAll().orderBy('position').orderBy('code');
  if (!opts.includeInactive) q = q.where('active', '=', true);
  return (await q.execute()).map((t) => ({ code: t.code, name: t.name, nameEn: t.name_en, sensitive: t.sensitive, retentionClass: t.retention_class, active: t.active }));
}

async function documentsOf(access: RecordAccess): Promise<DocumentItem[]> {
  const rows = await dbOf(access.ctx)
    .selectFrom('document as d')
    .innerJoin('document_type as t', 't.code', 'd.type_code')
    .select(['d.id', 'd.type_code', 't.name', 't.name_en', 'd.file_name', 'd.media_type', 'd.size_bytes', 'd.sha256', 'd.sensitive', 'd.uploaded_at'])
    .select(sql<string | null>`(select display_name from app_user where id = d.uploaded_by)`.as('by_name'))
    .where('d.entity_type', '=', access.recordType.type)
    .where('d.entity_id', '=', access.id)
    .orderBy('d.id')
    .execute();
  return rows.map((d) => ({
    id: d.id, typeCode: d.type_code, typeName: d.name, typeNameEn: d.name_en, fileName: d.file_name, mediaType: d.media_type,
    sizeBytes: Number(d.size_bytes), sha256: d.sha256, sensitive: d.sensitive, preview: previewable(d.media_type),
    uploadedAt: d.uploaded_at.toISOString(), uploadedByName: d.by_name,
  }));
}

/** A record's documents and its checklist: each required type received or missing, optional ones as such. */
export async function recordDocuments(ctx: Context, registry: readonly AnxinModule[], type: string, id: number): Promise<RecordDocuments> {
  const types = recordTypes(registry);
  const access = await recordAccess(ctx, types, type, id, 'read');
  const [items, wanted, catalogue] = await Promise.all([
    documentsOf(access),
    access.recordType.checklist?.(dbOf(access.ctx), id) ?? Promise.resolve([]),
    listDocumentTypes(access.ctx, { includeInactive: true }),
  ]);
  const names = new Map(catalogue.map((t) => [t.code, t]));
  const checklist: ChecklistLine[] = wanted.map((w) => {
    const received = items.filter((d) => d.typeCode === w.typeCode).length;
    const name = names.get(w.typeCode);
    return {
      typeCode: w.typeCode, typeName: name?.name ?? w.typeCode, typeNameEn: name?.nameEn ?? w.typeCode, required: w.required, received,
      state: received > 0 ? 'received' : w.required ? 'missing' : 'optional', note: w.note ?? null,
    };
  });
  const canUpload = ctx.actor !== null && ctx.actor.can(access.recordType.write) && ctx.actor.scopeFor(access.recordType.write).includes(access.orgUnitId);
  return { items, checklist, canUpload, maxBytes: ctx.documents.maxBytes };
}

/**
 * One document's content, for a download or a preview: only through its record's read permission
 * and scope (a document of a record out of scope is not found). A sensitive document's every
 * download is in the audit trail.
 */
export async function openDocument(ctx: Context, registry: readonly AnxinModule[], documentId: number): Promise<{ fileName: string; mediaType: string; size: number; content: Readable }> {
  const doc = await dbOf(ctx).selectFrom('document').selectAll().where('id', '=', documentId).executeTakeFirst();
  if (!doc) throw notFound();
  const access = await recordAccess(ctx, recordTypes(registry), doc.entity_type, doc.entity_id, 'read');
  // A file the database names but the store lacks is a fault of the server (BlobMissingError: 500, logged).
  const content = await ctx.documents.store.open(doc.sha256);
  if (doc.sensitive) {
    try {
      await inTransaction(access.ctx, (tx) =>
        audit(tx, {
          action: 'document.download', entityType: doc.entity_type, entityId: String(doc.entity_id), orgUnitId: access.orgUnitId,
          after: { documentId: doc.id, typeCode: doc.type_code, fileName: doc.file_name, sha256: doc.sha256 },
        }),
      );
    } catch (error) {
      content.destroy(); // no audit entry, no download
      throw error;
    }
  }
  return { fileName: doc.file_name, mediaType: doc.media_type, size: Number(doc.size_bytes), content };
}
