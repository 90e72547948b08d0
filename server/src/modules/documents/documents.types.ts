import { RETENTION_CLASS_CODES } from './retention-classes.data.js';
import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas.js';

export const DocumentType = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  /** Every download of a sensitive document is audited. */
  sensitive: Type.Boolean(),
  retentionClass: Type.String(),
  active: Type.Boolean(),
});
export type DocumentType = Static<typeof DocumentType>;

const RetentionClass = Type.Unsafe<string>({ type: 'string', enum: RETENTION_CLASS_CODES });
const Name = Type.String({ minLength: 1, maxLength: 60 });

/** A new entry of the catalogue (资料类型): its code is fixed once created (documents and checklists name it). */
export const CreateDocumentTypeBody = Type.Object({
  code: Type.String({ pattern: '^[a-z][a-z0-9_]{1,39}$', description: 'lower case letters, digits and _, 2-40 long' }),
  name: Name,
  nameEn: Name,
  sensitive: Type.Boolean(),
  retentionClass: RetentionClass,
});
export type CreateDocumentTypeBody = Static<typeof CreateDocumentTypeBody>;

export const UpdateDocumentTypeBody = Type.Object({
  name: Type.Optional(Name),
  nameEn: Type.Optional(Name),
  sensitive: Type.Optional(Type.Boolean()),
  retentionClass: Type.Optional(RetentionClass),
  /** A type no longer offered for new uploads; documents already filed under it stay. */
  active: Type.Optional(Type.Boolean()),
});
export type UpdateDocumentTypeBody = Static<typeof UpdateDocumentTypeBody>;

export const DocumentTypeParams = Type.Object({ code: Type.String({ pattern: '^[a-z][a-z0-9_]{1,39}$' }) });

export const RetentionClassInfo = Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String(), basis: Type.String() });

export const DocumentItem = Type.Object({
  id: Type.Integer(),
  typeCode: Type.String(),
  typeName: Type.String(),
  typeNameEn: Type.String(),
  fileName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  /** SHA-256 of the content: the store keeps the file under it. */
  sha256: Type.String(),
  sensitive: Type.Boolean(),
  /** Images and PDFs: shown in the browser; others download. */
  preview: Type.Boolean(),
  uploadedAt: DateTime,
  uploadedByName: Nullable(Type.String()),
});
export type DocumentItem = Static<typeof DocumentItem>;

/** One line of a record's checklist (材料清单): required or optional, received or missing. */
export const ChecklistLine = Type.Object({
  typeCode: Type.String(),
  typeName: Type.String(),
  typeNameEn: Type.String(),
  required: Type.Boolean(),
  received: Type.Integer({ description: 'how many documents of this type the record has' }),
  state: Type.Union([Type.Literal('received'), Type.Literal('missing'), Type.Literal('optional')]),
  note: Nullable(Type.Object({ zh: Type.String(), en: Type.String() })),
});
export type ChecklistLine = Static<typeof ChecklistLine>;

export const RecordDocuments = Type.Object({
  items: Type.Array(DocumentItem),
  checklist: Type.Array(ChecklistLine),
  /** Whether the caller may upload to this record. */
  canUpload: Type.Boolean(),
  maxBytes: Type.Integer(),
});
export type RecordDocuments = Static<typeof RecordDocuments>;

export const RecordParams = Type.Object({
  type: Type.String({ pattern: '^[a-z][a-z_]{1,39}$', description: 'the record type: policy, client …' }),
  id: Id(),
});
