/**
 * The authorization matrix (R-SE-1): every registered route × every role × a record in the
 * actor's own org unit, in a descendant unit, and in a sibling unit.
 *
 * Expected, for each route: no session → 401; a role without the route's permission → 403
 * whatever the target (refusal before lookup: no existence leak); with the permission, own
 * and descendant records → success, a sibling's → 404 (or a field error for a create).
 * A route added without a fixture here fails the first test, so the matrix stays complete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { hashPassword } from '../auth/passwords.js';
import { ALL_ROLES, ROLES, type Role } from './roles.js';
import type { Permission } from './permissions.js';
import { VERIFY_FIELDS } from '../../modules/policies/policy-rules.data.js';
import { residentId } from '../../../../tests/helpers/client-test-ids.js';
import { blindIndex, encryptField, mask } from '../pii/index.js';

type Target = 'own' | 'descendant' | 'sibling';
type Ids = Record<Target, number>;
type Ctx = {
  t: TestApp;
  orgs: Ids;
  users: Ids;
  version(table: 'org_unit' | 'app_user', id: number): Promise<number>;
  makeOverride(orgUnitId: number): Promise<number>;
  /** A running deadline on a record of the unit (paused if asked). */
  makeDeadline(orgUnitId: number, paused?: boolean): Promise<number>;
  deadlines: Ids;
  /** A client of the unit (a person, birthday in the coming days), and the three made in beforeAll. */
  makeClient(orgUnitId: number): Promise<number>;
  clients: Ids;
  /** A registered policy of the unit (initial review passed, version 1), and the three made in beforeAll. */
  makePolicy(orgUnitId: number): Promise<number>;
  policies: Ids;
  /** Holders of the agent role: matrix.agent at GZ, gz01.agent1 at GZ01, sz01.agent1 at SZ01. */
  agents: Ids;
};

type Fixture =
  | { kind: 'public' }
  | { kind: 'authenticated'; request: (c: Client) => Promise<{ statusCode: number }>; expect: number }
  /** GET list: every item's org unit must be in the actor's scope; own and descendant present, sibling absent. */
  | { kind: 'list'; url: string; orgOf: (item: any) => number | null; visible: (ctx: Ctx) => Ids }
  /** An `:id` route on a scoped entity. */
  | {
      kind: 'byId';
      /** Which record of the target unit: an org unit, a user, or one the fixture makes itself. */
      entity: 'org_unit' | 'user' | ((target: Target, ctx: Ctx) => Promise<number>);
      request: (c: Client, id: number, ctx: Ctx) => Promise<{ statusCode: number }>;
    }
  /** Changes that are not per org record: allowed roles get `okStatus`. */
  | { kind: 'action'; request: (c: Client) => Promise<{ statusCode: number }>; okStatus: number }
  /** A create whose target org unit is own / descendant / sibling. */
  | { kind: 'create'; request: (c: Client, orgUnitId: number, n: number, ctx: Ctx) => Promise<{ statusCode: number }>; okStatus: number; siblingStatus: number }
  /** Reads that are not per-record (e.g. verifying the whole audit chain). */
  | { kind: 'global'; url: string };

let counter = 0;
const FIXTURES: Record<string, Fixture> = {
  'GET /api/v1/health': { kind: 'public' },
  'GET /api/openapi.json': { kind: 'public' },
  'GET /*': { kind: 'public' },
  'POST /api/v1/auth/login': { kind: 'public' },
  'GET /api/v1/auth/me': { kind: 'authenticated', request: (c) => c.get('/api/v1/auth/me'), expect: 200 },
  'GET /api/v1/roles': { kind: 'authenticated', request: (c) => c.get('/api/v1/roles'), expect: 200 },
  // A wrong current password proves the request got past authorization for every role.
  'POST /api/v1/auth/password': {
    kind: 'authenticated',
    request: (c) => c.post('/api/v1/auth/password', { currentPassword: 'not-it-1234', newPassword: 'whatever-1234' }),
    expect: 400,
  },
  'POST /api/v1/auth/logout': { kind: 'authenticated', request: (c) => c.post('/api/v1/auth/logout'), expect: 204 },
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
  'GET /api/v1/audit': { kind: 'list', url: '/api/v1/audit?limit=200', orgOf: (i) => i.orgUnitId, visible: () => ({ own: -1, descendant: -1, sibling: -1 }) },
  // Verifying the company-wide chain is for head-office auditors and admins only.
  'GET /api/v1/audit/verify': { kind: 'action', request: (c) => c.get('/api/v1/audit/verify'), okStatus: 403 },
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
  // The catalogue (insurers, products) is company-wide reference data without personal data: every
  // signed-in user reads it, no org scope. A missing id answers 404 past authorization for every role.
  'GET /api/v1/insurers': { kind: 'authenticated', request: (c) => c.get('/api/v1/insurers?q=%E4%B8%AD'), expect: 200 },
  'GET /api/v1/insurers/:id': { kind: 'authenticated', request: (c) => c.get('/api/v1/insurers/999999999'), expect: 404 },
  'GET /api/v1/products': { kind: 'authenticated', request: (c) => c.get('/api/v1/products?lineOfBusiness=health&active=true'), expect: 200 },
  'GET /api/v1/products/:id': { kind: 'authenticated', request: (c) => c.get('/api/v1/products/999999999'), expect: 404 },
  // Changing it is for holders of catalog.manage at head office: the city-level admin gets 403 HEAD_OFFICE_ONLY.
  'POST /api/v1/insurers': { kind: 'action', request: (c) => c.post('/api/v1/insurers', { code: 'MX-INS', name: '矩阵保险' }), okStatus: 403 },
  'PATCH /api/v1/insurers/:id': { kind: 'action', request: (c) => c.patch('/api/v1/insurers/1', { version: 1, name: '矩阵保险' }), okStatus: 403 },
  'POST /api/v1/products': {
    kind: 'action',
    request: (c) => c.post('/api/v1/products', { insurerId: 1, code: 'MX-1', name: '矩阵产品', lineOfBusiness: 'life', termType: 'long_term', hesitationPeriodDays: 15 }),
    okStatus: 403,
  },
  'PATCH /api/v1/products/:id': { kind: 'action', request: (c) => c.patch('/api/v1/products/1', { version: 1, name: '矩阵产品' }), okStatus: 403 },
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
  'DELETE /api/v1/calendar/overrides/:id': {
    kind: 'byId',
    entity: (target, x) => x.makeOverride(x.orgs[target]),
    request: (c, id) => c.request('DELETE', `/api/v1/calendar/overrides/${id}`),
  },
  // Notifications are each user's own, whatever the role: another user's (or a missing) one is 404.
  'GET /api/v1/notifications': { kind: 'authenticated', request: (c) => c.get('/api/v1/notifications'), expect: 200 },
  'GET /api/v1/notifications/unread-count': { kind: 'authenticated', request: (c) => c.get('/api/v1/notifications/unread-count'), expect: 200 },
  'POST /api/v1/notifications/:id/read': { kind: 'authenticated', request: (c) => c.post('/api/v1/notifications/999999999/read'), expect: 404 },
  'POST /api/v1/notifications/read-all': { kind: 'authenticated', request: (c) => c.post('/api/v1/notifications/read-all'), expect: 200 },
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
  // Coverage review (R-PO-5): needs policy.read; the client must be in scope.
  'GET /api/v1/clients/:id/coverage': {
    kind: 'byId', entity: (target, x) => Promise.resolve(x.clients[target]), request: (c, id) => c.get(`/api/v1/clients/${id}/coverage`),
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
  // Imports (R-PO-6): rows without an org unit go to the importer's own unit (GZ); a sibling's unit
  // named in a row is a row problem (client-import.int.test.ts).
  'GET /api/v1/imports/kinds': { kind: 'authenticated', request: (c) => c.get('/api/v1/imports/kinds'), expect: 200 },
  'GET /api/v1/imports/progress/:importId': { kind: 'authenticated', request: (c) => c.get('/api/v1/imports/progress/no-such-import'), expect: 404 },
  'GET /api/v1/imports/clients/template.xlsx': { kind: 'global', url: '/api/v1/imports/clients/template.xlsx' },
  'POST /api/v1/imports/clients/preview': { kind: 'action', request: (c) => importCsv(c, 'preview'), okStatus: 200 },
  'POST /api/v1/imports/clients/commit': { kind: 'action', request: (c) => importCsv(c, 'commit'), okStatus: 200 },
  'POST /api/v1/imports/clients/report.xlsx': { kind: 'action', request: (c) => importCsv(c, 'report.xlsx'), okStatus: 200 },
  'GET /api/v1/imports/policies/template.xlsx': { kind: 'global', url: '/api/v1/imports/policies/template.xlsx' },
  'POST /api/v1/imports/policies/preview': { kind: 'create', request: (c, orgUnitId, n, x) => importPolicyCsv(c, 'preview', orgUnitId, n, x), okStatus: 200, siblingStatus: 200 },
  'POST /api/v1/imports/policies/commit': { kind: 'create', request: (c, orgUnitId, n, x) => importPolicyCsv(c, 'commit', orgUnitId, n, x), okStatus: 200, siblingStatus: 400 },
  'POST /api/v1/imports/policies/report.xlsx': { kind: 'create', request: (c, orgUnitId, n, x) => importPolicyCsv(c, 'report.xlsx', orgUnitId, n, x), okStatus: 200, siblingStatus: 200 },
  // Policy registry
  // The matrix's own policies (numbers MATRIX-…): the demo register's hundreds would push them off the first page.
  'GET /api/v1/policies': { kind: 'list', url: '/api/v1/policies?limit=200&number=MATRIX', orgOf: (i) => i.orgUnitId, visible: (x) => x.policies },
  'GET /api/v1/policies/export.xlsx': { kind: 'global', url: '/api/v1/policies/export.xlsx?state=registered' },
  'GET /api/v1/policies/:id': { kind: 'byId', entity: (target, x) => Promise.resolve(x.policies[target]), request: (c, id) => c.get(`/api/v1/policies/${id}`) },
  'POST /api/v1/policies': {
    kind: 'create',
    request: async (c, orgUnitId, n, x) => {
      const holder = await x.makeClient(orgUnitId);
      const insurer = await x.t.db.selectFrom('insurer').select('id').orderBy('id').executeTakeFirstOrThrow();
      return c.post('/api/v1/policies', {
        orgUnitId, insurerId: insurer.id, policyNumber: `MATRIX-NEW-${n}`, policyholderId: holder, productName: '矩阵产品', lineOfBusiness: 'life',
        termType: 'long_term', sumInsured: '100000', premium: '1000', paymentFrequency: 'annual', paymentMode: 'cash', effectiveDate: '2026-01-01',
        insured: [{ clientId: holder }], beneficiaryDesignation: 'legal', review: { formatComplete: true, sealsPresent: true, noAlteration: true },
      });
    },
    okStatus: 201,
    siblingStatus: 400,
  },
  'PATCH /api/v1/policies/:id': {
    kind: 'byId', entity: (target, x) => x.makePolicy(x.orgs[target]), request: (c, id) => c.patch(`/api/v1/policies/${id}`, { version: 1, premium: '1200' }),
  },
  'POST /api/v1/policies/:id/review': {
    kind: 'byId', entity: (target, x) => x.makePolicy(x.orgs[target]),
    request: (c, id) => c.post(`/api/v1/policies/${id}/review`, { version: 1, review: { formatComplete: true, sealsPresent: true, noAlteration: true } }),
  },
  'POST /api/v1/policies/:id/verify': {
    kind: 'byId', entity: (target, x) => x.makePolicy(x.orgs[target]),
    request: (c, id) => c.post(`/api/v1/policies/${id}/verify`, { version: 1, checks: VERIFY_FIELDS.map((field) => ({ field, matches: true })) }),
  },
  'POST /api/v1/policies/:id/differences/:differenceId/resolve': {
    kind: 'byId', entity: (target, x) => x.makePolicy(x.orgs[target]),
    request: async (c, id, x) => {
      const diff = await x.t.db.insertInto('policy_difference')
        .values({ policy_id: id, field: 'premium', on_policy: '1000.00', client_says: '900', raised_at: new Date() }).returning('id').executeTakeFirstOrThrow();
      return c.post(`/api/v1/policies/${id}/differences/${diff.id}/resolve`, { version: 1, resolution: 'policy_correct', note: '以保单为准' });
    },
  },
  'POST /api/v1/policies/:id/status': {
    kind: 'byId', entity: (target, x) => x.makePolicy(x.orgs[target]),
    request: (c, id) => c.post(`/api/v1/policies/${id}/status`, { version: 1, to: 'terminated', reason: '客户撤回' }),
  },
  'POST /api/v1/policies/:id/reissues': {
    kind: 'byId', entity: (target, x) => x.makePolicy(x.orgs[target]),
    request: async (c, id, x) => {
      const p = await x.t.db.selectFrom('policy').select('policyholder_id').where('id', '=', id).executeTakeFirstOrThrow();
      return c.post(`/api/v1/policies/${id}/reissues`, { reason: 'lost', applicantClientId: p.policyholder_id, identityMethod: 'id_card_in_person', identityChecked: true });
    },
  },
  'POST /api/v1/policies/:id/reissues/:reissueId/advance': {
    kind: 'byId', entity: (target, x) => x.makePolicy(x.orgs[target]),
    request: async (c, id, x) => {
      const p = await x.t.db.selectFrom('policy').select('policyholder_id').where('id', '=', id).executeTakeFirstOrThrow();
      const r = await x.t.db.insertInto('policy_reissue').values({
        policy_id: id, reason: 'lost', applicant_client_id: p.policyholder_id, identity_method: 'video', state: 'requested', requested_at: new Date(),
      }).returning('id').executeTakeFirstOrThrow();
      return c.post(`/api/v1/policies/${id}/reissues/${r.id}/advance`, { version: 1, to: 'submitted' });
    },
  },
  'POST /api/v1/policies/:id/reveal': {
    kind: 'byId', entity: (target, x) => Promise.resolve(x.policies[target]), request: (c, id) => c.post(`/api/v1/policies/${id}/reveal`, { field: 'bankAccount' }),
  },
};

const isPluginPublic = (url: string) => url.startsWith('/api/docs');
const can = (role: Role, permission: string) => (ROLES[role].permissions as readonly string[]).includes(permission);

describe('authorization matrix: roles × routes × own / descendant / sibling records (R-SE-1)', () => {
  let t: TestApp;
  let ctx: Ctx;
  const clients = new Map<Role, Client>();
  /** The GZ subtree as it is now (creates in the matrix add units to it), if the role has the permission. */
  let scopeOf: (permission: Permission, role: Role) => Promise<Set<number>>;

  beforeAll(async () => {
    t = await createTestApp();
    const id = (code: string) => t.orgId(code);
    const orgs: Ids = { own: await id('GZ'), descendant: await id('GZ01'), sibling: await id('SZ') };
    const users: Ids = {
      own: await t.userId('gz.claims'),
      descendant: await t.userId('gz01.agent1'),
      sibling: await t.userId('sz.claims'),
    };
    ctx = {
      t,
      orgs,
      users,
      version: async (table, rowId) =>
        (await t.db.selectFrom(table).select('version').where('id', '=', rowId).executeTakeFirstOrThrow()).version,
      makeOverride: async (orgUnitId) => {
        const date = `2027-03-${String(1 + (++counter % 28)).padStart(2, '0')}`;
        await t.db.deleteFrom('calendar_day').where('org_unit_id', '=', orgUnitId).where('date', '=', date).execute();
        const row = await t.db
          .insertInto('calendar_day')
          .values({ org_unit_id: orgUnitId, date, working_day: false, name_zh: '矩阵' })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      },
      makeDeadline: async (orgUnitId, paused = false) => {
        const now = new Date();
        const row = await t.db
          .insertInto('deadline')
          .values({
            rule_id: 'inquiry.answer', entity_type: 'inquiry', entity_id: `matrix-${++counter}`, org_unit_id: orgUnitId,
            started_at: now, due_at: new Date(now.getTime() + 3 * 86_400_000), warn_at: now, paused_at: paused ? now : null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      },
      deadlines: { own: 0, descendant: 0, sibling: 0 },
      makeClient: async (orgUnitId) => makeClient(t, orgUnitId, `矩阵客户${++counter}`),
      clients: { own: 0, descendant: 0, sibling: 0 },
      makePolicy: async (orgUnitId) => makePolicy(t, orgUnitId),
      policies: { own: 0, descendant: 0, sibling: 0 },
      agents: { own: 0, descendant: await t.userId('gz01.agent1'), sibling: await t.userId('sz01.agent1') },
    };
    for (const target of ['own', 'descendant', 'sibling'] as const) ctx.deadlines[target] = await ctx.makeDeadline(orgs[target]);
    for (const target of ['own', 'descendant', 'sibling'] as const) ctx.clients[target] = await makeClient(t, orgs[target], `矩阵基准${target}`);
    for (const target of ['own', 'descendant', 'sibling'] as const) ctx.policies[target] = await makePolicy(t, orgs[target]);
    // One user per role, each holding that role at the GZ city branch.
    const passwordHash = await hashPassword('Matrix-pass-42');
    for (const role of ALL_ROLES) {
      const { id: userId } = await t.db
        .insertInto('app_user')
        .values({ username: `matrix.${role}`, display_name: role, org_unit_id: orgs.own, password_hash: passwordHash })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db.insertInto('role_assignment').values({ user_id: userId, role, org_unit_id: orgs.own }).execute();
      clients.set(role, await t.login(`matrix.${role}`, 'Matrix-pass-42'));
    }
    ctx.agents.own = await t.userId('matrix.agent');
    scopeOf = async (permission, role) =>
      can(role, permission)
        ? new Set((await t.db.selectFrom('org_unit').select('id').where('path', 'like', '/HO/GD/GZ/%').execute()).map((r) => r.id))
        : new Set();
  });
  afterAll(() => t?.close());

  it('has a fixture for every registered route, and no stale fixtures', () => {
    const registered = t.app.routeRegistry.filter((r) => !isPluginPublic(r.url)).map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((key) => !FIXTURES[key])).toEqual([]);
    expect(Object.keys(FIXTURES).filter((key) => !registered.includes(key))).toEqual([]);
  });

  it('declares only public or known permissions, and the plugin routes it exempts are the API docs', () => {
    for (const route of t.app.routeRegistry) {
      const fixture = FIXTURES[`${route.method} ${route.url}`];
      if (route.permission === 'public') expect(fixture?.kind === 'public' || isPluginPublic(route.url)).toBe(true);
    }
  });

  it('refuses every non-public route without a session (401)', async () => {
    for (const route of t.app.routeRegistry) {
      if (route.permission === 'public') continue;
      const url = route.url.replace(':id', String(ctx.users.own));
      const res = await t.app.inject({ method: route.method as 'GET', url, payload: route.method === 'GET' ? undefined : {} });
      expect.soft(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  for (const role of ALL_ROLES) {
    it(`enforces permission and org scope for role ${role}`, async () => {
      const client = clients.get(role)!;
      for (const route of t.app.routeRegistry) {
        const key = `${route.method} ${route.url}`;
        const fixture = FIXTURES[key];
        if (!fixture || fixture.kind === 'public') continue;
        const permitted = route.permission === 'authenticated' || can(role, route.permission);
        const label = `${role} ${key}`;

        if (fixture.kind === 'authenticated') {
          // Logout ends the session it is sent with: use a fresh one.
          const c = key.endsWith('logout') ? await t.login(`matrix.${role}`, 'Matrix-pass-42') : client;
          expect.soft((await fixture.request(c)).statusCode, label).toBe(fixture.expect);
          continue;
        }
        if (!permitted) {
          for (const target of ['own', 'descendant', 'sibling'] as const) {
            const res = await send(fixture, client, target, ctx);
            expect.soft(res.statusCode, `${label} ${target}`).toBe(403);
          }
          continue;
        }
        if (fixture.kind === 'action') {
          expect.soft((await fixture.request(client)).statusCode, label).toBe(fixture.okStatus);
        } else if (fixture.kind === 'global') {
          expect.soft((await client.get(fixture.url)).statusCode, label).toBe(200);
        } else if (fixture.kind === 'list') {
          const res = await client.get(fixture.url);
          expect.soft(res.statusCode, label).toBe(200);
          const items = (res.json() as { items: unknown[] }).items;
          const scope = await scopeOf(route.permission as Permission, role);
          const outside = items.map(fixture.orgOf).filter((org) => !scope.has(org!));
          expect.soft(outside, `${label}: items outside scope`).toEqual([]);
          const visible = fixture.visible(ctx);
          const ids = items.map((i: any) => i.id);
          if (visible.own > 0) {
            expect.soft(ids, `${label}: own`).toContain(visible.own);
            expect.soft(ids, `${label}: descendant`).toContain(visible.descendant);
            expect.soft(ids, `${label}: sibling`).not.toContain(visible.sibling);
          }
        } else if (fixture.kind === 'byId') {
          for (const target of ['own', 'descendant', 'sibling'] as const) {
            const res = await send(fixture, client, target, ctx);
            if (target === 'sibling') expect.soft(res.statusCode, `${label} ${target}`).toBe(404);
            else expect.soft(res.statusCode, `${label} ${target}`).toBeLessThan(300);
          }
        } else if (fixture.kind === 'create') {
          expect.soft((await send(fixture, client, 'own', ctx)).statusCode, `${label} own`).toBe(fixture.okStatus);
          expect.soft((await send(fixture, client, 'sibling', ctx)).statusCode, `${label} sibling`).toBe(fixture.siblingStatus);
        }
      }
    });
  }

  it('gives the quality auditor no permission that changes anything', async () => {
    const { PERMISSIONS } = await import('./permissions.js');
    const writes = ROLES.auditor.permissions.filter((p) => PERMISSIONS[p].kind === 'write');
    expect(writes).toEqual([]);
  });
});

/** A bare client row, born 40 years before a day in the coming fortnight (Beijing date). */
async function makeClient(t: TestApp, orgUnitId: number, name: string): Promise<number> {
  const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(5, 10);
  const birthDate = `${new Date().getUTCFullYear() - 40}-${soon === '02-29' ? '02-28' : soon}`;
  const row = await t.db
    .insertInto('client')
    .values({ kind: 'person', org_unit_id: orgUnitId, name, birth_date: birthDate, first_contact_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A bare registered policy of the unit (held by the unit's base client), initial review passed. */
async function makePolicy(t: TestApp, orgUnitId: number): Promise<number> {
  const n = ++counter;
  // The unit's base client holds every matrix policy: new clients would push the base ones off the first list page.
  const base = await t.db.selectFrom('client').select('id').where('org_unit_id', '=', orgUnitId).where('name', 'like', '矩阵基准%').executeTakeFirstOrThrow();
  const holder = base.id;
  const insurer = await t.db.selectFrom('insurer').select('id').orderBy('id').executeTakeFirstOrThrow();
  const now = new Date();
  const { id } = await t.db
    .insertInto('policy')
    .values({
      internal_no: `MATRIX-${n}`, org_unit_id: orgUnitId, insurer_id: insurer.id, product_name: '矩阵产品', line_of_business: 'life', term_type: 'long_term',
      policy_number: `MATRIX-${n}`, source: 'handover', policyholder_id: holder, sum_insured: '100000', premium: '1000', payment_frequency: 'annual',
      payment_mode: 'cash', effective_date: '2026-01-01', beneficiary_designation: 'legal', state: 'registered', state_changed_at: now, received_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('policy_party').values({ policy_id: id, role: 'insured', client_id: holder, name: '矩阵基准', relation_to_insured: 'self', position: 0 }).execute();
  await t.db.insertInto('policy_review').values({ policy_id: id, format_complete: true, seals_present: true, no_alteration: true, passed: true, reviewed_at: now }).execute();
  return id;
}

/** A one-row client csv (a new mobile each time) sent to the import's preview, commit or report. */
function importCsv(c: Client, step: 'preview' | 'commit' | 'report.xlsx') {
  const csv = `姓名/名称,手机号\n矩阵导入${++counter},1390013${String(counter).padStart(4, '0')}\n`;
  return c.request('POST', `/api/v1/imports/clients/${step}`, Buffer.from(csv), { 'content-type': 'application/octet-stream' });
}

/**
 * A one-policy csv for a client of the unit (made with an ID number) sent to the import. For a
 * sibling unit the client and the unit are out of scope: the preview reports it, the commit refuses.
 */
const policyImportHolders = new Map<number, string>();
async function importPolicyCsv(c: Client, step: 'preview' | 'commit' | 'report.xlsx', orgUnitId: number, n: number, x: Ctx) {
  // One holder per unit: new clients on every call would push the base ones off the first list page.
  const idNumber = policyImportHolders.get(orgUnitId) ?? residentId(`4401062000010${String(n).padStart(4, '0')}`);
  if (!policyImportHolders.has(orgUnitId)) await x.t.db.insertInto('client').values({
    kind: 'person', org_unit_id: orgUnitId, name: `矩阵保单导入${n}`, first_contact_at: new Date(), id_type: 'resident_id',
    id_number_enc: encryptField(x.t.app.keyring, idNumber, { context: 'client.id_number' }), id_number_bidx: blindIndex(x.t.app.keyring, { kind: 'idNumber', value: idNumber }),
    id_number_masked: mask('idNumber', idNumber),
  }).execute();
  policyImportHolders.set(orgUnitId, idNumber);
  const org = await x.t.db.selectFrom('org_unit').select('code').where('id', '=', orgUnitId).executeTakeFirstOrThrow();
  const csv = `保险公司,保单号,产品,投保人证件号码,保险金额,保费,缴费频率,缴费方式,生效日期,所属机构\nCHINALIFE,MATRIX-IMP-${n},CL-WL01,${idNumber},100000,1000,年交,现金,2026-01-01,${org.code}\n`;
  return c.request('POST', `/api/v1/imports/policies/${step}`, Buffer.from(csv), { 'content-type': 'application/octet-stream' });
}

async function send(fixture: Fixture, client: Client, target: Target, ctx: Ctx): Promise<{ statusCode: number }> {
  switch (fixture.kind) {
    case 'byId': {
      const id = fixture.entity === 'user' ? ctx.users[target] : fixture.entity === 'org_unit' ? ctx.orgs[target] : await fixture.entity(target, ctx);
      return fixture.request(client, id, ctx);
    }
    case 'action':
      return fixture.request(client);
    case 'create':
      return fixture.request(client, ctx.orgs[target], ++counter, ctx);
    case 'list':
      return client.get(fixture.url);
    case 'global':
      return client.get(fixture.url);
    default:
      throw new Error(`no target for ${fixture.kind}`);
  }
}
