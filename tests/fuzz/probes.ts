import type { FuzzRequest } from './generator.js';
import type { Method } from './openapi.js';

/** Fixed regression probes named in issue 9: each once answered 5xx or a foreign shape. */
export type Probe = { request: FuzzRequest; expectStatus?: number };

const probe = (method: Method, op: string, url: string, label: string, body?: unknown, expectStatus?: number): Probe => ({
  request: {
    index: -1, op, kind: 'probe', label, auth: 'user', method, url,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  },
  expectStatus,
});

export const PROBES: Probe[] = [
  probe('GET', 'GET /api/v1/clients/{id}', '/api/v1/clients/2147483648', 'an id past the int4 range'),
  probe('POST', 'POST /api/v1/clients', '/api/v1/clients', 'orgUnitId as a 20-digit string',
    { kind: 'person', orgUnitId: '12345678901234567890', name: '模糊测试' }),
  probe('POST', 'POST /api/v1/deadlines/{id}/cancel', '/api/v1/deadlines/99999999999999999999/cancel', 'a 20-digit id',
    { version: 1, reason: '模糊测试' }),
  // " 1" is not the id 1: coercion must not trim it into one.
  probe('GET', 'GET /api/v1/clients/{id}', '/api/v1/clients/%201', 'id " 1"', undefined, 400),
  probe('GET', 'GET /api/v1/clients/search', '/api/v1/clients/search?q=%00', 'a NUL search'),
  probe('PATCH', 'PATCH /api/v1/deadline-rules/{id}', '/api/v1/deadline-rules/%00', 'a NUL rule id', { version: 1 }),
  probe('POST', 'POST /api/v1/calendar/years/{year}/parse', '/api/v1/calendar/years/2027/parse', 'base64 that is no xlsx',
    { xlsxBase64: 'AAAA' }),
  probe('GET', 'GET /api/v1/calendar/working-days', '/api/v1/calendar/working-days?from=0001-01-01&to=9999-12-31', 'dates far outside the calendar'),
  probe('GET', 'GET /api/v1/clients/{id}', `/api/v1/clients/${'1'.repeat(5000)}`, 'a 5000-character id'),
  probe('PATCH', 'PATCH /api/v1/deadline-rules/{id}', `/api/v1/deadline-rules/${'a'.repeat(5000)}`, 'a 5000-character rule id', { version: 1 }),
  // The second outside probe: forged cursors reached the database, a date near 1900 stepped off the calendar.
  ...['/api/v1/clients', '/api/v1/policies', '/api/v1/deadlines', '/api/v1/insurers', '/api/v1/products', '/api/v1/users', '/api/v1/audit', '/api/v1/notifications']
    .flatMap((path) => [[1, 99999999999], ['x', 1], ['\u0000', 1], [1e21, 1]].map((forged) =>
      probe('GET', `GET ${path}`, `${path}?cursor=${Buffer.from(JSON.stringify(forged)).toString('base64url')}`, `a forged cursor ${JSON.stringify(forged)}`, undefined, 400))),
  probe('GET', 'GET /api/v1/calendar/add-working-days', '/api/v1/calendar/add-working-days?from=1900-01-10&days=-10', 'N working days back past 1900', undefined, 400),
];
