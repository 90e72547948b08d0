import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { listOf } from '../../platform/http/list-query.js';
import { contextOf } from '../../platform/http/request-context.js';
import { getPolicy, listPolicies } from './find-policies.js';
import { createPolicy } from './create-policy.js';
import { updatePolicy } from './update-policy.js';
import { reviewPolicy } from './review-policy.js';
import { verifyPolicy } from './verify-policy.js';
import { resolveDifference } from './resolve-difference.js';
import { changePolicyStatus } from './change-policy-status.js';
import { revealPolicyField } from './reveal-policy-field.js';
import { attachment, XLSX_CONTENT_TYPE } from '../../platform/spreadsheet/index.js';
import { exportPolicies, ExportPoliciesQuery } from './import/export-policies.js';
import {
  ChangeStatusBody, CreatePolicyBody, DifferenceParams, ListPoliciesQuery, Policy, PolicyDetail, PolicyListItem, PolicyIdParams,
  ResolveDifferenceBody, RevealPolicyBody, ReviewBody, UpdatePolicyBody, VerifyBody,
} from './policies.types.js';
import { beijingDate } from '../../platform/time/beijing.js';

const tags = ['policies'];
const write = { permission: 'policy.write', entity: 'policy' } as const;

// 保单登记 (SPEC §2).
export async function policyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/policies',
    {
      config: { permission: 'policy.read' },
      schema: { tags, summary: 'Policies in your scope: filtered, sorted, one page with its total (exact, or estimated for a large list)', querystring: ListPoliciesQuery, response: { 200: listOf(PolicyListItem) } },
    },
    async (req) => { const ctx = contextOf(req); return listPolicies(ctx.db, ctx.scope, req.query, { today: beijingDate(ctx.clock.now()) }); },
  );

  app.get(
    '/api/v1/policies/export.xlsx',
    {
      config: { permission: 'policy.read' },
      schema: { tags, summary: 'The filtered policy list as an xlsx file (the account masked as in the list; audited)', querystring: ExportPoliciesQuery },
    },
    async (req, reply) => {
      const stamp = beijingDate(Date.now());
      const body = await exportPolicies(contextOf(req), req.query);
      return reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', attachment(`保单-policies-${stamp}.xlsx`)).send(body);
    },
  );

  app.get(
    '/api/v1/policies/:id',
    {
      config: { permission: 'policy.read', entity: 'policy' },
      schema: { tags, summary: 'One policy with parties, reviews, notices and differences (a reissue is a servicing request, R-PO-7)', params: PolicyIdParams, response: { 200: PolicyDetail } },
    },
    async (req) => { const ctx = contextOf(req); return getPolicy(ctx.db, ctx.keyring, ctx.scope, req.params.id, ctx.locale); },
  );

  app.post(
    '/api/v1/policies',
    {
      config: { permission: 'policy.write' },
      schema: { tags, summary: 'Register a policy a client handed over, with the initial review (R-PO-1, R-PO-2)', body: CreatePolicyBody, response: { 201: Policy } },
    },
    async (req, reply) => reply.status(201).send(await createPolicy(contextOf(req), req.body)),
  );

  app.patch(
    '/api/v1/policies/:id',
    { config: write, schema: { tags, summary: 'Correct the record before verification (send the version you read)', params: PolicyIdParams, body: UpdatePolicyBody, response: { 200: Policy } } },
    async (req) => updatePolicy(contextOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/policies/:id/review',
    { config: write, schema: { tags, summary: 'Run the initial review again (R-PO-2)', params: PolicyIdParams, body: ReviewBody, response: { 200: PolicyDetail } } },
    async (req) => reviewPolicy(contextOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/policies/:id/verify',
    { config: write, schema: { tags, summary: "Verify against the client's papers; differences are raised (R-PO-4)", params: PolicyIdParams, body: VerifyBody, response: { 200: PolicyDetail } } },
    async (req) => verifyPolicy(contextOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/policies/:id/differences/:differenceId/resolve',
    { config: write, schema: { tags, summary: 'Settle a verification difference', params: DifferenceParams, body: ResolveDifferenceBody, response: { 200: PolicyDetail } } },
    async (req) => resolveDifference(contextOf(req), req.params.id, req.params.differenceId, req.body),
  );

  app.post(
    '/api/v1/policies/:id/status',
    { config: write, schema: { tags, summary: 'Lapse, reinstate or terminate, with a reason', params: PolicyIdParams, body: ChangeStatusBody, response: { 200: PolicyDetail } } },
    async (req) => changePolicyStatus(contextOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/policies/:id/reveal',
    {
      config: { permission: 'pii.reveal', entity: 'policy' },
      schema: {
        tags, summary: 'Show the premium account in clear text (audited)', params: PolicyIdParams, body: RevealPolicyBody,
        response: { 200: Type.Object({ value: Type.Union([Type.String(), Type.Null()]) }) },
      },
    },
    async (req) => revealPolicyField(contextOf(req), req.params.id),
  );
}
