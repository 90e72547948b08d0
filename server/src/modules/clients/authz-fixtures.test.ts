/** The authorization matrix's fixtures for the clients module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';
import { ROLES, type Role } from '../../platform/authz/roles.js';

export const fixtures: Record<string, Fixture> = {
  // Client archive: the three base clients are named 矩阵基准 and have a birthday in the coming days.
  'GET /api/v1/clients': { kind: 'list', url: '/api/v1/clients?limit=200', orgOf: (i) => i.orgUnitId, visible: (x) => x.clients },
  'GET /api/v1/clients/search': {
    kind: 'list', url: `/api/v1/clients/search?q=${encodeURIComponent('矩阵基准')}`, orgOf: (i) => i.orgUnitId, visible: (x) => x.clients,
  },
  'GET /api/v1/clients/care': {
    kind: 'list', url: '/api/v1/clients/care?days=30', orgOf: (i) => i.orgUnitId,
    visible: (x) => x.clients,
  },
  'GET /api/v1/clients/:id': { kind: 'byId', entity: (target, x) => Promise.resolve(x.clients[target]), request: (c, id) => c.get(`/api/v1/clients/${id}`) },
  'GET /api/v1/clients/:id/timeline': {
    kind: 'byId', entity: (target, x) => Promise.resolve(x.clients[target]), request: (c, id) => c.get(`/api/v1/clients/${id}/timeline`),
  },
  'POST /api/v1/clients': {
    kind: 'create',
    request: (c, orgUnitId, n) => c.post('/api/v1/clients', { kind: 'person', orgUnitId, name: `矩阵新建${n}` }),
    okStatus: 201,
    siblingStatus: 400,
  },
  'PATCH /api/v1/clients/:id': {
    kind: 'byId', entity: (target, x) => x.makeClient(x.orgs[target]),
    request: (c, id) => c.patch(`/api/v1/clients/${id}`, { version: 1, occupation: '教师' }),
  },
  'POST /api/v1/clients/:id/merge': {
    kind: 'byId', entity: (target, x) => x.makeClient(x.orgs[target]),
    request: async (c, id, x) => c.post(`/api/v1/clients/${id}/merge`, { intoId: await x.makeClient(x.orgs.own), version: 1 }),
  },
  'POST /api/v1/clients/:id/links': {
    kind: 'byId', entity: (target, x) => x.makeClient(x.orgs[target]),
    request: async (c, id, x) => c.post(`/api/v1/clients/${id}/links`, { relatedClientId: await x.makeClient(x.orgs.own), relation: 'spouse' }),
  },
  'DELETE /api/v1/clients/:id/links/:linkId': {
    kind: 'byId', entity: (target, x) => x.makeClient(x.orgs[target]),
    request: async (c, id, x) => {
      const link = await x.t.db
        .insertInto('client_link')
        .values({ client_id: id, related_client_id: await x.makeClient(x.orgs.own), relation: 'child' })
        .returning('id')
        .executeTakeFirstOrThrow();
      return c.request('DELETE', `/api/v1/clients/${id}/links/${link.id}`);
    },
  },
  // Guard and scope as for every route (client.read; out of scope 404). Which field a holder may reveal is the use
  // case's rule (reveal-rights.ts, reveal-client-field.int.test.ts): the matrix agent is the client's agent, clerks
  // serve it, pii.reveal holders see everything; the other readers are refused with the reason, which counts here.
  'POST /api/v1/clients/:id/reveal': {
    kind: 'byId',
    entity: async (target, x) => {
      const id = await x.makeClient(x.orgs[target]);
      await x.t.db.updateTable('client').set({ agent_id: x.agents.own }).where('id', '=', id).execute();
      return id;
    },
    request: async (c, id) => {
      const res = await c.post(`/api/v1/clients/${id}/reveal`, { field: 'mobile' });
      const role = c.username.replace(/^matrix\./, '') as Role;
      const mayReveal = role === 'agent' || role === 'clerk' || (ROLES[role].permissions as readonly string[]).includes('pii.reveal');
      if (mayReveal || res.statusCode !== 403) return res;
      return { statusCode: res.json().error.code === 'REVEAL_MOBILE_NOT_ALLOWED' ? 200 : 403 };
    },
  },
  // The export is the list's query: its scope is checked by the list fixture and client-export.int.test.ts.
  'GET /api/v1/clients/export.xlsx': { kind: 'global', url: '/api/v1/clients/export.xlsx' },
};
