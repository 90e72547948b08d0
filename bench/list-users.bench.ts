import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import type { DB } from '../server/src/platform/db/schema.js';
import { loadActor, type Actor } from '../server/src/platform/authz/actor.js';
import { userContext } from '../server/src/platform/context/context.js';
import { createServices } from '../server/src/services.js';
import { listUsers } from '../server/src/modules/users/find-users.js';
import { SESSION_COOKIE } from '../server/src/platform/auth/sessions.js';
import { DEMO_PASSWORD } from '../server/src/modules/demo/seed-demo.js';
import { serializeKeyring, type Keyring } from '../server/src/platform/pii/index.js';
import type { Benchmark } from './benchmark.js';
import { startChildServer } from './child-server.js';
import { postgresBackendsProbe } from './cpu.js';
import { best, measure, median, type Measurement } from './load.js';
import { formatTable } from './table.js';

const USERNAME = 'gz.supervisor'; // city level: the Guangzhou branch and its offices
const LIMIT = 50;
const PATH = `/api/v1/users?limit=${LIMIT}`;
const CONNECTIONS = 50;
const TARGET = { ratio: 0.6, p99Ms: 50 };
// Each server's pool names itself, so the database CPU it causes can be told apart.
const APP_APP_NAME = 'anxin-bench-app';
const BARE_APP_NAME = 'anxin-bench-bare';

export const listUsersBenchmark: Benchmark = {
  name: 'list-users',
  description: `GET ${PATH} as ${USERNAME}, ${CONNECTIONS} connections, vs a bare node:http + pg handler running the same SQL`,
  usesDatabase: true,
  async run({ benchDatabase, scale, seconds, warmupSeconds, rounds, nodeArgs, log }) {
    const bench = await benchDatabase();
    log(`  data      scale ${scale}: ${bench.seed.orgUnits} org units, ${bench.seed.users} users seeded in ${bench.seed.seconds.toFixed(1)} s`);
    log(`  runs      ${rounds} × ${seconds} s per server, alternating, after a ${warmupSeconds} s warm-up; best run of each reported`);
    const actor = await actorOf(bench.database.db, USERNAME);
    const scopeIds = [...actor.scopeFor('user.read').orgUnitIds];
    const keys = serializeKeyring(bench.keyring);
    const statements = await capturePageStatements(bench.url, bench.keyring, actor);
    const bareEnv = {
      DATABASE_URL: withAppName(bench.url, BARE_APP_NAME), ANXIN_KEYS: keys,
      BENCH_PAGE_SQL: statements.page.sql, BENCH_PAGE_PARAMS: JSON.stringify(statements.page.parameters),
    };
    const appEnv = { DATABASE_URL: withAppName(bench.url, APP_APP_NAME), ANXIN_KEYS: keys };
    const bare = await startChildServer('./serve-bare.ts', bareEnv, nodeArgs);
    const app = await startChildServer('./serve-app.ts', appEnv, nodeArgs).catch(async (err: unknown) => {
      await bare.stop();
      throw err;
    });
    const dbProbe = (name: string) => (isLocal(bench.url) ? postgresBackendsProbe(bench.database.db, name) : undefined);
    const probes = {
      bare: { server: bare.cpuMs, database: dbProbe(BARE_APP_NAME) },
      app: { server: app.cpuMs, database: dbProbe(APP_APP_NAME) },
    };
    try {
      const cookie = await logIn(app.url, USERNAME);
      const targets = {
        bare: { url: bare.url + PATH, connections: CONNECTIONS, seconds },
        app: { url: app.url + PATH, connections: CONNECTIONS, seconds, headers: { cookie } },
      };
      await assertSameResponse(targets.app.url, targets.bare.url, cookie, scopeIds);
      log(`  ${USERNAME}: scope of ${scopeIds.length} org units; app and bare return the same page`);

      log(`  warm-up ${warmupSeconds} s each`);
      await measure('bare', { ...targets.bare, seconds: warmupSeconds });
      await measure('app', { ...targets.app, seconds: warmupSeconds });

      const runs: Measurement[] = [];
      const roundRatios: number[] = [];
      for (let round = 1; round <= rounds; round++) {
        for (const label of ['bare', 'app'] as const) {
          const run = await measure(label, targets[label], probes[label]);
          runs.push(run);
          log(`  round ${round} ${describe(run)}`);
        }
        const [bareRun, appRun] = runs.slice(-2) as [Measurement, Measurement];
        const valid = !bareRun.failures && !appRun.failures;
        roundRatios.push(valid ? appRun.reqPerSec / bareRun.reqPerSec : NaN);
        log(`  round ${round} ratio app/bare ${valid ? roundRatios.at(-1)!.toFixed(2) : 'invalid (failed requests)'}`);
      }
      const baseline = best(runs.filter((r) => r.label === 'bare'));
      const figure = best(runs.filter((r) => r.label === 'app'));
      const ratio = figure.reqPerSec / baseline.reqPerSec;
      if (baseline.p99 >= TARGET.p99Ms) {
        log(`  note: the bare handler's own p99 is ${baseline.p99} ms: at ${CONNECTIONS} connections on this machine even ` +
          `the handler without the framework misses p99 < ${TARGET.p99Ms} ms (see docs/PERFORMANCE.md)`);
      }
      return {
        name: 'list-users',
        ratio,
        ratioOf: 'app/bare req/s',
        roundRatios,
        checks: [
          { label: `throughput ≥ ${TARGET.ratio * 100} % of bare`, pass: ratio >= TARGET.ratio },
          { label: `p99 < ${TARGET.p99Ms} ms`, pass: figure.p99 < TARGET.p99Ms },
        ],
        summary: summaryTable(baseline, figure, ratio, roundRatios),
      };
    } finally {
      await Promise.all([bare.stop(), app.stop()]);
    }
  },
};

/** The user as the app's guard loads them: their grants give the scope of `user.read`. */
async function actorOf(db: Kysely<DB>, username: string): Promise<Actor> {
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name', 'org_unit_id', 'must_change_password'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return loadActor(db, user);
}

/** The SQL the endpoint runs for one page, taken from the use case itself so the two cannot drift apart. */
async function capturePageStatements(url: string, keyring: Keyring, actor: Actor) {
  const statements: CompiledQuery[] = [];
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
    log: (event) => void (event.level === 'query' && statements.push(event.query)),
  });
  try {
    // The context the route gets for this user: the services, the user, the scope of the route's permission.
    await listUsers(userContext({ ...createServices(db), db, keyring }, actor, { scope: actor.scopeFor('user.read') }), { limit: LIMIT });
  } finally {
    await db.destroy();
  }
  // One statement since the roles came into the page's row (users/find-users.ts: json_agg).
  const [page] = statements;
  if (statements.length !== 1 || !page) {
    throw new Error(`a users page now takes ${statements.length} statements, not 1 (the page with its roles): update bench/serve-bare.ts`);
  }
  return { page };
}

async function logIn(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const session = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error('login set no session cookie');
  return session.split(';')[0]!;
}

/** The baseline only counts if it does the same job: same status, same page. */
async function assertSameResponse(appUrl: string, bareUrl: string, cookie: string, scopeIds: number[]) {
  const [appRes, bareRes] = await Promise.all([fetch(appUrl, { headers: { cookie } }), fetch(bareUrl)]);
  if (appRes.status !== 200 || bareRes.status !== 200) {
    throw new Error(`expected 200 from both, got app ${appRes.status}, bare ${bareRes.status}: ${await appRes.text()}`);
  }
  const appBody = (await appRes.json()) as { items: { orgUnitId: number }[] };
  const bareBody = (await bareRes.json()) as unknown;
  if (!isDeepStrictEqual(appBody, bareBody)) {
    throw new Error(`the bare handler returns a different page from the app: ${firstDifference(appBody, bareBody)}`);
  }
  if (appBody.items.length !== LIMIT || appBody.items.some((u) => !scopeIds.includes(u.orgUnitId))) {
    throw new Error(`expected a full page of ${LIMIT} users, all in scope`);
  }
}

function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const [x, y] = [(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]];
      if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${path}.${key}`);
    }
  }
  return `${path}: app ${JSON.stringify(a)}, bare ${JSON.stringify(b)}`;
}

function summaryTable(baseline: Measurement, figure: Measurement, ratio: number, roundRatios: number[]): string[] {
  const cpu = (ms: number | undefined) => (ms === undefined ? '-' : ms.toFixed(2));
  const cells = (m: Measurement) => [m.reqPerSec.toFixed(0), String(m.p50), String(m.p99), cpu(m.serverCpuMs), cpu(m.dbCpuMs)];
  const valid = roundRatios.filter(Number.isFinite);
  const each = roundRatios.map((x) => (Number.isFinite(x) ? x.toFixed(2) : 'invalid')).join(', ');
  return [
    ...formatTable(
      ['server', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/req', 'db CPU ms/req', 'ratio'],
      [['bare', ...cells(baseline), '1.00'], ['app', ...cells(figure), ratio.toFixed(2)]],
      new Set([1, 2, 3, 4, 5, 6]),
    ),
    `ratio within each round ${each}${valid.length ? ` (median ${median(valid).toFixed(2)})` : ''}`,
  ];
}

function describe(run: Measurement): string {
  const cpu = (ms: number | undefined) => (ms === undefined ? '-' : ms.toFixed(2));
  return `${run.label.padEnd(4)} ${run.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  ` +
    `CPU/request: server ${cpu(run.serverCpuMs)} ms, database ${cpu(run.dbCpuMs)} ms` +
    (run.failures ? `  ${run.failures} FAILED requests (run invalid)` : '');
}

function withAppName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', name); // the URL wins over the pool's own application_name
  return url.toString();
}

/** Backend CPU is read from /proc: only meaningful when PostgreSQL runs on this machine. */
function isLocal(databaseUrl: string): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(databaseUrl).hostname);
}
