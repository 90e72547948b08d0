import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas.js';

const TemplateCode = Type.String({ pattern: '^[a-z][a-z0-9_]{1,39}$', description: 'a notice template: endorsement, surrender_explanation …' });

export const NoticeTemplateInfo = Type.Object({
  code: Type.String(),
  version: Type.Integer(),
  name: Type.String(),
  nameEn: Type.String(),
});

export const NoticeTemplateListItem = Type.Object({
  code: Type.String(),
  version: Type.Integer(),
  name: Type.String(),
  nameEn: Type.String(),
  recordTypes: Type.Array(Type.String()),
  sensitive: Type.Boolean(),
});

/** One declared version of a template, as the admin page lists it (通知书模板). */
export const NoticeTemplateVersion = Type.Object({
  code: Type.String(),
  version: Type.Integer(),
  name: Type.String(),
  nameEn: Type.String(),
  recordTypes: Type.Array(Type.Object({ type: Type.String(), name: Type.String(), nameEn: Type.String() })),
  sensitive: Type.Boolean(),
  /** The version new notices are issued with; older ones stay for the notices issued with them (a reprint). */
  latest: Type.Boolean(),
  /** Notices issued with this code and version, in the caller's scope. */
  issued: Type.Integer(),
  /** The Typst file, from the server's source root: `modules/servicing/notices/endorsement.v2.typ`. */
  file: Type.String(),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  sizeBytes: Type.Integer(),
});
export type NoticeTemplateVersion = Static<typeof NoticeTemplateVersion>;

export const NoticeTemplateSource = Type.Object({
  code: Type.String(),
  version: Type.Integer(),
  name: Type.String(),
  nameEn: Type.String(),
  latest: Type.Boolean(),
  file: Type.String(),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  sizeBytes: Type.Integer(),
  /** The Typst source as kept under version control (read-only: a new wording is a new version file). */
  source: Type.String(),
});
export type NoticeTemplateSource = Static<typeof NoticeTemplateSource>;

export const TemplateVersionParams = Type.Object({ code: TemplateCode, version: Type.Integer({ minimum: 1, maximum: 10_000 }) });

export const NoticeItem = Type.Object({
  id: Type.Integer(),
  /** 通知书编号: the org unit's code, the year, the number within them. */
  number: Type.String(),
  templateCode: Type.String(),
  templateVersion: Type.Integer(),
  templateName: Type.String(),
  templateNameEn: Type.String(),
  /** 验真码, printed on the notice. */
  verificationCode: Type.String(),
  /** The file among the record's documents. */
  documentId: Type.Integer(),
  sensitive: Type.Boolean(),
  batchId: Nullable(Type.Integer()),
  issuedAt: DateTime,
  issuedByName: Nullable(Type.String()),
});
export type NoticeItem = Static<typeof NoticeItem>;

export const RecordNotices = Type.Object({
  items: Type.Array(NoticeItem),
  /** The templates that may be issued for this record now. */
  templates: Type.Array(NoticeTemplateInfo),
  /** Whether the caller may issue notices for it (the record type's write permission, in scope). */
  canIssue: Type.Boolean(),
});
export type RecordNotices = Static<typeof RecordNotices>;

export const IssueNoticeBody = Type.Object({ templateCode: TemplateCode });

export const IssuedNotice = Type.Object({ id: Type.Integer(), number: Type.String(), documentId: Type.Integer() });

export const VerifiedNotice = Type.Object({
  id: Type.Integer(),
  number: Type.String(),
  verificationCode: Type.String(),
  templateName: Type.String(),
  templateNameEn: Type.String(),
  recordType: Type.String(),
  recordTypeName: Type.String(),
  recordTypeNameEn: Type.String(),
  recordId: Type.Integer(),
  /** e.g. "BQ20260000012 王小明". */
  recordLabel: Type.String(),
  /** The record's page in the web app. */
  href: Nullable(Type.String()),
  issuedAt: DateTime,
});
export type VerifiedNotice = Static<typeof VerifiedNotice>;

export const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40, description: 'the verification code printed on the notice, e.g. 7KQ2-M9XD-4TPA' }) });

export const CreateBatchBody = Type.Object({
  templateCode: TemplateCode,
  recordType: Type.String({ pattern: '^[a-z][a-z_]{1,39}$' }),
  recordIds: Type.Array(Id(), { minItems: 1, maxItems: 2000, uniqueItems: true }),
});
export type CreateBatchBody = Static<typeof CreateBatchBody>;

export const NoticeBatch = Type.Object({
  id: Type.Integer(),
  templateCode: Type.String(),
  templateVersion: Type.Integer(),
  templateName: Type.String(),
  templateNameEn: Type.String(),
  recordType: Type.String(),
  orgUnitId: Type.Integer(),
  state: Type.Union([Type.Literal('pending'), Type.Literal('done')]),
  total: Type.Integer(),
  done: Type.Integer(),
  failed: Type.Integer(),
  createdAt: DateTime,
  createdByName: Nullable(Type.String()),
  finishedAt: Nullable(DateTime),
  /** The items that failed, with why (the rest are listed as notices of their records). */
  failures: Type.Array(Type.Object({ position: Type.Integer(), recordId: Type.Integer(), error: Type.String() })),
  /** The first and the last number given (the batch's range per unit is in the notices). */
  firstNumber: Nullable(Type.String()),
  lastNumber: Nullable(Type.String()),
});
export type NoticeBatch = Static<typeof NoticeBatch>;
