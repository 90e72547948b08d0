import type { Readable } from 'node:stream';
import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { xlsxStream, type XlsxCell } from '../../platform/spreadsheet/index.js';
import { beijingDateTime } from '../../platform/time/beijing.js';
import { listWorkItems, viewAccess } from './find-work-items.js';
import type { QueuedType } from './queue-types.js';
import type { ExportWorkItemsQuery, SlaState, WorkItem } from './queues.types.js';
import { ROLES, isRole } from '../../platform/authz/roles.js';

const PAGE = 1000;
const time = (iso: string | null) => (iso === null ? null : beijingDateTime(Date.parse(iso)));
const SLA_TEXT: Record<SlaState, { zh: string; en: string }> = {
  overdue: { zh: '已逾期', en: 'Overdue' },
  due_soon: { zh: '即将到期', en: 'Due soon' },
  on_time: { zh: '正常', en: 'On time' },
  none: { zh: '无时限', en: 'No SLA running' },
};
const VIEW_TEXT = { mine: { zh: '我的任务', en: 'My tasks' }, team: { zh: '团队队列', en: 'Team queue' }, all: { zh: '全部事项', en: 'All work' } };
const pick = (en: boolean, zh: string, english: string | null) => (en ? (english ?? zh) : zh);
const roleName = (role: string, en: boolean) => (isRole(role) ? ROLES[role][en ? 'en' : 'zh'] : role);

// The columns the queue pages show, in the same order.
const COLUMNS: { zh: string; en: string; value(w: WorkItem, en: boolean): XlsxCell }[] = [
  { zh: '事项', en: 'Item', value: (w) => w.label },
  { zh: '类型', en: 'Type', value: (w, en) => (en ? w.typeNameEn : w.typeName) },
  { zh: '状态', en: 'State', value: (w, en) => (en ? w.stateNameEn : w.stateName) },
  { zh: '时效', en: 'SLA', value: (w, en) => SLA_TEXT[w.slaState][en ? 'en' : 'zh'] },
  { zh: '到期时间', en: 'Due', value: (w) => time(w.dueAt) },
  { zh: '负责人', en: 'Owner', value: (w, en) => w.ownerName ?? (w.team ? `${pick(en, w.team.orgUnitName, w.team.orgUnitNameEn)} ${roleName(w.team.role, en)}${en ? ' (team queue)' : '（任务池）'}` : null) },
  { zh: '所属机构', en: 'Org unit', value: (w, en) => pick(en, w.orgUnitName, w.orgUnitNameEn) },
  { zh: '受理时间', en: 'Received', value: (w) => time(w.receivedAt) },
  { zh: '分派时间', en: 'Assigned', value: (w) => time(w.assignedAt) },
  { zh: '办结时间', en: 'Closed', value: (w) => time(w.closedAt) },
];

/** A view of the work queues as xlsx — exactly its list as shown (filters and sort, every page), or its selected rows; audited first. */
export async function exportWorkItems(ctx: Context, types: Map<string, QueuedType>, filters: ExportWorkItemsQuery): Promise<Readable> {
  const { ids, view, ...query } = filters;
  await viewAccess(ctx, types, view); // refused before anything is written
  await inTransaction(ctx, (tx) =>
    audit(tx, { action: 'work_item.export', entityType: 'work_item', entityId: null, orgUnitId: ctx.actor?.orgUnitId ?? null, after: { format: 'xlsx', view, filters: { ...query, ids } } }),
  );
  const en = ctx.locale === 'en';
  async function* rows() {
    let cursor: string | undefined;
    do {
      const page = await listWorkItems(ctx, types, view, { ...query, limit: PAGE, cursor }, { ids, count: false });
      for (const w of page.items) yield COLUMNS.map((col) => col.value(w, en));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return xlsxStream([{ name: VIEW_TEXT[view][en ? 'en' : 'zh'], columns: COLUMNS.map((c) => ({ header: en ? c.en : c.zh })), rows: rows() }]);
}
