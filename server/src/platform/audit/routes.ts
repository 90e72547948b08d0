import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { listOf } from '../http/list-query.js';
import { verifyAuditChain } from './verify-audit.js';
import { headOfficeOnly } from '../http/errors.js';
import { findHeadOfficeId } from '../authz/head-office.js';
import { contextOf } from '../http/request-context.js';
import { AuditEntry, ListAuditQuery, VerifyResponse } from './audit.types.js';
import { listAudit } from './list-audit.js';

const tags = ['audit'];

export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        summary: 'Audit entries in your scope: filtered, sorted (newest first unless asked), one page with its total',
        querystring: ListAuditQuery,
        response: { 200: listOf(AuditEntry) },
      },
    },
    async (req) => listAudit(contextOf(req), req.query),
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
