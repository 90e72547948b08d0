/** The authorization matrix's fixtures for the demo module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';

export const fixtures: Record<string, Fixture> = {
  'GET /api/v1/demo': { kind: 'authenticated', request: (c) => c.get('/api/v1/demo'), expect: 200 },
};
