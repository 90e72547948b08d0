import { audit, inTransaction, type Context, type TxContext } from '../../platform/context/context.js';
import { findHeadOfficeId } from '../../platform/authz/head-office.js';
import { headOfficeOnly, invalid, notFound } from '../../platform/http/errors.js';
import './documents.tables.js';
import type { CreateDocumentTypeBody, DocumentType, UpdateDocumentTypeBody } from './documents.types.js';

type Row = { code: string; name: string; name_en: string; sensitive: boolean; retention_class: string; active: boolean };
const toDocumentType = (t: Row): DocumentType => ({ code: t.code, name: t.name, nameEn: t.name_en, sensitive: t.sensitive, retentionClass: t.retention_class, active: t.active });

/** The catalogue is company-wide: only a holder of catalog.manage at head office changes it. Returns head office (the audit entry's unit). */
async function headOffice(tx: TxContext): Promise<number> {
  const id = await findHeadOfficeId(tx.trx);
  if (!tx.scope.includes(id)) throw headOfficeOnly();
  return id;
}

/** 新增资料类型: a code of its own (documents and checklists refer to it by code), names in both languages. */
export async function createDocumentType(ctx: Context, input: CreateDocumentTypeBody): Promise<DocumentType> {
  return inTransaction(ctx, async (tx) => {
    const orgUnitId = await headOffice(tx);
    const name = input.name.trim();
    const nameEn = input.nameEn.trim();
    if (!name) throw invalid({ path: 'name', reason: 'required' });
    if (!nameEn) throw invalid({ path: 'nameEn', reason: 'required' });
    const taken = await tx.trx.selectFrom('document_type').select('code').where('code', '=', input.code).executeTakeFirst();
    if (taken) throw invalid({ path: 'code', reason: 'documentTypeCodeTaken' });
    const last = await tx.trx.selectFrom('document_type').select(({ fn }) => fn.max('position').as('p')).executeTakeFirstOrThrow();
    const row = await tx.trx.insertInto('document_type')
      .values({ code: input.code, name, name_en: nameEn, sensitive: input.sensitive, retention_class: input.retentionClass, active: true, position: Number(last.p ?? 0) + 1 })
      .returningAll().executeTakeFirstOrThrow();
    const created = toDocumentType(row);
    await audit(tx, { action: 'document_type.create', entityType: 'document_type', entityId: created.code, orgUnitId, after: created });
    return created;
  });
}

/** Rename, mark sensitive (every download audited), change the retention, or stop offering a type for new uploads. */
export async function updateDocumentType(ctx: Context, code: string, input: UpdateDocumentTypeBody): Promise<DocumentType> {
  return inTransaction(ctx, async (tx) => {
    const orgUnitId = await headOffice(tx);
    const before = await tx.trx.selectFrom('document_type').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    const name = input.name?.trim();
    const nameEn = input.nameEn?.trim();
    if (name === '') throw invalid({ path: 'name', reason: 'required' });
    if (nameEn === '') throw invalid({ path: 'nameEn', reason: 'required' });
    const changes = {
      ...(name !== undefined && { name }), ...(nameEn !== undefined && { name_en: nameEn }), ...(input.sensitive !== undefined && { sensitive: input.sensitive }),
      ...(input.retentionClass !== undefined && { retention_class: input.retentionClass }), ...(input.active !== undefined && { active: input.active }),
    };
    // An empty change (`{}`) is answered with the type as it is (an UPDATE with nothing to set is no SQL).
    const row = Object.keys(changes).length
      ? await tx.trx.updateTable('document_type').set(changes).where('code', '=', code).returningAll().executeTakeFirstOrThrow()
      : before;
    const after = toDocumentType(row);
    await audit(tx, { action: 'document_type.update', entityType: 'document_type', entityId: code, orgUnitId, before: toDocumentType(before), after });
    return after;
  });
}
