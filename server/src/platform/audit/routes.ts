import type { FastifyInstance } from 'fastify';
import { Id } from '../http/schemas.js';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { inScope } from '../db/scoped.js';
import { decodeCursor, pageOf, toPage } from '../http/pagination.js';
import { verifyAuditChain } from './verify-audit.js';
import { headOfficeOnly } from '../http/errors.js';
import { findHeadOfficeId } from '../authz/head-office.js';
import { contextOf } from '../http/request-context.js';

const tags = ['audit'];

const AuditEntry = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actorId: Type.Union([Type.Integer(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  orgUnitId: Type.Union([Type.Integer(), Type.Null()]),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Type.Union([Type.String(), Type.Null()]),
  hash: Type.String(),
});

/** The hash chain's check (verify-audit.ts VerifyReport): whole, or where it first breaks. */
const VerifyResponse = Type.Union([
  Type.Object({ ok: Type.Literal(true), entries: Type.Integer(), lastSeq: Type.Integer(), lastHash: Type.String() }),
  Type.Object({
    ok: Type.Literal(false),
    entries: Type.Integer(),
    /** The first entry that does not link: altered, or the one after a missing entry. */
    brokenAt: Type.Integer(),
    problem: Type.Union([Type.Literal('altered'), Type.Literal('missing'), Type.Literal('relinked')]),
    detail: Type.String(),
  }),
]);

export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        summary: 'Audit entries in your scope, newest first',
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          cursor: Type.Optional(Type.String({ maxLength: 500 })),
          entityType: Type.Optional(Type.String({ maxLength: 60 })),
          entityId: Type.Optional(Type.String({ maxLength: 60 })),
          action: Type.Optional(Type.String({ maxLength: 60 })),
          actorId: Type.Optional(Id()),
        }),
        response: { 200: pageOf(AuditEntry) },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      const { limit = 50, entityType, entityId, action, actorId } = req.query;
      const cursor = decodeCursor(req.query.cursor);
      let q = ctx.db.selectFrom('audit_log').selectAll().where(inScope('audit_log.org_unit_id', ctx.scope));
      if (entityType) q = q.where('entity_type', '=', entityType);
      if (entityId) q = q.where('entity_id', '=', entityId);
      if (action) q = q.where('action', '=', action);
      if (actorId) q = q.where('actor_id', '=', actorId);
      if (cursor) q = q.where('seq', '<', cursor.id);
      const rows = await q.orderBy('seq', 'desc').limit(limit + 1).execute();
      return toPage(rows, limit, (r) => ({ key: r.seq, id: r.seq }), (r) => ({
        seq: r.seq, at: r.at.toISOString(), actorId: r.actor_id, actorName: r.actor_name, orgUnitId: r.org_unit_id,
        action: r.action, entityType: r.entity_type, entityId: r.entity_id, before: r.before, after: r.after,
        requestId: r.request_id, hash: r.hash,
      }));
    },
  );

  app.get(
    '/api/v1/audit/verify',
    {
      config: { permission: 'audit.read' },
      schema: { tags, summary: 'Check the hash chain; reports the first broken or missing link', response: { 200: VerifyResponse } },
    },
    async (req) => {
      const ctx = contextOf(req);
      // The chain is one for the whole company: checking it is a head-office task.
      if (!ctx.scope.includes(await findHeadOfficeId(ctx.db))) throw headOfficeOnly();
      return verifyAuditChain(ctx.db);
    },
  );
}
