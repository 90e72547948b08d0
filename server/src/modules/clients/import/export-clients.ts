import type { Readable } from 'node:stream';
import type { Static } from '@sinclair/typebox';
import { exportQueryOf } from '../../../platform/http/list-query.js';
import { audit, inTransaction, type Context } from '../../../platform/context/context.js';
import { xlsxStream, type XlsxCell } from '../../../platform/spreadsheet/index.js';
import { listClients } from '../find-clients.js';
import { ListClientsQuery, type Client } from '../clients.types.js';
import { CONTACT_CHOICES, GENDER_CHOICES, ID_TYPE_CHOICES, KIND_CHOICES } from './client-import-columns.js';
import type { Choices } from '../../imports/import-values.js';
import { beijingDateTime } from '../../../platform/time/beijing.js';

/** The list's filters and sort, without paging: the export is the whole list as shown, or its selected rows (`ids`). */
export const ExportClientsQuery = exportQueryOf(ListClientsQuery);
export type ExportClientsQuery = Static<typeof ExportClientsQuery>;

const PAGE = 1000;
const label = <T extends string>(choices: Choices<T>, value: T | null, en: boolean) => (value === null ? null : en ? value : choices[value][0]!);
const yesNo = (v: boolean, en: boolean) => (en ? (v ? 'yes' : 'no') : v ? '是' : '否');
const time = (iso: string | null) => (iso === null ? null : beijingDateTime(Date.parse(iso)));

// Personal fields exactly as the list shows them: masked (R-CL-6). Times in Beijing time.
const COLUMNS: { zh: string; en: string; text?: boolean; value(c: Client, en: boolean): XlsxCell }[] = [
  { zh: '编号', en: 'No.', value: (c) => c.id },
  { zh: '客户类型', en: 'Client type', value: (c, en) => label(KIND_CHOICES, c.kind, en) },
  { zh: '姓名/名称', en: 'Name', value: (c) => c.name },
  { zh: '性别', en: 'Gender', value: (c, en) => label(GENDER_CHOICES, c.gender, en) },
  { zh: '出生日期', en: 'Birth date', value: (c) => c.birthDate },
  { zh: '证件类型', en: 'ID type', value: (c, en) => label(ID_TYPE_CHOICES, c.idType, en) },
  { zh: '证件号码', en: 'ID number', text: true, value: (c) => c.idNumber },
  { zh: '手机号', en: 'Mobile', text: true, value: (c) => c.mobile },
  { zh: '地址', en: 'Address', value: (c) => c.address },
  { zh: '职业', en: 'Occupation', value: (c) => c.occupation },
  { zh: '联系偏好', en: 'Contact preference', value: (c, en) => label(CONTACT_CHOICES, c.contactPreference, en) },
  { zh: '统一社会信用代码', en: 'Unified social credit code', text: true, value: (c) => c.unifiedCreditCode },
  { zh: '联系人', en: 'Contact person', value: (c) => c.contactPerson },
  { zh: '所属机构', en: 'Org unit', value: (c) => c.orgUnitName },
  { zh: '业务员', en: 'Agent', value: (c) => c.agentName },
  { zh: '首次接触时间', en: 'First contact', value: (c) => time(c.firstContactAt) },
  { zh: '建档完成时间', en: 'Archive complete', value: (c) => time(c.archivedAt) },
  { zh: '同意营销', en: 'Marketing consent', value: (c, en) => yesNo(c.consentMarketing, en) },
  { zh: '同意处理敏感信息', en: 'Sensitive data consent', value: (c, en) => yesNo(c.consentSensitive, en) },
  { zh: '合并至', en: 'Merged into', value: (c) => c.mergedIntoId },
];

/**
 * The filtered client list as xlsx, streamed page by page (the list's own query and masking),
 * in the caller's language. The export itself is audited first: who took which list out.
 */
export async function exportClients(ctx: Context, filters: ExportClientsQuery): Promise<Readable> {
  await inTransaction(ctx, (tx) =>
    audit(tx, { action: 'client.export', entityType: 'client', entityId: null, orgUnitId: ctx.actor?.orgUnitId ?? null, after: { format: 'xlsx', filters } }),
  );
  const en = ctx.locale === 'en';
  const { ids, ...query } = filters;
  async function* rows() {
    let cursor: string | undefined;
    do {
      const page = await listClients(ctx, { ...query, limit: PAGE, cursor }, { count: false, ids });
      for (const c of page.items) yield COLUMNS.map((col) => col.value(c, en));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return xlsxStream([{ name: en ? 'Clients' : '客户', columns: COLUMNS.map((c) => ({ header: en ? c.en : c.zh, text: c.text })), rows: rows() }]);
}
