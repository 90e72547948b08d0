/** The authorization matrix's fixtures for the calendar module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';

export const fixtures: Record<string, Fixture> = {
  // Calendar queries take an optional org unit whose local overrides apply: a sibling's is 404.
  'GET /api/v1/calendar/days/:date': { kind: 'byId', entity: 'org_unit', request: (c, org) => c.get(`/api/v1/calendar/days/2026-10-01?org=${org}`) },
  'GET /api/v1/calendar/add-working-days': {
    kind: 'byId', entity: 'org_unit', request: (c, org) => c.get(`/api/v1/calendar/add-working-days?from=2026-09-30&days=1&org=${org}`),
  },
  'GET /api/v1/calendar/working-days': {
    kind: 'byId', entity: 'org_unit', request: (c, org) => c.get(`/api/v1/calendar/working-days?from=2026-09-01&to=2026-10-31&org=${org}`),
  },
  'GET /api/v1/calendar/years/:year': { kind: 'byId', entity: 'org_unit', request: (c, org) => c.get(`/api/v1/calendar/years/2026?org=${org}`) },
  'GET /api/v1/calendar/status': { kind: 'global', url: '/api/v1/calendar/status' },
  'GET /api/v1/calendar/overrides': { kind: 'list', url: '/api/v1/calendar/overrides', orgOf: (i) => i.orgUnitId, visible: () => ({ own: -1, descendant: -1, sibling: -1 }) },
  'POST /api/v1/calendar/years/:year/parse': {
    kind: 'action', request: (c) => c.post('/api/v1/calendar/years/2027/parse', { text: '2027-01-01 放假 元旦' }), okStatus: 200,
  },
  // The national schedule belongs to the head office: a city-level admin may not change it.
  'PUT /api/v1/calendar/years/:year': {
    kind: 'action', request: (c) => c.put('/api/v1/calendar/years/2027', { days: [] }), okStatus: 403,
  },
  'POST /api/v1/calendar/overrides': {
    kind: 'create',
    request: (c, orgUnitId, n) =>
      c.post('/api/v1/calendar/overrides', { orgUnitId, date: `2026-12-${String(1 + (n % 28)).padStart(2, '0')}`, workingDay: false, nameZh: `本地${n}` }),
    okStatus: 201,
    siblingStatus: 400,
  },
  'DELETE /api/v1/calendar/overrides/:id': {
    kind: 'byId',
    entity: (target, x) => x.makeOverride(x.orgs[target]),
    request: (c, id) => c.request('DELETE', `/api/v1/calendar/overrides/${id}`),
  },
};
