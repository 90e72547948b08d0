/** The authorization matrix's fixtures for the coverage module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';

export const fixtures: Record<string, Fixture> = {
  // Coverage review (R-PO-5): needs policy.read; the client must be in scope.
  'GET /api/v1/clients/:id/coverage': {
    kind: 'byId', entity: (target, x) => Promise.resolve(x.clients[target]), request: (c, id) => c.get(`/api/v1/clients/${id}/coverage`),
  },
};
