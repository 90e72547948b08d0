import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { seededRandom } from '../../server/src/modules/demo/random.js';
import { ALL_ROLES } from '../../server/src/platform/authz/roles.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { generateRequest, requestRandom } from './generator.js';
import { learn, listOperations, listUrl, recordsIn, type KnownRecords } from './known-records.js';
import { isUnsafe, openApiPath, operationsOf, type OpenApiDoc, type Operation } from './openapi.js';
import { PROBES } from './probes.js';
import { formatReport } from './report.js';
import { createFuzzer, type Fuzzer } from './runner.js';

// Issue 9: walk every operation of the OpenAPI document with bad inputs made from its schema.
// FUZZ_SEED picks the inputs (the same seed sends the same requests), FUZZ_REQUESTS how many;
// FUZZ_MAX_SECONDS only stops a run that is far slower than expected (it can hide, never invent, a failure).
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_909);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3000);
// About a hundredth of that is normal: a tenth of a second per request, at least five minutes.
const MAX_SECONDS = Number(process.env.FUZZ_MAX_SECONDS ?? Math.max(300, REQUESTS / 10));
if (!Number.isSafeInteger(SEED) || !Number.isSafeInteger(REQUESTS)) throw new Error('FUZZ_SEED and FUZZ_REQUESTS must be integers');
const ENGINE = process.env.ANXIN_TEST_ENGINE ?? 'pglite';
/** The login route allows 30 requests a minute per address; the fuzzer's own logins need a few of them. */
const ROUTE_CAPS: Record<string, number> = { 'POST /api/v1/auth/login': 10 };

describe('API fuzz: no route answers 5xx, every refusal has the one error shape and leaves stored rows as they were', () => {
  let t: TestApp;
  let fuzzer: Fuzzer;
  let ops: Operation[];
  const known: KnownRecords = new Map();

  beforeAll(async () => {
    t = await createTestApp();
    // The admin at head office also takes every other role there, so that requests get past the guard to
    // validation and handlers on every route. Not the agent role: it narrows some defaults to one's own clients.
    const [adminId, headOffice] = [await t.userId('admin'), await t.orgId('HO')];
    const roles = ALL_ROLES.filter((role) => role !== 'agent' && role !== 'admin');
    await t.db.insertInto('role_assignment').values(roles.map((role) => ({ user_id: adminId, role, org_unit_id: headOffice }))).execute();
    fuzzer = await createFuzzer(t, 'admin');
    ops = operationsOf((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDoc);
    for (const op of listOperations(ops)) {
      const res = await fuzzer.send({ index: -1, op: op.key, kind: 'valid', label: 'list read before fuzzing', auth: 'user', method: 'GET', url: listUrl(op), headers: {} });
      if (res?.statusCode === 200) known.set(op.path, recordsIn(jsonOf(res)));
    }
    // The fuzzing user must stay able to fuzz: no request aims at its own user record or org unit
    // (disabling it, taking its roles or resetting its password would end the run early).
    const spare = (path: string, id: number) => known.set(path, (known.get(path) ?? []).filter((r) => r.id !== id));
    spare('/api/v1/users', fuzzer.actor.userId);
    spare('/api/v1/org-units', fuzzer.actor.orgUnitId);
  });
  afterAll(() => t?.close());

  it('finds every /api/v1 route in the OpenAPI document, so each one is fuzzed', () => {
    const documented = new Set(ops.map((op) => op.key));
    const missing = t.app.routeRegistry
      .filter((r) => r.url.startsWith('/api/v1/'))
      .map((r) => `${r.method} ${openApiPath(r.url)}`)
      .filter((key) => !documented.has(key));
    expect(missing).toEqual([]);
    expect(ops.length).toBeGreaterThan(50);
  });

  it('answers the regression probes of issue 9 without 5xx, in the one error shape', async () => {
    for (const { request, expectStatus } of PROBES) {
      const res = await fuzzer.send(request);
      if (res && expectStatus !== undefined && res.statusCode !== expectStatus) {
        fuzzer.fail('expectation', `answered ${res.statusCode}, expected ${expectStatus}`, request, res);
      }
    }
    const { text, titles } = formatReport(fuzzer.failures.filter((f) => f.request.kind === 'probe'), [
      `API fuzz probes (${ENGINE})`, `Reproduce: npx vitest run --project ${ENGINE} tests/fuzz -t probes`,
    ]);
    expect(titles, text).toEqual([]);
  });

  it(`answers ${REQUESTS} generated requests (seed ${SEED}) without 5xx, in the one error shape, refusals changing nothing`, async () => {
    const plan = seededRandom(SEED);
    const used = new Map<string, number>();
    const statuses = new Map<number, number>();
    const busy = new Map<string, number>(); // milliseconds per operation, to see where a slow run goes
    const started = Date.now();
    let timedOut = false;
    for (let i = 0; i < REQUESTS && !fuzzer.stopped; i++) {
      if (Date.now() - started > MAX_SECONDS * 1000) {
        timedOut = true;
        break;
      }
      let op = plan.pick(ops);
      while ((used.get(op.key) ?? 0) >= (ROUTE_CAPS[op.key] ?? Infinity)) op = plan.pick(ops);
      used.set(op.key, (used.get(op.key) ?? 0) + 1);
      const sentAt = performance.now();
      const res = await fuzzer.send(generateRequest(op, i, requestRandom(SEED, i), known));
      busy.set(op.key, (busy.get(op.key) ?? 0) + performance.now() - sentAt);
      if (!res) continue;
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (isUnsafe(op.method) && res.statusCode < 300) learn(known, op, jsonOf(res));
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const header = [
      `API fuzz (${ENGINE}): seed ${SEED}, ${fuzzer.sent} requests sent in ${seconds} s over ${used.size} of ${ops.length} operations`,
      `Statuses: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`,
      `Slowest: ${[...busy].sort(([, a], [, b]) => b - a).slice(0, 4).map(([key, ms]) => `${key} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
      ...(timedOut ? [`Stopped by FUZZ_MAX_SECONDS=${MAX_SECONDS} before ${REQUESTS} requests`] : []),
      ...(fuzzer.stopped ? [`Stopped early: ${fuzzer.stopped}`] : []),
      `Reproduce: FUZZ_SEED=${SEED} FUZZ_REQUESTS=${REQUESTS} npx vitest run --project ${ENGINE} tests/fuzz`,
    ];
    const { text, titles } = formatReport(fuzzer.failures.filter((f) => f.request.kind !== 'probe'), header);
    if (!titles.length) console.log(text); // a failure prints it as the assertion's message
    expect(titles, text).toEqual([]);
  }, (MAX_SECONDS + 60) * 1000);
});

function jsonOf(res: LightMyRequestResponse): unknown {
  try {
    return res.json();
  } catch {
    return undefined;
  }
}
