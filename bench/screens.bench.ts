// `npm run bench -- screens`: every main list and search, as the four demo users at once, on both
// engines (issue 11, "Lists at branch scale"):
//   embedded (PGlite), 100k policies (scale 29), 4 users at once:        p99 < 100 ms a screen
//   PostgreSQL, 1M policies (scale 145), a fixed load of half the peak of
//   the raw-SQL replay of the same screen:                               p99 < 50 ms a screen
// The baseline is the app's own SQL replayed without the app (bench/serve-replay.ts), in the same
// run on the same data; the ratio app/replay of p99 is reported beside each figure.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { readConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/platform/db/engine.js';
import type { DB } from '../server/src/platform/db/schema.js';
import { generateKeyring, parseKeyring, serializeKeyring, type Keyring } from '../server/src/platform/pii/index.js';
import type { Benchmark, BenchResult, Check } from './benchmark.js';
import { keptDatabase, seedAsFirstStart, withDatabase } from './bench-database.js';
import { startChildServer, type ChildServer } from './child-server.js';
import { closedLoop, openLoop, type LoadResult, type Target } from './http-load.js';
import { captureScreens, logInOver, type Captured, type Screen } from './screens-capture.js';
import { formatTable } from './table.js';

/** The four roles a branch works in (README "Which user to try for what"): each is one user at the keyboard. */
const USERS = ['gz.supervisor', 'gz01.clerk', 'gz01.agent1', 'ho.auditor'];
// Demo data: 64 clients and 96 policies an office and scale unit, and the offices grow with the scale
// (36 at scale 29, 78 at 145): 100 224 policies (66 816 clients) and 1 085 760 (723 840).
export const SCREENS_SCALE = { embedded: 29, postgres: 145 } as const;
const TARGET_P99_MS = { embedded: 100, postgres: 50 } as const;
const PG_DATABASE = 'anxin_bench_screens';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = path.join(ROOT, 'bench/results/.cache');

/** The main screens: what a clerk, agent, supervisor and auditor open all day. */
function screens(facts: { tail: string; surname: string }): Screen[] {
  // BENCH_SCREENS_ONLY="users,policies in force": measure just those (to iterate on one screen).
  const only = process.env.BENCH_SCREENS_ONLY?.split(',').map((id) => id.trim()).filter(Boolean);
  const all = allScreens(facts);
  if (!only?.length) return all;
  const unknown = only.filter((id) => !all.some((s) => s.id === id));
  if (unknown.length) throw new Error(`BENCH_SCREENS_ONLY: no screen ${unknown.map((id) => `"${id}"`).join(', ')}; the screens are: ${all.map((s) => s.id).join(', ')}`);
  return all.filter((s) => only.includes(s.id));
}

function allScreens(facts: { tail: string; surname: string }): Screen[] {
  return [
    { id: 'home counts', path: '/api/v1/deadlines/counts' },
    { id: 'my to-dos', path: '/api/v1/deadlines/mine' },
    { id: 'unit overdue', path: '/api/v1/deadlines?state=overdue' },
    { id: 'clients', path: '/api/v1/clients' },
    { id: 'clients by name', path: '/api/v1/clients?sort=name' },
    { id: 'policies', path: '/api/v1/policies' },
    { id: 'policies by effective date', path: '/api/v1/policies?sort=-effectiveDate' },
    { id: 'policies in force', path: '/api/v1/policies?state=in_force' },
    { id: 'search name', path: `/api/v1/clients/search?q=${encodeURIComponent(facts.surname)}` },
    { id: 'search mobile tail', path: `/api/v1/clients/search?q=${facts.tail}` },
    { id: 'search pinyin initials', path: '/api/v1/clients/search?q=wxm' },
    { id: 'care list', path: '/api/v1/clients/care' },
    { id: 'notifications', path: '/api/v1/notifications' },
    { id: 'users', path: '/api/v1/users' },
    { id: 'audit', path: '/api/v1/audit' },
  ];
}

type EngineRun = { engine: 'embedded' | 'postgres'; rows: Row[] };
type Row = { screen: string; users: number; app: LoadResult; replay: LoadResult; rate?: number; appRounds?: number[]; /** server CPU per request (user + system), ms: app, replay */ cpu?: [number, number] };

/** PostgreSQL: each screen is measured in this many rounds and the median round's figures are reported. */
const PG_ROUNDS = 3;

/** " (app 3 FAILED: HTTP 500 ×2, ECONNRESET ×1)", the same for the replay, or nothing: which server failed, and how. */
export function failuresOf(apps: LoadResult[], replays: LoadResult[]): string {
  return sideFailures('app', apps) + sideFailures('replay', replays);
}

function sideFailures(side: string, runs: LoadResult[]): string {
  const kinds = new Map<string, number>();
  for (const run of runs) for (const [kind, n] of Object.entries(run.failureKinds)) kinds.set(kind, (kinds.get(kind) ?? 0) + n);
  const total = [...kinds.values()].reduce((a, b) => a + b, 0);
  return total ? ` (${side} ${total} FAILED: ${[...kinds].map(([kind, n]) => `${kind} ×${n}`).join(', ')})` : '';
}

/** The round with the median p99 (its p50 and failures with it; failures of every round summed). */
export function medianRun(runs: LoadResult[]): LoadResult {
  const sorted = [...runs].sort((x, y) => x.p99 - y.p99);
  const median = sorted[(sorted.length - 1) >> 1]!;
  const failureKinds: Record<string, number> = {};
  for (const run of runs) for (const [kind, n] of Object.entries(run.failureKinds)) failureKinds[kind] = (failureKinds[kind] ?? 0) + n;
  return { ...median, failures: runs.reduce((n, x) => n + x.failures, 0), failureKinds };
}

export const screensBenchmark: Benchmark = {
  name: 'screens',
  description: 'every main list and search as 4 users: embedded 100k policies p99 < 100 ms; PostgreSQL 1M policies at half the replay peak p99 < 50 ms',
  usesDatabase: true,
  async run(ctx) {
    const only = process.env.BENCH_SCREENS_ENGINE; // 'embedded' | 'postgres' to run one side
    const runs: EngineRun[] = [];
    if (only !== 'postgres') runs.push(await runEmbedded(ctx));
    if (only !== 'embedded') runs.push(await runPostgres(ctx));
    return result(runs);
  },
};

async function runEmbedded(ctx: Parameters<Benchmark['run']>[0]): Promise<EngineRun> {
  const scale = ctx.scaleGiven ? ctx.scale : SCREENS_SCALE.embedded;
  const seeded = await embeddedData(scale, ctx.log);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'anxin-screens-'));
  try {
    cpSync(seeded.dir, dataDir, { recursive: true });
    const config = readConfig({ ...process.env, DATABASE_URL: '', ANXIN_DATA_DIR: dataDir, ANXIN_KEYS: seeded.keys });
    const database = await openDatabase({ dataDir });
    let captured: Captured;
    let list: Screen[];
    try {
      list = screens(await facts(database.db));
      captured = await captureScreens(database, config, seeded.keyring, list, USERS);
    } finally {
      await database.close();
    }
    const statementsFile = path.join(dataDir, 'statements.json');
    writeFileSync(statementsFile, JSON.stringify(captured.statements));
    const env = { DATABASE_URL: '', ANXIN_DATA_DIR: dataDir, ANXIN_KEYS: seeded.keys, BENCH_STATEMENTS_FILE: statementsFile };
    ctx.log(`  embedded  ${seeded.policies} policies, ${seeded.clients} clients; ${USERS.length} users at once, closed loop, ${ctx.seconds} s a screen`);
    // One engine connection: the app and the replay cannot share the data directory, so one after the other.
    const app = await measureAll('app', './serve-app.ts', env, ctx, list, captured, (targets) => closedLoop(targets, ctx.seconds), true);
    const replay = await measureAll('replay', './serve-replay.ts', env, ctx, list, captured, (targets) => closedLoop(targets, ctx.seconds), false);
    return { engine: 'embedded', rows: list.map((s) => ({ screen: s.id, users: captured.users[s.id]!.length, app: app.get(s.id)!, replay: replay.get(s.id)! })) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runPostgres(ctx: Parameters<Benchmark['run']>[0]): Promise<EngineRun> {
  const scale = ctx.scaleGiven ? ctx.scale : SCREENS_SCALE.postgres;
  const seeded = await postgresData(ctx.serverUrl, scale, ctx.log);
  const url = withDatabase(ctx.serverUrl, PG_DATABASE);
  const config = readConfig({ ...process.env, DATABASE_URL: url, ANXIN_KEYS: seeded.keys });
  const database = await openDatabase({ databaseUrl: url });
  let captured: Captured;
  let list: Screen[];
  try {
    list = screens(await facts(database.db));
    captured = await captureScreens(database, config, seeded.keyring, list, USERS);
  } finally {
    await database.close();
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'anxin-screens-'));
  const statementsFile = path.join(dir, 'statements.json');
  writeFileSync(statementsFile, JSON.stringify(captured.statements));
  const env = { DATABASE_URL: url, ANXIN_KEYS: seeded.keys, BENCH_STATEMENTS_FILE: statementsFile };
  ctx.log(`  postgres  ${seeded.policies} policies, ${seeded.clients} clients; per screen: the replay's peak (32 connections, ${ctx.warmupSeconds} s), then app and replay at half of it for ${ctx.seconds} s`);
  const [app, replay] = await Promise.all([startChildServer('./serve-app.ts', env, ctx.nodeArgs), startChildServer('./serve-replay.ts', env, ctx.nodeArgs)]);
  try {
    const appTargets = await targetsOf(app, list, captured, true);
    const replayTargets = await targetsOf(replay, list, captured, false);
    const rows: Row[] = [];
    for (const s of list) {
      const peak = await closedLoop(spread(replayTargets.get(s.id)!, 32), ctx.warmupSeconds);
      // The app is warmed as the replay was (its peak is measured that way): the same connections for as long,
      // so both sides' JIT and caches start their rounds alike (a 1-s warm-up left the app's first round slow).
      await closedLoop(spread(appTargets.get(s.id)!, 32), ctx.warmupSeconds);
      const rate = Math.max(1, peak.reqPerSec / 2);
      // Rounds, the order of app and replay alternating: one 10-s p99 on 2 shared cores swings by
      // 2-10× from run to run (a burst of the machine's other work lands in one side's window).
      const apps: LoadResult[] = [];
      const replays: LoadResult[] = [];
      // The servers' CPU per request over all rounds: steadier than a p99, and it says how close to
      // saturation the fixed rate puts each side (the load generator's lead-in second is counted too).
      const cpu = { app: 0, appRequests: 0, replay: 0, replayRequests: 0 };
      const measured = async (side: 'app' | 'replay') => {
        const server = side === 'app' ? app : replay;
        const before = await server.cpuMs();
        const r = await openLoop((side === 'app' ? appTargets : replayTargets).get(s.id)!, rate, ctx.seconds);
        cpu[side] += (await server.cpuMs()) - before;
        cpu[`${side}Requests`] += r.requests + Math.round(rate); // + the lead-in second's requests
        return r;
      };
      for (let round = 0; round < PG_ROUNDS; round++) {
        const appFirst = round % 2 === 0;
        if (appFirst) apps.push(await measured('app'));
        replays.push(await measured('replay'));
        if (!appFirst) apps.push(await measured('app'));
      }
      const a = medianRun(apps);
      const r = medianRun(replays);
      rows.push({ screen: s.id, users: captured.users[s.id]!.length, app: a, replay: r, rate, appRounds: apps.map((x) => x.p99), cpu: [cpu.app / cpu.appRequests, cpu.replay / cpu.replayRequests] });
      ctx.log(`  ${s.id.padEnd(28)} replay peak ${peak.reqPerSec.toFixed(0)}/s → ${rate.toFixed(0)}/s: app p99 ${apps.map((x) => x.p99).join(' / ')} ms, replay p99 ${replays.map((x) => x.p99).join(' / ')} ms${failuresOf(apps, replays)}`);
    }
    return { engine: 'postgres', rows };
  } finally {
    await Promise.all([app.stop(), replay.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Start `script`, log the users in (the app), warm up, and measure every screen with `load`. */
async function measureAll(
  label: string, script: string, env: Record<string, string>, ctx: Parameters<Benchmark['run']>[0], list: Screen[], captured: Captured,
  load: (targets: Target[]) => Promise<LoadResult>, isApp: boolean,
): Promise<Map<string, LoadResult>> {
  const server = await startChildServer(script, env, ctx.nodeArgs);
  const results = new Map<string, LoadResult>();
  try {
    const targets = await targetsOf(server, list, captured, isApp);
    for (const s of list) {
      await closedLoop(targets.get(s.id)!, ctx.warmupSeconds);
      const r = await load(spread(targets.get(s.id)!, USERS.length));
      results.set(s.id, r);
      ctx.log(`  embedded ${label.padEnd(6)} ${s.id.padEnd(28)} ${r.reqPerSec.toFixed(0).padStart(5)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms${r.failures ? `  ${r.failures} FAILED` : ''}`);
    }
  } finally {
    await server.stop();
  }
  return results;
}

/** Per screen, one target per user who uses it: the app with the user's session, the replay with the user's statements. */
async function targetsOf(server: ChildServer, list: Screen[], captured: Captured, isApp: boolean): Promise<Map<string, Target[]>> {
  const cookies = new Map<string, string>();
  if (isApp) for (const user of USERS) cookies.set(user, await logInOver(server.url, user));
  return new Map(list.map((s) => [s.id, captured.users[s.id]!.map((user) =>
    isApp ? { url: server.url + s.path, headers: { cookie: cookies.get(user)! } } : { url: `${server.url}/${encodeURIComponent(`${s.id}/${user}`)}` })]));
}

/** `n` workers over the targets, round robin (four users: one each; fewer users: some twice). */
function spread(targets: Target[], n: number): Target[] {
  return Array.from({ length: n }, (_, i) => targets[i % targets.length]!);
}

/** Search terms that find something in this data set: a common surname, a mobile tail the clerk's office has. */
async function facts(db: Kysely<DB>) {
  const tail = await sql<{ tail: string }>`
    select right(c.mobile_masked, 4) as tail from client c join org_unit o on o.id = c.org_unit_id
    where o.code = 'GZ01' and c.mobile_masked is not null order by c.id limit 1`.execute(db);
  return { tail: tail.rows[0]?.tail ?? '8000', surname: '王' };
}

// ── data sets, kept between runs (seeding 100k / 1M policies takes minutes) ──

/** What the data depends on: the migrations and the demo generator. A change to either seeds anew. */
function dataFingerprint(scale: number): string {
  const hash = createHash('sha256').update(`scale ${scale}\n`);
  for (const dir of ['server/src/platform/db/migrations', 'server/src/modules/demo']) {
    for (const file of readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts')).sort()) {
      hash.update(file).update(readFileSync(path.join(ROOT, dir, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

type Seeded = { keyring: Keyring; keys: string; clients: number; policies: number };

async function embeddedData(scale: number, log: (line: string) => void): Promise<Seeded & { dir: string }> {
  const dir = path.join(CACHE, `screens-embedded-${dataFingerprint(scale)}`);
  const meta = path.join(dir, 'bench-meta.json');
  if (existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as { keys: string; clients: number; policies: number };
    log(`  embedded  data at scale ${scale} reused from ${path.relative(ROOT, dir)}`);
    return { dir, ...m, keyring: parseKeyring({ json: m.keys, source: 'bench cache' }) };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const database = await openDatabase({ dataDir: dir });
  const keyring = generateKeyring();
  const report = await seedAsFirstStart(database, keyring, scale);
  await database.close();
  const m = { keys: serializeKeyring(keyring), clients: report.clients, policies: report.policies };
  writeFileSync(meta, JSON.stringify(m));
  log(`  embedded  seeded scale ${scale} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { dir, ...m, keyring };
}

async function postgresData(serverUrl: string, scale: number, log: (line: string) => void): Promise<Seeded> {
  const kept = await keptDatabase(serverUrl, PG_DATABASE, dataFingerprint(scale), async (database, keyring) => {
    const report = await seedAsFirstStart(database, keyring, scale);
    return { clients: report.clients, policies: report.policies };
  });
  log(kept.seededSeconds === null ? `  postgres  data at scale ${scale} reused (database ${PG_DATABASE})` : `  postgres  seeded scale ${scale} in ${kept.seededSeconds.toFixed(0)} s`);
  return kept;
}


function result(runs: EngineRun[]): BenchResult {
  const checks: Check[] = [];
  const summary: string[] = [];
  const ratios: number[] = [];
  for (const run of runs) {
    const target = TARGET_P99_MS[run.engine];
    const fixed = run.engine === 'postgres';
    summary.push(`${run.engine}: ${fixed ? `fixed load at half the replay peak, median of ${PG_ROUNDS} rounds` : `${USERS.length} users at once`}, target p99 < ${target} ms`);
    summary.push(...formatTable(
      ['screen', 'users', ...(fixed ? ['req/s'] : []), 'app p50', 'app p99', ...(fixed ? ['app p99 rounds'] : []), 'replay p99', 'p99 ratio', ...(fixed ? ['CPU ms/req app / replay'] : []), 'verdict'],
      run.rows.map((r) => {
        const ratio = r.app.p99 / Math.max(r.replay.p99, 0.1);
        ratios.push(ratio);
        const valid = !r.app.failures && !r.replay.failures;
        return [
          r.screen, String(r.users), ...(fixed ? [(r.rate ?? 0).toFixed(0)] : []), String(r.app.p50), String(r.app.p99),
          ...(fixed ? [(r.appRounds ?? []).join(' / ')] : []), String(r.replay.p99), ratio.toFixed(2),
          ...(fixed ? [r.cpu ? `${r.cpu[0].toFixed(2)} / ${r.cpu[1].toFixed(2)}` : ''] : []),
          !valid ? 'INVALID (failed requests)' : r.app.p99 < target ? 'PASS' : 'FAIL',
        ];
      }),
      new Set([1, 2, 3, 4, ...(fixed ? [5, 6, 7, 8] : [5])]),
    ));
    const worst = run.rows.reduce((a, b) => (b.app.p99 > a.app.p99 ? b : a));
    checks.push({ label: `${run.engine}: every screen p99 < ${target} ms (worst ${worst.screen} ${worst.app.p99} ms)`, pass: run.rows.every((r) => !r.app.failures && r.app.p99 < target) });
    summary.push('');
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  return { name: 'screens', ratio: sorted[sorted.length >> 1] ?? NaN, ratioOf: 'median over screens of app p99 / replay p99', roundRatios: [], checks, summary };
}
