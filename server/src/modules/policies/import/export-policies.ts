import type { Readable } from 'node:stream';
import type { Static } from '@sinclair/typebox';
import { exportQueryOf } from '../../../platform/http/list-query.js';
import { audit, inTransaction, type Context } from '../../../platform/context/context.js';
import { xlsxStream, type XlsxCell } from '../../../platform/spreadsheet/index.js';
import { listPolicyRecords } from '../find-policies.js';
import { POLICY_STATE_TEXT } from '../policy-rules.data.js';
import { ListPoliciesQuery, type Policy } from '../policies.types.js';
import { FREQUENCY_CHOICES, LINE_CHOICES, MODE_CHOICES, TERM_CHOICES } from './policy-import-columns.js';
import type { Choices } from '../../imports/import-values.js';
import { beijingDate, beijingDateTime } from '../../../platform/time/beijing.js';

/** The list's filters and sort, without paging: the export is the whole list as shown, or its selected rows (`ids`). */
export const ExportPoliciesQuery = exportQueryOf(ListPoliciesQuery);
export type ExportPoliciesQuery = Static<typeof ExportPoliciesQuery>;

const PAGE = 1000;
const label = <T extends string>(choices: Choices<T>, value: T | null, en: boolean) => (value === null ? null : en ? value : choices[value][0]!);
const time = (iso: string | null) => (iso === null ? null : beijingDateTime(Date.parse(iso)));

// The columns of the import template where they exist, so an export can be edited and imported
// elsewhere; money as numbers, the debit account masked as the list shows it (R-CL-6).
const COLUMNS: { zh: string; en: string; text?: boolean; value(p: Policy, en: boolean): XlsxCell }[] = [
  { zh: '内部编号', en: 'Internal no.', value: (p) => p.internalNo },
  { zh: '保险公司', en: 'Insurer', value: (p) => p.insurerName },
  { zh: '保单号', en: 'Policy number', text: true, value: (p) => p.policyNumber },
  { zh: '产品', en: 'Product', value: (p) => p.productName },
  { zh: '险种类别', en: 'Line of business', value: (p, en) => label(LINE_CHOICES, p.lineOfBusiness, en) },
  { zh: '保险期间类型', en: 'Term type', value: (p, en) => label(TERM_CHOICES, p.termType, en) },
  { zh: '投保人', en: 'Policyholder', value: (p) => p.policyholderName },
  { zh: '保险金额', en: 'Sum insured', value: (p) => Number(p.sumInsured) },
  { zh: '保费', en: 'Premium', value: (p) => Number(p.premium) },
  { zh: '缴费频率', en: 'Payment frequency', value: (p, en) => label(FREQUENCY_CHOICES, p.paymentFrequency, en) },
  { zh: '缴费方式', en: 'Payment mode', value: (p, en) => label(MODE_CHOICES, p.paymentMode, en) },
  { zh: '缴费年期', en: 'Payment years', value: (p) => p.paymentYears },
  { zh: '扣款账号', en: 'Debit account', text: true, value: (p) => p.bankAccount },
  { zh: '投保日期', en: 'Application date', value: (p) => p.applicationDate },
  { zh: '签单日期', en: 'Issue date', value: (p) => p.issueDate },
  { zh: '生效日期', en: 'Effective date', value: (p) => p.effectiveDate },
  { zh: '满期日期', en: 'End date', value: (p) => p.endDate },
  { zh: '状态', en: 'State', value: (p, en) => POLICY_STATE_TEXT[p.state][en ? 'en' : 'zh-CN'] },
  { zh: '所属机构', en: 'Org unit', value: (p) => p.orgUnitName },
  { zh: '业务员', en: 'Agent', value: (p) => p.agentName },
  { zh: '接收时间', en: 'Received', value: (p) => time(p.receivedAt) },
  { zh: '核对时间', en: 'Verified', value: (p) => time(p.verifiedAt) },
];

/** The filtered policy list as xlsx, streamed page by page, in the caller's language; the export is audited first. */
export async function exportPolicies(ctx: Context, filters: ExportPoliciesQuery): Promise<Readable> {
  await inTransaction(ctx, (tx) =>
    audit(tx, { action: 'policy.export', entityType: 'policy', entityId: null, orgUnitId: ctx.actor?.orgUnitId ?? null, after: { format: 'xlsx', filters } }),
  );
  const en = ctx.locale === 'en';
  const { ids, ...query } = filters;
  async function* rows() {
    let cursor: string | undefined;
    do {
      const page = await listPolicyRecords(ctx.db, ctx.keyring, ctx.scope, { ...query, limit: PAGE, cursor }, { ids, today: beijingDate(ctx.clock.now()) });
      for (const p of page.items) yield COLUMNS.map((col) => col.value(p, en));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return xlsxStream([{ name: en ? 'Policies' : '保单', columns: COLUMNS.map((c) => ({ header: en ? c.en : c.zh, text: c.text })), rows: rows() }]);
}
