import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AnxinModule } from '../../kit/module.js';
import { contextOf } from '../../platform/http/request-context.js';
import { listOf } from '../../platform/http/list-query.js';
import { IdParams } from '../../platform/http/schemas.js';
import { attachment, XLSX_CONTENT_TYPE } from '../../platform/spreadsheet/index.js';
import { beijingDate } from '../../platform/time/beijing.js';
import { listWorkItems } from './find-work-items.js';
import { exportWorkItems } from './export-work-items.js';
import { listAssignees, queueSummary } from './queue-summary.js';
import { queuedTypes } from './queue-types.js';
import { reassignWorkItems } from './reassign-work-items.js';
import { findRecordWorkItem } from './record-work-item.js';
import { returnWorkItem } from './return-work-item.js';
import { takeWorkItem } from './take-work-item.js';
import {
  AssigneeList, AssigneesQuery, BulkReassignBody, ExportWorkItemsQuery, ListWorkItemsQuery, QueueSummary, ReassignBody, RecordParams, RecordWorkItem,
  ReturnBody, TakeBody, WorkItem,
} from './queues.types.js';

const tags = ['work queues'];

// 工作队列 (issue 12, item 4): 我的任务, 团队队列 (任务池), the supervisor's view (read-only for the quality
// auditor: task.read), take, reassign, return (放回任务池), a record's item, export. The personal views declare
// `authenticated`: what they show is each record type's own read scope (find-work-items.ts viewAccess), as the
// documents of a record are (deny by default there); take and return check the record type's write permission.
export async function queueRoutes(fastify: FastifyInstance, opts: { registry: readonly AnxinModule[] }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const types = queuedTypes(opts.registry);

  app.get(
    '/api/v1/work-items',
    {
      config: { permission: 'task.read' },
      schema: {
        tags, querystring: ListWorkItemsQuery, response: { 200: listOf(WorkItem) },
        summary: "The supervisor's view (the quality auditor's too, read-only): every open item in your scope (each record type's own read scope too) with its SLA state, most urgent first",
      },
    },
    async (req) => listWorkItems(contextOf(req), types, 'all', req.query),
  );

  app.get(
    '/api/v1/work-items/mine',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: '我的任务: the items you own, most urgent first', querystring: ListWorkItemsQuery, response: { 200: listOf(WorkItem) } },
    },
    async (req) => listWorkItems(contextOf(req), types, 'mine', req.query),
  );

  app.get(
    '/api/v1/work-items/team',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags, querystring: ListWorkItemsQuery, response: { 200: listOf(WorkItem) },
        summary: '团队队列: the items waiting in the team queues you are in (your role in an org unit, or above it); filter one with orgUnitId',
      },
    },
    async (req) => listWorkItems(contextOf(req), types, 'team', req.query),
  );

  app.get(
    '/api/v1/work-items/summary',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'My open items (overdue, due soon), the team queues I am in with what waits in each, the record types that queue', response: { 200: QueueSummary } },
    },
    async (req) => queueSummary(contextOf(req), types),
  );

  app.get(
    '/api/v1/work-items/assignees',
    {
      config: { permission: 'task.reassign' },
      schema: { tags, summary: 'Who you may give items to: active people in your scope who handle a queued record type', querystring: AssigneesQuery, response: { 200: AssigneeList } },
    },
    async (req) => listAssignees(contextOf(req), types, req.query.q),
  );

  app.get(
    '/api/v1/work-items/export.xlsx',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'A view (mine, team, all — all needs task.read) as xlsx: exactly its list as shown, or the selected rows; audited', querystring: ExportWorkItemsQuery },
    },
    async (req, reply) => {
      const body = await exportWorkItems(contextOf(req), types, req.query);
      return reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', attachment(`工作队列-work-items-${beijingDate(Date.now())}.xlsx`)).send(body);
    },
  );

  app.post(
    '/api/v1/work-items/:id/take',
    {
      config: { permission: 'authenticated', entity: 'work_item' },
      schema: {
        tags, params: IdParams, body: TakeBody, response: { 200: WorkItem },
        summary: "领取: take an item from a team queue you are in (the record type's write permission where it is); taken already → 409",
      },
    },
    async (req) => takeWorkItem(contextOf(req), types, req.params.id, req.body.version),
  );

  app.post(
    '/api/v1/work-items/:id/return',
    {
      config: { permission: 'authenticated', entity: 'work_item' },
      schema: {
        tags, params: IdParams, body: ReturnBody, response: { 200: WorkItem },
        summary: "放回任务池: hand an item you hold (or, as a supervisor, anyone's there) back to its team queue with the reason; moved since the version you send → 409",
      },
    },
    async (req) => returnWorkItem(contextOf(req), types, req.params.id, req.body),
  );

  app.get(
    '/api/v1/records/:type/:id/work-item',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags, params: RecordParams, response: { 200: RecordWorkItem },
        summary: "A record's work item (who holds it, or the team queue it waits in) and whether you may take, return or reassign it — the record type's read permission and scope",
      },
    },
    async (req) => findRecordWorkItem(contextOf(req), types, req.params.type, req.params.id),
  );

  app.post(
    '/api/v1/work-items/:id/reassign',
    {
      config: { permission: 'task.reassign', entity: 'work_item' },
      schema: {
        tags, params: IdParams, body: ReassignBody, response: { 200: WorkItem },
        summary: '改派: give an item to another person, with the reason — the record and its running deadlines go with it',
      },
    },
    async (req) => {
      const [item] = await reassignWorkItems(contextOf(req), types, { ids: [req.params.id], ...req.body }, () => 'id');
      return item!;
    },
  );

  app.post(
    '/api/v1/work-items/reassign',
    {
      config: { permission: 'task.reassign' },
      schema: {
        tags, body: BulkReassignBody, response: { 200: Type.Object({ items: Type.Array(WorkItem) }) },
        summary: '改派 several items to one person with one reason: all or none, each refusal named by its place (ids.3)',
      },
    },
    async (req) => ({ items: await reassignWorkItems(contextOf(req), types, req.body, (i) => `ids.${i}`) }),
  );
}
