/** The authorization matrix's fixtures for the clients module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';

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
  'POST /api/v1/clients/:id/reveal': {
    kind: 'byId', entity: (target, x) => Promise.resolve(x.clients[target]), request: (c, id) => c.post(`/api/v1/clients/${id}/reveal`, { field: 'mobile' }),
  },
  // The export is the list's query: its scope is checked by the list fixture and client-export.int.test.ts.
  'GET /api/v1/clients/export.xlsx': { kind: 'global', url: '/api/v1/clients/export.xlsx' },
};
