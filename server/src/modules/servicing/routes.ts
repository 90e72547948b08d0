import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { contextOf } from '../../platform/http/request-context.js';
import { listOf } from '../../platform/http/list-query.js';
import { IdParams } from '../../platform/http/schemas.js';
import { createRequest, fireRequest } from './handle-request.js';
import { getRequest, listRequests } from './find-requests.js';
import { SERVICING_TYPES } from './servicing-types.data.js';
import { CreateRequestBody, FireRequestBody, ListRequestsQuery, ServicingRequest, ServicingTypeInfo } from './servicing.types.js';

const tags = ['servicing'];
const write = { permission: 'servicing.write' as const, entity: 'servicing' };

export async function servicingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/servicing-types',
    { config: { permission: 'servicing.read' }, schema: { tags, summary: 'The servicing request types (as data, R-SV-1..5)', response: { 200: Type.Object({ items: Type.Array(ServicingTypeInfo) }) } } },
    async () => ({
      items: SERVICING_TYPES.map((t) => ({
        code: t.code, name: t.label.zh, nameEn: t.label.en, specId: t.specId, walkInOnTheSpot: t.walkInOnTheSpot, endorsement: t.endorsement, refund: t.refund,
        approval: t.approval, changeFields: [...t.changes.fields], requiredChangeFields: [...t.changes.required],
        receivedEvent: t.receivedEvent, completedEvent: t.completedEvent, effect: t.effect, applicant: t.applicant, onePerPolicy: t.onePerPolicy,
        documents: t.documents.map((d) => ({ typeCode: d.typeCode, required: d.required, onlyWhen: d.onlyWhen ?? null })),
      })),
    }),
  );

  app.get(
    '/api/v1/servicing-requests',
    {
      config: { permission: 'servicing.read' },
      schema: { tags, summary: 'Servicing requests in your scope, newest first (the supervisor sees every open one)', querystring: ListRequestsQuery, response: { 200: listOf(ServicingRequest) } },
    },
    async (req) => listRequests(contextOf(req), req.query),
  );

  app.get(
    '/api/v1/servicing-requests/:id',
    { config: { permission: 'servicing.read' }, schema: { tags, summary: 'One servicing request', params: IdParams, response: { 200: ServicingRequest } } },
    async (req) => getRequest(contextOf(req), req.params.id),
  );

  app.post(
    '/api/v1/policies/:id/servicing-requests',
    {
      config: write,
      schema: {
        tags, params: IdParams, body: CreateRequestBody, response: { 201: ServicingRequest },
        summary: 'Take a servicing request for a policy: checked against its type (hesitation period, reinstatement window, sales rules), its SLA opened',
      },
    },
    async (req, reply) => reply.status(201).send(await createRequest(contextOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/v1/servicing-requests/:id/steps',
    {
      config: write,
      schema: {
        tags, params: IdParams, body: FireRequestBody, response: { 200: ServicingRequest },
        summary: 'A step of a request (start, medical result, insurer decision, endorsement, complete — the policy changes with it —, refuse, withdraw); send the version you read',
      },
    },
    async (req) => fireRequest(contextOf(req), req.params.id, req.body),
  );
}
