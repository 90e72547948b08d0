import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import type { DB } from '../server/src/platform/db/schema.js';
import { loadActor } from '../server/src/platform/authz/actor.js';
import { SESSION_COOKIE } from '../server/src/platform/auth/sessions.js';
import { DEMO_PASSWORD } from '../server/src/modules/demo/seed-demo.js';
import { serializeKeyring } from '../server/src/platform/pii/index.js';
import type { Benchmark } from './benchmark.js';
import { startChildServer } from './child-server.js';
import { best, measure, type Measurement } from './load.js';

const USERNAME = 'gz.supervisor'; // city level: the Guangzhou branch and its offices
const PATH = '/api/v1/users?limit=50';
const CONNECTIONS = 50;
const TARGET = { ratio: 0.6, p99Ms: 50 };

export const listUsersBenchmark: Benchmark = {
  name: 'list-users',
  description: `GET ${PATH} as ${USERNAME}, ${CONNECTIONS} connections, vs a bare node:http + pg handler running the same SQL`,
  async run({ bench, seconds, warmupSeconds, rounds, log }) {
    const scopeIds = await scopeOf(bench.database.db, USERNAME);
    const env = { DATABASE_URL: bench.url, ANXIN_KEYS: serializeKeyring(bench.keyring) };
    const bare = await startChildServer('./serve-bare.ts', { ...env, BENCH_SCOPE_IDS: JSON.stringify(scopeIds) });
    const app = await startChildServer('./serve-app.ts', env).catch(async (err) => {
      await bare.stop();
      throw err;
    });
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
      for (let round = 1; round <= rounds; round++) {
        for (const label of ['bare', 'app'] as const) {
          const run = await measure(label, targets[label]);
          runs.push(run);
          log(`  round ${round} ${label.padEnd(4)} ${run.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms` +
            (run.failures ? `  ${run.failures} FAILED requests (run invalid)` : ''));
        }
      }
      const baseline = best(runs.filter((r) => r.label === 'bare'));
      const figure = best(runs.filter((r) => r.label === 'app'));
      const ratio = figure.reqPerSec / baseline.reqPerSec;
      return {
        name: this.name,
        runs,
        figure,
        baseline,
        ratio,
        checks: [
          { label: `throughput ≥ ${TARGET.ratio * 100} % of bare`, pass: ratio >= TARGET.ratio },
          { label: `p99 < ${TARGET.p99Ms} ms`, pass: figure.p99 < TARGET.p99Ms },
        ],
      };
    } finally {
      await Promise.all([bare.stop(), app.stop()]);
    }
  },
};

/** The org units the app's guard would scope this user's `user.read` to. */
async function scopeOf(db: Kysely<DB>, username: string): Promise<number[]> {
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name', 'org_unit_id', 'must_change_password'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const actor = await loadActor(db, user);
  return [...actor.scopeFor('user.read').orgUnitIds];
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
  if (appBody.items.length !== 50 || appBody.items.some((u) => !scopeIds.includes(u.orgUnitId))) {
    throw new Error('expected a full page of 50 users, all in scope');
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
