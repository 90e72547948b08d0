import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/types';

// The server's shapes (web/src/api/schema.d.ts): the work queues (我的任务 / 团队队列 / 全部, issue 12 item 4).
export type WorkItem = ResponseOf<'/work-items'>['items'][number];
export type WorkItemList = ResponseOf<'/work-items'>;
export type QueueSummary = ResponseOf<'/work-items/summary'>;
export type Assignee = ResponseOf<'/work-items/assignees'>['items'][number];
export type SlaState = WorkItem['slaState'];
export type BulkReassignBody = BodyOf<'/work-items/reassign', 'post'>;
export type ReturnBody = BodyOf<'/work-items/{id}/return', 'post'>;
/** A record's work item and what I may do with it (the record page's badge). */
export type RecordWorkItem = ResponseOf<'/records/{type}/{id}/work-item'>;

/** The three views and where each lists from. */
export const QUEUE_VIEWS = ['mine', 'team', 'all'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];
const PATHS = { mine: '/work-items/mine', team: '/work-items/team', all: '/work-items' } as const;

export const SLA_STATES: SlaState[] = ['overdue', 'due_soon', 'on_time', 'none'];
export const SLA_COLOR: Record<SlaState, string> = { overdue: 'red', due_soon: 'orange', on_time: 'green', none: 'default' };

export const queueKeys = {
  all: ['work-items'] as const,
  list: (view: QueueView) => ['work-items', 'list', view] as const,
  summary: () => ['work-items', 'summary'] as const,
  assignees: (q: string) => ['work-items', 'assignees', q] as const,
  record: (type: string, id: number) => ['work-items', 'record', type, id] as const,
};

export const listWorkItems = (view: QueueView, query: Record<string, string | number>) => api.get<WorkItemList>(PATHS[view], query as QueryOf<'/work-items'>);
export const getQueueSummary = () => api.get<QueueSummary>('/work-items/summary');
export const findAssignees = (q: string) => api.get<ResponseOf<'/work-items/assignees'>>('/work-items/assignees', q ? { q } : {}).then((r) => r.items);
export const takeWorkItem = (id: number, version?: number) => api.post<WorkItem>(`/work-items/${id}/take`, version === undefined ? {} : { version });
export const returnWorkItem = (id: number, body: ReturnBody) => api.post<WorkItem>(`/work-items/${id}/return`, body);
export const getRecordWorkItem = (type: string, id: number) => api.get<RecordWorkItem>(`/records/${type}/${id}/work-item`);
export const reassignWorkItems = (body: BulkReassignBody) => api.post<ResponseOf<'/work-items/reassign', 'post'>>('/work-items/reassign', body);

/** My open items and the team queues I am in (the queue pages' head, the home page's card); refreshed every minute. */
export function useQueueSummary(enabled = true) {
  return useQuery({ queryKey: queueKeys.summary(), queryFn: getQueueSummary, enabled, refetchInterval: 60_000 });
}
