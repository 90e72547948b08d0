/** The authorization matrix's fixtures for the notifications module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';

export const fixtures: Record<string, Fixture> = {
  // Notifications are each user's own, whatever the role: another user's (or a missing) one is 404.
  'GET /api/v1/notifications': { kind: 'authenticated', request: (c) => c.get('/api/v1/notifications'), expect: 200 },
  'GET /api/v1/notifications/unread-count': { kind: 'authenticated', request: (c) => c.get('/api/v1/notifications/unread-count'), expect: 200 },
  'POST /api/v1/notifications/:id/read': { kind: 'authenticated', request: (c) => c.post('/api/v1/notifications/999999999/read'), expect: 404 },
  'POST /api/v1/notifications/read-all': { kind: 'authenticated', request: (c) => c.post('/api/v1/notifications/read-all'), expect: 200 },
};
