import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { contextOf } from '../../platform/http/request-context.js';
import { listOrgUnits, getOrgUnit } from './find-org-units.js';
import { createOrgUnit } from './create-org-unit.js';
import { updateOrgUnit } from './update-org-unit.js';
import { CreateOrgUnitBody, IdParams, OrgUnit, UpdateOrgUnitBody } from './org.types.js';

const tags = ['org units'];

export async function orgRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/org-units',
    {
      config: { permission: 'org.read' },
      schema: { tags, summary: 'Org units in your scope, parents first', response: { 200: Type.Object({ items: Type.Array(OrgUnit) }) } },
    },
    async (req) => ({ items: await listOrgUnits(contextOf(req)) }),
  );

  app.get(
    '/api/v1/org-units/:id',
    {
      config: { permission: 'org.read', entity: 'org_unit' },
      schema: { tags, summary: 'One org unit', params: IdParams, response: { 200: OrgUnit } },
    },
    async (req) => getOrgUnit(contextOf(req), req.params.id),
  );

  app.post(
    '/api/v1/org-units',
    {
      config: { permission: 'org.manage' },
      schema: { tags, summary: 'Create an org unit under a parent', body: CreateOrgUnitBody, response: { 201: OrgUnit } },
    },
    async (req, reply) => reply.status(201).send(await createOrgUnit(contextOf(req), req.body)),
  );

  app.patch(
    '/api/v1/org-units/:id',
    {
      config: { permission: 'org.manage', entity: 'org_unit' },
      schema: { tags, summary: 'Rename or (de)activate an org unit', params: IdParams, body: UpdateOrgUnitBody, response: { 200: OrgUnit } },
    },
    async (req) => updateOrgUnit(contextOf(req), req.params.id, req.body),
  );
}
