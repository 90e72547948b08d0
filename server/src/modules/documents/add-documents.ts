import type { Readable } from 'node:stream';
import type { AnxinModule } from '../../kit/module.js';
import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { invalid, type FieldProblem } from '../../platform/http/errors.js';
import { BlobTooLargeError, type BlobStore, type StoredBlob } from '../../platform/storage/blob-store.js';
import './documents.tables.js';
import { recordAccess, recordTypes, type RecordAccess } from './record-access.js';
import { sniffFileType } from './sniff-file-type.js';

/** What the documents pieces need of the process: the store and the limits (ContextServices.documents). */
export type DocumentService = { store: BlobStore; maxBytes: number; maxFiles: number };

declare module '../../platform/context/context.js' {
  interface ContextServices {
    documents: DocumentService;
  }
}

/**
 * One uploaded file as it arrives: its document type (the form field's name), its name, its content;
 * `cutOff` tells an error of the transport that means the body ended before the file did.
 */
export type IncomingFile = { typeCode: string; fileName: string; content: Readable; cutOff?: (error: unknown) => boolean };

/** Raised when the upload ends before a file is whole (the client went away, the connection broke). */
export class UploadCutOffError extends Error {}

/**
 * Files for one record (issue 12, item 2), all or nothing: each is streamed into the store,
 * checked by content (PDF, JPEG, PNG, HEIC, Word, Excel) and against the size limit; then one
 * transaction records them all with one audit entry. A refused file refuses the whole upload with
 * a message per file (`files.0`, `files.1` …), and the files of a refused upload are not kept.
 */
export async function addDocuments(ctx: Context, registry: readonly AnxinModule[], type: string, id: number, files: AsyncIterable<IncomingFile>) {
  const access = await recordAccess(ctx, recordTypes(registry), type, id, 'write');
  const { store, maxBytes, maxFiles } = ctx.documents;
  const types = new Map((await ctx.db.selectFrom('document_type').selectAll().where('active', '=', true).execute()).map((t) => [t.code, t]));
  const problems: FieldProblem[] = [];
  const stored: (StoredBlob & { file: IncomingFile; mediaType: string })[] = [];
  let index = 0;
  try {
    try {
      await readFiles();
    } catch (error) {
      if (!(error instanceof UploadCutOffError)) throw error;
      problems.push({ path: `files.${Math.max(0, index - 1)}`, reason: 'uploadCutOff' }); // the body ended between files
    }
    if (index === 0 && problems.length === 0) problems.push({ path: 'files', reason: 'noFiles' });
    if (problems.length) throw invalid(...problems);
    return await record(access, id, stored, types);
  } catch (error) {
    await forget(ctx, stored.filter((s) => s.created).map((s) => s.sha256));
    throw error;
  }

  async function readFiles() {
    for await (const file of files) {
      const path = `files.${index}`;
      index++;
      if (index > maxFiles) {
        file.content.resume();
        problems.push({ path, reason: 'tooManyFiles', params: { limit: maxFiles } });
        continue;
      }
      if (!types.has(file.typeCode)) problems.push({ path: `${path}.typeCode`, reason: 'documentTypeUnknown' });
      if (file.fileName.length < 1 || file.fileName.length > 255) problems.push({ path: `${path}.fileName`, reason: 'fileNameInvalid' });
      try {
        const blob = await store.put(file.content, {
          maxBytes,
          // Refused here, before the store keeps it: a file of the wrong kind is never stored.
          inspect: async (content) => {
            const sniffed = await sniffFileType(content(), file.fileName);
            if (!sniffed.ok) throw new RefusedFileError({ path, reason: 'fileTypeRefused', params: { detected: sniffed.detected } });
            return sniffed.mediaType;
          },
        });
        stored.push({ ...blob, file, mediaType: blob.inspected });
      } catch (error) {
        if (error instanceof BlobTooLargeError) problems.push({ path, reason: 'fileTooLarge', params: { limit: Number((maxBytes / 1024 / 1024).toFixed(2)) } });
        else if (error instanceof RefusedFileError) problems.push(error.problem);
        else if (error instanceof UploadCutOffError || file.cutOff?.(error)) {
          problems.push({ path, reason: 'uploadCutOff' });
          return; // nothing follows a cut-off file
        } else throw error;
      }
    }
  }
}

class RefusedFileError extends Error {
  constructor(readonly problem: FieldProblem) {
    super(problem.reason);
  }
}

/** Files this upload added to the store, taken out again when the upload is refused — unless a record names them meanwhile. */
async function forget(ctx: Context, sha256s: string[]) {
  if (sha256s.length === 0) return;
  const named = new Set((await ctx.db.selectFrom('document').select('sha256').where('sha256', 'in', sha256s).execute()).map((r) => r.sha256));
  for (const sha256 of sha256s) if (!named.has(sha256)) await ctx.documents.store.remove(sha256);
}

type DocumentTypeRow = { code: string; sensitive: boolean; retention_class: string };

async function record(access: RecordAccess, id: number, stored: (StoredBlob & { file: IncomingFile; mediaType: string })[], types: Map<string, DocumentTypeRow>) {
  return inTransaction(access.ctx, async (tx) => {
    const rows = await tx.trx
      .insertInto('document')
      .values(
        stored.map((s) => {
          const docType = types.get(s.file.typeCode)!;
          return {
            entity_type: access.recordType.type, entity_id: id, org_unit_id: access.orgUnitId, type_code: docType.code,
            file_name: s.file.fileName, media_type: s.mediaType, size_bytes: s.size, sha256: s.sha256,
            sensitive: docType.sensitive, retention_class: docType.retention_class, uploaded_by: tx.actor?.userId ?? null,
          };
        }),
      )
      .returning(['id', 'type_code', 'file_name', 'sha256', 'size_bytes'])
      .execute();
    await audit(tx, {
      action: 'document.upload', entityType: access.recordType.type, entityId: String(id), orgUnitId: access.orgUnitId,
      after: { documents: rows.map((r) => ({ id: r.id, typeCode: r.type_code, fileName: r.file_name, sha256: r.sha256, sizeBytes: Number(r.size_bytes) })) },
    });
    return rows.map((r) => r.id);
  });
}
