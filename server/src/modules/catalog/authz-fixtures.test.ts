/** The authorization matrix's fixtures for the catalog module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';

export const fixtures: Record<string, Fixture> = {
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
};
