import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { invalid } from '../../platform/http/errors.js';
import { inTransaction } from '../../platform/context/context.js';
import { contextOf } from '../../platform/http/request-context.js';
import { ALL_ROLES } from '../../platform/authz/roles.js';
import { deadlineCounts, deadlineStats, getDeadline, listDeadlines, myDueItems } from './find-deadlines.js';
import { cancelDeadline, pauseDeadline, reassignDeadline, resumeDeadline } from './change-deadline.js';
import { recordDeadlineEvent } from './record-event.js';
import { sweepDeadlines } from './sweep-deadlines.js';
import { toRule, updateDeadlineRule } from './update-rule.js';
import { findHeadOfficeId } from '../../platform/authz/head-office.js';
import { headOfficeOnly } from '../../platform/http/errors.js';
import { Id, Version } from '../../platform/http/schemas.js';
import {
  Deadline, DeadlineCounts, DeadlinePage, DeadlineRule, DeadlineStats, MyDueItems, RecordedEvent, SweepReport, Unit, WarnUnit,
} from './deadlines.types.js';

const tags = ['deadlines'];
const IdParams = Type.Object({ id: Id() });
const Reason = Type.String({ minLength: 2, maxLength: 300 });

export async function deadlineRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/deadline-rules',
    {
      config: { permission: 'deadline.read' },
      schema: { tags, summary: 'Every deadline rule with its basis (SPEC id, law article)', response: { 200: Type.Object({ items: Type.Array(DeadlineRule) }) } },
    },
    async () => ({ items: (await app.db.selectFrom('deadline_rule').selectAll().orderBy('module').orderBy('id').execute()).map(toRule) }),
  );

  app.patch(
    '/api/v1/deadline-rules/:id',
    {
      config: { permission: 'calendar.manage' },
      schema: {
        tags, summary: "Adjust a rule's figures (head office; audited)",
        params: Type.Object({ id: Type.String({ maxLength: 80 }) }),
        body: Type.Object({
          version: Version(),
          duration: Type.Optional(Type.Integer({ minimum: -400, maximum: 1000 })),
          unit: Type.Optional(Unit),
          rollToWorkingDay: Type.Optional(Type.Boolean()),
          cutoffTime: Type.Optional(Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }), Type.Null()])),
          warnBefore: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
          warnUnit: Type.Optional(WarnUnit),
          escalateToRole: Type.Optional(Type.Union([Type.Union(ALL_ROLES.map((r) => Type.Literal(r))), Type.Null()])),
          active: Type.Optional(Type.Boolean()),
        }),
        response: { 200: DeadlineRule },
      },
    },
    async (req) => updateDeadlineRule(contextOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/deadlines',
    {
      config: { permission: 'deadline.read' },
      schema: {
        tags, summary: 'Deadlines in your scope, soonest first (e.g. of one record: entityType + entityId)',
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          cursor: Type.Optional(Type.String({ maxLength: 500 })),
          entityType: Type.Optional(Type.String({ maxLength: 60 })),
          entityId: Type.Optional(Type.String({ maxLength: 60 })),
          state: Type.Optional(Type.Union(['open', 'due_soon', 'overdue', 'met', 'missed', 'cancelled'].map((s) => Type.Literal(s)))),
          live: Type.Optional(Type.Boolean()),
          ownerId: Type.Optional(Id()),
        }),
        response: { 200: DeadlinePage },
      },
    },
    async (req) => listDeadlines(contextOf(req), req.query),
  );

  app.get(
    '/api/v1/deadlines/mine',
    {
      config: { permission: 'deadline.read' },
      schema: { tags, summary: 'My due items: overdue, due today, next 5 working days', response: { 200: MyDueItems } },
    },
    async (req) => myDueItems(contextOf(req)),
  );

  app.get(
    '/api/v1/deadlines/counts',
    { config: { permission: 'authenticated' }, schema: { tags, summary: 'Counts for the navigation badge', response: { 200: DeadlineCounts } } },
    async (req) => deadlineCounts(contextOf(req)),
  );

  app.get(
    '/api/v1/deadlines/stats',
    {
      config: { permission: 'deadline.read' },
      schema: {
        tags, summary: 'Met and missed per rule over a period (KPIs)',
        querystring: Type.Object({ from: Type.String({ format: 'date' }), to: Type.String({ format: 'date' }) }),
        response: { 200: DeadlineStats },
      },
    },
    async (req) => ({ items: await deadlineStats(contextOf(req), req.query.from, req.query.to) }),
  );

  app.get(
    '/api/v1/deadlines/:id',
    {
      config: { permission: 'deadline.read', entity: 'deadline' },
      schema: { tags, summary: 'One deadline with its basis and countdown', params: IdParams, response: { 200: Deadline } },
    },
    async (req) => getDeadline(contextOf(req), req.params.id),
  );

  for (const verb of ['pause', 'resume', 'cancel'] as const) {
    app.post(
      `/api/v1/deadlines/:id/${verb}`,
      {
        config: { permission: 'deadline.manage', entity: 'deadline' }, // audited in change-deadline.ts, through the context
        schema: {
          tags, summary: { pause: 'Pause with a reason (e.g. waiting for documents)', resume: 'Resume; the time paused is added', cancel: 'Cancel with a reason' }[verb],
          params: IdParams, body: Type.Object({ version: Version(), reason: verb === 'resume' ? Type.Optional(Reason) : Reason }),
          response: { 200: Deadline },
        },
      },
      async (req) => {
        const ctx = contextOf(req);
        const change = { id: req.params.id, version: req.body.version, reason: req.body.reason ?? '' };
        const row = verb === 'pause' ? await pauseDeadline(ctx, change) : verb === 'resume' ? await resumeDeadline(ctx, change) : await cancelDeadline(ctx, change);
        return getDeadline(ctx, row.id);
      },
    );
  }

  app.post(
    '/api/v1/deadlines/:id/reassign',
    {
      config: { permission: 'task.reassign', entity: 'deadline' }, // audited in change-deadline.ts, through the context
      schema: {
        tags, summary: 'Give a running deadline to another person in scope (改派)', params: IdParams,
        body: Type.Object({ version: Version(), ownerId: Id(), reason: Reason }),
        response: { 200: Deadline },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      const row = await reassignDeadline(ctx, { id: req.params.id, version: req.body.version, reason: req.body.reason, ownerId: req.body.ownerId });
      return getDeadline(ctx, row.id);
    },
  );

  app.post(
    '/api/v1/deadlines/events',
    {
      config: { permission: 'deadline.manage', auditRequired: false }, // audited per deadline in record-event.ts
      schema: {
        tags, summary: 'Record an event on a record: opens the rules it starts, closes those it completes',
        body: Type.Object({
          entityType: Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z_]+$' }),
          entityId: Type.String({ minLength: 1, maxLength: 60 }),
          event: Type.String({ minLength: 3, maxLength: 80, pattern: '^[a-z_]+\\.[a-z_]+$' }),
          at: Type.Optional(Type.String({ format: 'date-time' })),
          orgUnitId: Id(),
          ownerId: Type.Optional(Type.Union([Id(), Type.Null()])),
          ruleIds: Type.Optional(Type.Array(Type.String({ maxLength: 80 }), { maxItems: 20 })),
        }),
        response: { 200: RecordedEvent },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      const body = req.body;
      if (!ctx.scope.includes(body.orgUnitId)) throw invalid({ path: 'orgUnitId', reason: 'orgUnitNotFound' });
      if (body.ownerId) {
        const owner = await ctx.db.selectFrom('app_user').select('org_unit_id').where('id', '=', body.ownerId).executeTakeFirst();
        if (!owner || !ctx.scope.includes(owner.org_unit_id)) throw invalid({ path: 'ownerId', reason: 'userNotFound' });
      }
      const result = await inTransaction(ctx, (tx) =>
        recordDeadlineEvent(tx, { ...body, at: body.at ? new Date(body.at) : ctx.clock.now(), ownerId: body.ownerId ?? null }),
      );
      return { opened: result.opened.map((d) => d.id), closed: result.closed.map((d) => ({ id: d.id, state: d.state })) };
    },
  );

  app.post(
    '/api/v1/deadlines/sweep',
    {
      config: { permission: 'calendar.manage', auditRequired: false }, // the sweep writes its own summary entry
      schema: { tags, summary: 'Run the deadline sweep now (it also runs every minute)', response: { 200: SweepReport } },
    },
    async (req) => {
      const ctx = contextOf(req);
      if (!ctx.scope.includes(await findHeadOfficeId(ctx.db))) throw headOfficeOnly();
      return sweepDeadlines(ctx.db, ctx.clock.now());
    },
  );
}
