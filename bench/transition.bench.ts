import http from 'node:http';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../server/src/platform/db/schema.js';
import { loadActor } from '../server/src/platform/authz/actor.js';
import { userContext } from '../server/src/platform/context/context.js';
import { createServices } from '../server/src/services.js';
import { createRequest } from '../server/src/modules/servicing/handle-request.js';
import { DEMO_PASSWORD } from '../server/src/modules/demo/seed-demo.js';
import { serializeKeyring, type Keyring } from '../server/src/platform/pii/index.js';
import type { Benchmark } from './benchmark.js';
import { prepareBenchDatabase, dropDatabase } from './bench-database.js';
import { startChildServer } from './child-server.js';
import { median } from './load.js';
import { formatTable } from './table.js';

// Issue 12, targets: "Firing a transition through the API: ≥ 60 % of the throughput of a bare
// handler doing the same row update + history insert + audit append." The transition: withdrawing a
// servicing request (客户撤回, with its reason) — each request is fired once, so every call does the
// whole work; the app through POST /api/v1/servicing-requests/:id/steps as the office clerk, the
// baseline (serve-transition-bare.ts) through plain node:http on the same PostgreSQL.
const DATABASE = 'anxin_bench_transitions';
const USERNAME = 'gz01.clerk';
const CONNECTIONS = 16;
const TARGET = 0.6;
const REASON = '客户撤回';

type Side = 'bare' | 'app';
type Run = { side: Side; requests: number; failures: number; statuses: Record<number, number>; seconds: number; reqPerSec: number; p50: number; p99: number };

export const transitionBenchmark: Benchmark = {
  name: 'transition',
  description: `POST …/servicing-requests/:id/steps (withdraw) as ${USERNAME}, ${CONNECTIONS} connections, vs a bare handler doing the row update, timeline line and audit append`,
  usesDatabase: true,
  async run({ serverUrl, seconds, warmupSeconds, rounds, nodeArgs, log }) {
    const bench = await prepareBenchDatabase(serverUrl, 1, DATABASE);
    const { db } = bench.database;
    // Enough received requests that no run runs out: each side its own, each fired once.
    const perSide = Math.ceil(1_200 * (warmupSeconds + seconds * rounds));
    const ids = await seedRequests(db, bench.keyring, perSide * 2);
    const pools: Record<Side, number[]> = { bare: ids.slice(0, perSide), app: ids.slice(perSide) };
    log(`  data      demo scale 1; ${ids.length} add-rider requests received (no SLA running), ${perSide} per side`);
    const user = await db.selectFrom('app_user').select(['id', 'username']).where('username', '=', USERNAME).executeTakeFirstOrThrow();
    const keys = serializeKeyring(bench.keyring);
    const bare = await startChildServer('./serve-transition-bare.ts', { DATABASE_URL: bench.url, BENCH_ACTOR: JSON.stringify({ userId: user.id, username: user.username }) }, nodeArgs);
    const app = await startChildServer('./serve-app.ts', { DATABASE_URL: bench.url, ANXIN_KEYS: keys }, nodeArgs).catch(async (err: unknown) => {
      await bare.stop();
      throw err;
    });
    try {
      const session = await logIn(app.url);
      const send: Record<Side, (agent: http.Agent, id: number) => Promise<number>> = {
        bare: (agent, id) => post(agent, `${bare.url}/fire/${id}`, { version: 1, reason: REASON }, {}),
        app: (agent, id) => post(agent, `${app.url}/api/v1/servicing-requests/${id}/steps`, { version: 1, event: 'withdraw', reason: REASON }, session),
      };
      const take = (side: Side) => () => {
        const id = pools[side].shift();
        if (id === undefined) throw new Error(`${side}: ran out of requests to fire`);
        return id;
      };
      log(`  warm-up ${warmupSeconds} s each`);
      for (const side of ['bare', 'app'] as const) await closedLoop(side, send[side], take(side), warmupSeconds);

      const runs: Run[] = [];
      const roundRatios: number[] = [];
      for (let round = 1; round <= rounds; round++) {
        for (const side of ['bare', 'app'] as const) {
          const run = await closedLoop(side, send[side], take(side), seconds);
          runs.push(run);
          log(`  round ${round} ${side.padEnd(4)} ${run.reqPerSec.toFixed(0)} req/s, p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms, ${run.requests} requests${run.failures ? `, ${run.failures} FAILED (status: count ${JSON.stringify(run.statuses)}; first: ${firstFailure})` : ''}`);
        }
        const [b, a] = runs.slice(-2) as [Run, Run];
        roundRatios.push(a.failures || b.failures ? NaN : a.reqPerSec / b.reqPerSec);
      }
      // Every fired request really moved: the app's withdrawn rows carry their timeline line and audit entry.
      const check = await sql<{ withdrawn: number; lines: number; audits: number }>`
        select (select count(*)::int from servicing_request where state = 'withdrawn') as withdrawn,
               (select count(*)::int from client_timeline where kind = 'servicing.withdrawn') as lines,
               (select count(*)::int from audit_log where action = 'servicing.withdraw') as audits`.execute(db);
      const fired = runs.reduce((n, r) => n + r.requests - r.failures, 0);
      const { withdrawn, lines, audits } = check.rows[0]!;
      log(`  checked   ${withdrawn} requests withdrawn, ${lines} timeline lines, ${audits} audit entries (the measured runs fired ${fired}, the warm-ups the rest)`);
      if (withdrawn !== lines || withdrawn !== audits) throw new Error('a withdrawn request lacks its timeline line or its audit entry');

      const bestOf = (side: Side) => runs.filter((r) => r.side === side && !r.failures).reduce((x, y) => (y.reqPerSec > x.reqPerSec ? y : x));
      const [b, a] = [bestOf('bare'), bestOf('app')];
      const ratio = a.reqPerSec / b.reqPerSec;
      const table = formatTable(
        ['side', 'req/s (best)', 'p50 ms', 'p99 ms', 'failed'],
        [b, a].map((r) => [r.side, r.reqPerSec.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1), String(r.failures)]),
        new Set([1, 2, 3, 4]),
      );
      for (const line of table) log(`  ${line}`);
      log(`  ratio app/bare ${ratio.toFixed(2)} (rounds ${roundRatios.map((x) => x.toFixed(2)).join(', ')}; median ${median(roundRatios).toFixed(2)}), target ≥ ${TARGET}`);
      return {
        name: 'transition',
        ratio,
        ratioOf: 'app throughput / bare handler throughput',
        roundRatios,
        checks: [{ label: `throughput ≥ ${TARGET * 100} % of the bare handler`, pass: ratio >= TARGET }],
        summary: table,
      };
    } finally {
      await app.stop();
      await bare.stop();
      await bench.database.close();
      await dropDatabase(serverUrl, DATABASE);
    }
  },
};

/** One request made through the use case (its work item, its shape), then copied by SQL: the same rows, fast. */
async function seedRequests(db: Kysely<DB>, keyring: Keyring, count: number): Promise<number[]> {
  const user = await db.selectFrom('app_user').select(['id', 'username', 'display_name', 'org_unit_id', 'must_change_password']).where('username', '=', USERNAME).executeTakeFirstOrThrow();
  const actor = await loadActor(db, user);
  const ctx = userContext({ ...createServices(db), db, keyring }, actor, { scope: actor.scopeFor('servicing.write') });
  const policy = await db.selectFrom('policy').select('id').where('org_unit_id', '=', user.org_unit_id).where('state', '=', 'in_force').orderBy('id').executeTakeFirstOrThrow();
  const template = await createRequest(ctx, policy.id, { type: 'add_rider', channel: 'counter', note: '加保附加住院医疗' });
  await sql`
    insert into servicing_request (request_no, policy_id, org_unit_id, type, state, channel, applicant_client_id, received_at, owner_id, details, version)
    select 'BQBENCH' || lpad(g::text, 8, '0'), s.policy_id, s.org_unit_id, s.type, s.state, s.channel, s.applicant_client_id, s.received_at, s.owner_id, s.details, 1
    from servicing_request s, generate_series(1, ${count}) g where s.id = ${template.id}`.execute(db);
  await sql`
    insert into work_item (entity_type, entity_id, org_unit_id, state, open, owner_id, team_org_unit_id, team_role, received_at, assigned_at, due_at, warn_at)
    select w.entity_type, s.id, w.org_unit_id, w.state, w.open, w.owner_id, w.team_org_unit_id, w.team_role, w.received_at, w.assigned_at, w.due_at, w.warn_at
    from work_item w, servicing_request s where w.entity_type = 'servicing' and w.entity_id = ${template.id} and s.request_no like 'BQBENCH%'`.execute(db);
  await sql`vacuum analyze servicing_request`.execute(db);
  await sql`vacuum analyze work_item`.execute(db);
  const rows = await db.selectFrom('servicing_request').select('id').where('request_no', 'like', 'BQBENCH%').orderBy('id').execute();
  return rows.map((r) => r.id);
}

async function logIn(baseUrl: string): Promise<Record<string, string>> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: USERNAME, password: DEMO_PASSWORD }) });
  if (res.status !== 200) throw new Error(`login as ${USERNAME} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/** The first failed answer's status and body, for the log: a run with failures says why. */
let firstFailure: string | null = null;

function post(agent: http.Agent, url: string, body: unknown, headers: Record<string, string>): Promise<number> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve) => {
    const req = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json', 'content-length': payload.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode !== 200 && !firstFailure) firstFailure = `${url} → ${res.statusCode} ${Buffer.concat(chunks).toString('utf8').slice(0, 300)}`;
        resolve(res.statusCode ?? 0);
      });
    });
    req.on('error', () => resolve(0));
    req.end(payload);
  });
}

/** CONNECTIONS workers, each firing the next request as soon as its last one answered, for `seconds`. */
async function closedLoop(side: Side, send: (agent: http.Agent, id: number) => Promise<number>, next: () => number, seconds: number): Promise<Run> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let failures = 0;
  const statuses: Record<number, number> = {};
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const status = await send(agent, next());
      latencies.push(performance.now() - t0);
      if (status !== 200) failures++;
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  }));
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { side, requests: latencies.length, failures, statuses, seconds: elapsed, reqPerSec: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}
