/** The authorization matrix's fixtures for the org module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';

export const fixtures: Record<string, Fixture> = {
  'GET /api/v1/org-units': { kind: 'list', url: '/api/v1/org-units', orgOf: (i) => i.id, visible: (x) => x.orgs },
  'GET /api/v1/org-units/:id': { kind: 'byId', entity: 'org_unit', request: (c, id) => c.get(`/api/v1/org-units/${id}`) },
  'PATCH /api/v1/org-units/:id': {
    kind: 'byId',
    entity: 'org_unit',
    request: async (c, id, x) => c.patch(`/api/v1/org-units/${id}`, { version: await x.version('org_unit', id) }),
  },
  'POST /api/v1/org-units': {
    kind: 'create',
    // Parent = the target; own is a city (→ office), descendant an office (no children allowed).
    request: (c, parentId, n) => c.post('/api/v1/org-units', { parentId, code: `MX${n}`, name: `矩阵${n}` }),
    okStatus: 201,
    siblingStatus: 400,
  },
};
