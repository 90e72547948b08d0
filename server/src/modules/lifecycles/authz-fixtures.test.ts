/** The authorization matrix's fixtures for the lifecycles module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';

export const fixtures: Record<string, Fixture> = {
  // Every signed-in user reads the record lifecycles (states, transitions, who may fire them).
  'GET /api/v1/lifecycles': { kind: 'authenticated', request: (c) => c.get('/api/v1/lifecycles'), expect: 200 },
};
