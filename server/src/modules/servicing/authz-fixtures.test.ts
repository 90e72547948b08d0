/** The authorization matrix's fixtures for the servicing module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';

const create = () => ({ type: 'contact_change', channel: 'counter', change: { mobile: '13912345678' } });

export const fixtures: Record<string, Fixture> = {
  'GET /api/v1/servicing-types': { kind: 'global', url: '/api/v1/servicing-types' },
  'GET /api/v1/servicing-requests': {
    kind: 'list', url: '/api/v1/servicing-requests?pageSize=100', orgOf: (i) => i.orgUnitId, visible: (x) => x.servicing,
  },
  'GET /api/v1/servicing-requests/:id': {
    kind: 'byId', entity: (target, x) => Promise.resolve(x.servicing[target]), request: (c, id) => c.get(`/api/v1/servicing-requests/${id}`),
  },
  'POST /api/v1/policies/:id/servicing-requests': {
    kind: 'byId', entity: (target, x) => x.makePolicy(x.orgs[target], 'MXSV'), request: (c, id) => c.post(`/api/v1/policies/${id}/servicing-requests`, create()),
  },
  'POST /api/v1/servicing-requests/:id/steps': {
    kind: 'byId', entity: (target, x) => x.makeServicingRequest(x.orgs[target]),
    request: (c, id) => c.post(`/api/v1/servicing-requests/${id}/steps`, { version: 1, event: 'withdraw', reason: '客户撤回' }),
  },
};
