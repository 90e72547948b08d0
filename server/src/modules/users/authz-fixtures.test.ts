/** The authorization matrix's fixtures for the users module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';

export const fixtures: Record<string, Fixture> = {
  'GET /api/v1/users': { kind: 'list', url: '/api/v1/users?limit=200', orgOf: (i) => i.orgUnitId, visible: (x) => x.users },
  'GET /api/v1/users/:id': { kind: 'byId', entity: 'user', request: (c, id) => c.get(`/api/v1/users/${id}`) },
  'PATCH /api/v1/users/:id': {
    kind: 'byId',
    entity: 'user',
    request: async (c, id, x) => c.patch(`/api/v1/users/${id}`, { version: await x.version('app_user', id) }),
  },
  'PUT /api/v1/users/:id/roles': {
    kind: 'byId',
    entity: 'user',
    request: async (c, id, x) => {
      const current = await x.t.db.selectFrom('role_assignment').select(['role', 'org_unit_id']).where('user_id', '=', id).execute();
      const roles = current.map((r) => ({ role: r.role, orgUnitId: r.org_unit_id }));
      return c.put(`/api/v1/users/${id}/roles`, { version: await x.version('app_user', id), roles });
    },
  },
  'POST /api/v1/users/:id/reset-password': {
    kind: 'byId',
    entity: 'user',
    request: (c, id) => c.post(`/api/v1/users/${id}/reset-password`, { newPassword: 'Matrix-reset-42' }),
  },
  'POST /api/v1/users/:id/unlock': { kind: 'byId', entity: 'user', request: (c, id) => c.post(`/api/v1/users/${id}/unlock`) },
  'POST /api/v1/users/:id/reveal': { kind: 'byId', entity: 'user', request: (c, id) => c.post(`/api/v1/users/${id}/reveal`, { field: 'mobile' }) },
  'POST /api/v1/users': {
    kind: 'create',
    request: (c, orgUnitId, n) =>
      c.post('/api/v1/users', { username: `matrix.new${n}`, displayName: '矩阵', orgUnitId, roles: [{ role: 'agent', orgUnitId }] }),
    okStatus: 201,
    siblingStatus: 400,
  },
  // The agent picker lists agents whose role sits in the caller's scope.
  'GET /api/v1/agents': { kind: 'list', url: '/api/v1/agents?limit=100', orgOf: (i) => i.orgUnitId, visible: (x) => x.agents },
};
