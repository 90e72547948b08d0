import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { PageQuery, pageOf } from '../../platform/http/pagination.js';
import { listOf } from '../../platform/http/list-query.js';
import { contextOf } from '../../platform/http/request-context.js';
import { getClient, listClients } from './find-clients.js';
import { searchClients } from './search-clients.js';
import { CARE_LIST, findBirthdays } from './find-birthdays.js';
import { listTimeline } from './client-timeline.js';
import { createClient } from './create-client.js';
import { updateClient } from './update-client.js';
import { mergeClients } from './merge-clients.js';
import { addClientLink, removeClientLink } from './link-clients.js';
import { revealClientField } from './reveal-client-field.js';
import { exportClients, ExportClientsQuery } from './import/export-clients.js';
import { attachment, XLSX_CONTENT_TYPE } from '../../platform/spreadsheet/index.js';
import {
  AddLinkBody, CareItem, CareQuery, Client, ClientDetail, ClientIdParams, ClientLink, CreateClientBody, DuplicateHint,
  LinkParams, ListClientsQuery, MergeBody, RevealBody, SearchClientsQuery, TimelineEntry, UpdateClientBody,
} from './clients.types.js';
import { beijingDate } from '../../platform/time/beijing.js';

const tags = ['clients'];

// 客户档案 (SPEC §1).
export async function clientRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/clients',
    {
      config: { permission: 'client.read' },
      schema: { tags, summary: 'Clients in your scope: filtered, sorted, one page with its total (exact, or estimated for a large list)', querystring: ListClientsQuery, response: { 200: listOf(Client) } },
    },
    async (req) => listClients(contextOf(req), req.query),
  );

  app.get(
    '/api/v1/clients/search',
    {
      config: { permission: 'client.read' },
      schema: {
        tags, summary: 'One search box: exact ID number, mobile or credit code, else name prefix, else fuzzy name', querystring: SearchClientsQuery,
        response: { 200: Type.Object({ matchedBy: Type.String(), items: Type.Array(Client) }) },
      },
    },
    async (req) => searchClients(contextOf(req), req.query),
  );

  app.get(
    '/api/v1/clients/care',
    {
      config: { permission: 'client.read' },
      schema: {
        tags, summary: 'Birthdays in the next N days (care list)', querystring: CareQuery,
        response: { 200: Type.Object({ from: Type.String(), to: Type.String(), items: Type.Array(CareItem), total: Type.Integer({ minimum: 0, description: `birthdays in the window; items lists the first ${CARE_LIST.limit}` }) }) },
      },
    },
    async (req) => findBirthdays(contextOf(req), req.query),
  );

  app.get(
    '/api/v1/clients/export.xlsx',
    {
      config: { permission: 'client.read' },
      schema: { tags, summary: 'The filtered client list as an xlsx file (personal fields masked as in the list; audited)', querystring: ExportClientsQuery },
    },
    async (req, reply) => {
      const stamp = beijingDate(Date.now());
      const body = await exportClients(contextOf(req), req.query);
      return reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', attachment(`客户-clients-${stamp}.xlsx`)).send(body);
    },
  );

  app.get(
    '/api/v1/clients/:id',
    {
      config: { permission: 'client.read', entity: 'client' },
      schema: { tags, summary: 'One client with its links (personal fields masked)', params: ClientIdParams, response: { 200: ClientDetail } },
    },
    async (req) => getClient(contextOf(req), req.params.id),
  );

  app.get(
    '/api/v1/clients/:id/timeline',
    {
      config: { permission: 'client.read', entity: 'client' },
      schema: { tags, summary: "The client's timeline, newest first", params: ClientIdParams, querystring: PageQuery, response: { 200: pageOf(TimelineEntry) } },
    },
    async (req) => listTimeline(contextOf(req), req.params.id, req.query),
  );

  app.post(
    '/api/v1/clients',
    {
      config: { permission: 'client.write' },
      schema: {
        tags, summary: 'Open a client archive (a possible duplicate needs confirmDuplicate)', body: CreateClientBody,
        response: { 201: Type.Object({ client: Client, duplicates: Type.Array(DuplicateHint) }) },
      },
    },
    async (req, reply) => reply.status(201).send(await createClient(contextOf(req), req.body)),
  );

  app.patch(
    '/api/v1/clients/:id',
    {
      config: { permission: 'client.write', entity: 'client' },
      schema: { tags, summary: 'Change a client (send the version you read)', params: ClientIdParams, body: UpdateClientBody, response: { 200: Client } },
    },
    async (req) => updateClient(contextOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/clients/:id/merge',
    {
      config: { permission: 'client.write', entity: 'client' },
      schema: { tags, summary: 'Merge this duplicate into another client; returns the survivor', params: ClientIdParams, body: MergeBody, response: { 200: Client } },
    },
    async (req) => mergeClients(contextOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/clients/:id/links',
    {
      config: { permission: 'client.write', entity: 'client' },
      schema: {
        tags, summary: 'Link a household member or employer', params: ClientIdParams, body: AddLinkBody,
        response: { 201: Type.Object({ links: Type.Array(ClientLink) }) },
      },
    },
    async (req, reply) => reply.status(201).send(await addClientLink(contextOf(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/v1/clients/:id/links/:linkId',
    {
      config: { permission: 'client.write', entity: 'client' },
      schema: { tags, summary: 'Remove a link', params: LinkParams },
    },
    async (req, reply) => {
      await removeClientLink(contextOf(req), req.params.id, req.params.linkId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/clients/:id/reveal',
    {
      // Who may reveal which field is the use case's rule (reveal-rights.ts): pii.reveal every field,
      // the client's agent and the office's clerks the mobile and the address; a refusal says why.
      config: { permission: 'client.read', entity: 'client' },
      schema: {
        tags, summary: 'Show a personal field in clear text (audited); refused with the reason where not allowed', params: ClientIdParams, body: RevealBody,
        response: { 200: Type.Object({ value: Type.Union([Type.String(), Type.Null()]) }) },
      },
    },
    async (req) => revealClientField(contextOf(req), req.params.id, req.body.field),
  );
}
