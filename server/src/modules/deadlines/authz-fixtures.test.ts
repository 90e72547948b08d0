/** The authorization matrix's fixtures for the deadlines module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';

export const fixtures: Record<string, Fixture> = {
  'GET /api/v1/deadline-rules': { kind: 'global', url: '/api/v1/deadline-rules' },
  // Rules are national: a city-level administrator may not change them.
  'PATCH /api/v1/deadline-rules/:id': { kind: 'action', request: (c) => c.patch('/api/v1/deadline-rules/inquiry.answer', { version: 1, duration: 3 }), okStatus: 403 },
  'GET /api/v1/deadlines': { kind: 'list', url: '/api/v1/deadlines?limit=200', orgOf: (i) => i.orgUnitId, visible: (x) => x.deadlines },
  'GET /api/v1/deadlines/mine': { kind: 'global', url: '/api/v1/deadlines/mine' },
  'GET /api/v1/deadlines/counts': { kind: 'authenticated', request: (c) => c.get('/api/v1/deadlines/counts'), expect: 200 },
  'GET /api/v1/deadlines/stats': { kind: 'global', url: '/api/v1/deadlines/stats?from=2026-01-01&to=2026-12-31' },
  'GET /api/v1/deadlines/:id': { kind: 'byId', entity: (target, x) => Promise.resolve(x.deadlines[target]), request: (c, id) => c.get(`/api/v1/deadlines/${id}`) },
  'POST /api/v1/deadlines/:id/pause': {
    kind: 'byId', entity: (target, x) => x.makeDeadline(x.orgs[target]),
    request: (c, id) => c.post(`/api/v1/deadlines/${id}/pause`, { version: 1, reason: '等待客户补充材料' }),
  },
  'POST /api/v1/deadlines/:id/resume': {
    kind: 'byId', entity: (target, x) => x.makeDeadline(x.orgs[target], true),
    request: (c, id) => c.post(`/api/v1/deadlines/${id}/resume`, { version: 1 }),
  },
  'POST /api/v1/deadlines/:id/cancel': {
    kind: 'byId', entity: (target, x) => x.makeDeadline(x.orgs[target]),
    request: (c, id) => c.post(`/api/v1/deadlines/${id}/cancel`, { version: 1, reason: '客户撤回申请' }),
  },
  'POST /api/v1/deadlines/:id/reassign': {
    kind: 'byId', entity: (target, x) => x.makeDeadline(x.orgs[target]),
    request: async (c, id, x) => c.post(`/api/v1/deadlines/${id}/reassign`, { version: 1, ownerId: x.users.own, reason: '原经办人休假' }),
  },
  'POST /api/v1/deadlines/events': {
    kind: 'create',
    request: (c, orgUnitId, n) => c.post('/api/v1/deadlines/events', { entityType: 'inquiry', entityId: `mx-${n}`, event: 'inquiry.received', orgUnitId }),
    okStatus: 200,
    siblingStatus: 400,
  },
  'POST /api/v1/deadlines/sweep': { kind: 'action', request: (c) => c.post('/api/v1/deadlines/sweep'), okStatus: 403 },
};
