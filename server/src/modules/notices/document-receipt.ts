import { sql } from 'kysely';
import { beijingDateTime } from '../../platform/time/beijing.js';
import '../documents/documents.tables.js';
import { resolveRecords } from '../deadlines/record-labels.js';
import { templateFile, type NoticeTemplate } from './notice-template.js';

/**
 * 材料签收单 (issue 12, item 2 and 3): what the office received for a record — every document but the
 * notices it issued itself — for the client to keep. Any record type with documents.
 */
export const DOCUMENT_RECEIPT: NoticeTemplate = {
  code: 'document_receipt',
  version: 1,
  label: { zh: '材料签收单', en: 'Document receipt' },
  recordTypes: ['servicing', 'policy'],
  file: templateFile(import.meta.url, './templates/document-receipt.v1.typ'),
  async data(tx, recordType, id) {
    const record = (await resolveRecords(tx, [{ entityType: recordType, entityId: String(id) }]))(recordType, String(id));
    const rows = await tx.trx
      .selectFrom('document as d')
      .innerJoin('document_type as t', 't.code', 'd.type_code')
      .select(['t.name', 't.name_en', 'd.file_name', 'd.uploaded_at'])
      .select(sql<string | null>`(select display_name from app_user where id = d.uploaded_by)`.as('by_name'))
      .where('d.entity_type', '=', recordType)
      .where('d.entity_id', '=', id)
      .where('d.type_code', '<>', 'notice')
      .orderBy('d.id')
      .execute();
    return {
      recordTypeName: tx.notices.recordTypes.get(recordType)?.label.zh ?? recordType,
      recordLabel: record.label,
      documents: rows.map((d, i) => ({ no: i + 1, typeName: d.name, fileName: d.file_name, receivedAt: beijingDateTime(d.uploaded_at), receivedBy: d.by_name ?? '' })),
    };
  },
};
