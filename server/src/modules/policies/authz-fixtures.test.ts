/** The authorization matrix's fixtures for the policies module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';
import { VERIFY_FIELDS } from './policy-rules.data.js';

export const fixtures: Record<string, Fixture> = {
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
  'POST /api/v1/policies/:id/reveal': {
    kind: 'byId', entity: (target, x) => Promise.resolve(x.policies[target]), request: (c, id) => c.post(`/api/v1/policies/${id}/reveal`, { field: 'bankAccount' }),
  },
};
