import os from 'node:os';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { DB } from '../server/src/platform/db/schema.js';
import { sweepDeadlines, type SweepReport } from '../server/src/modules/deadlines/sweep-deadlines.js';
import { handWrittenSweep } from './sweep-baseline.js';
import type { Benchmark } from './benchmark.js';
import { dropDatabase, prepareBenchDatabase, recreateDatabase, withDatabase } from './bench-database.js';
import { formatTable, ms, thousands } from './table.js';

const SOURCE = 'anxin_bench_sweep'; // seeded once, left in place for inspection
const RUN_COPY = 'anxin_bench_sweep_run'; // a fresh file copy of SOURCE for every measured sweep
const NOW = new Date('2026-12-01T02:00:00Z'); // 10:00 Beijing time: the sweep's `now`
const TARGET_RATIO = 1.5;
const INSERT_BATCH = 250_000;
const GIVE_UP_AFTER = 3; // × the baseline of the same round (twice the target): the app's sweep is stopped there
const MIN_LIMIT_MS = 30_000;

type Side = 'baseline' | 'app';
type Fingerprint = { notifications: number; deliveries: number; notificationHash: string; deliveryHash: string; deadlineHash: string };
type Finished = {
  /** Each sweep statement's time as the driver saw it: due soon, overdue, escalation. */
  stepMs: number[];
  /** The rest: begin/commit, and the app's audit entry. */
  otherMs: number;
  report: SweepReport;
  fingerprint: Fingerprint;
  second: { ms: number; report: SweepReport; unchanged: boolean };
};
type SweepRun = { side: Side; ms: number } & ({ timedOut: false } & Finished | { timedOut: true; error: string });
export const sweepBenchmark: Benchmark = {
  name: 'sweep',
  description: 'sweepDeadlines(db, now) over open deadlines, vs the same three statements hand-written, each on a fresh copy of the data',
  usesDatabase: true,
  async run({ serverUrl, scale, rows, rounds, log }) {
    await prepareSource(serverUrl, scale, rows, log);
    log(`  runs      ${rounds} round${rounds === 1 ? '' : 's'} of baseline then app, each sweep on a fresh file copy of ${SOURCE} (create database … template); fastest of each reported`);
    const runs: SweepRun[] = [];
    const roundRatios: number[] = [];
    try {
      for (let round = 1; round <= rounds; round++) {
        for (const side of ['baseline', 'app'] as const) {
          const copied = performance.now();
          await recreateDatabase(serverUrl, RUN_COPY, SOURCE);
          const copyMs = performance.now() - copied;
          // A sweep far past the target is stopped (its backend cancelled) rather than waited for.
          const baselineMs = side === 'app' ? runs.at(-1)!.ms : undefined;
          const limitMs = baselineMs === undefined ? undefined : Math.max(MIN_LIMIT_MS, GIVE_UP_AFTER * baselineMs);
          const run = await measureSweep(side, withDatabase(serverUrl, RUN_COPY), limitMs);
          runs.push(run);
          log(`  round ${round} ${describe(run)} (fresh copy made in ${(copyMs / 1000).toFixed(1)} s)`);
        }
        const [baseline, app] = runs.slice(-2) as [SweepRun, SweepRun];
        roundRatios.push(app.ms / baseline.ms);
        log(`  round ${round} ratio app/baseline ${roundRatios.at(-1)!.toFixed(2)} (load ${loadAverage()})`);
      }
    } finally {
      await dropDatabase(serverUrl, RUN_COPY);
    }

    const finished = runs.filter((r): r is SweepRun & Finished => !r.timedOut);
    const fastest = (side: Side) => {
      const mine = runs.filter((r) => r.side === side);
      const done = finished.filter((r) => r.side === side);
      // None finished: each stopped run only says "longer than this"; the shortest is the safe bound.
      return (done.length ? done : mine).reduce((a, b) => (b.ms < a.ms ? b : a));
    };
    const baseline = fastest('baseline');
    const app = fastest('app');
    // A timed-out app run gives a lower bound for the ratio.
    const ratio = app.ms / baseline.ms;
    const reference = finished[0];
    const compared = finished.some((r) => r.side === 'app') && finished.some((r) => r.side === 'baseline');
    const sameResult = compared && !!reference &&
      finished.every((r) => JSON.stringify(r.fingerprint) === JSON.stringify(reference.fingerprint) && sameCounts(r.report, reference.report));
    const idempotent = finished.length > 0 && finished.every((r) => r.second.unchanged && !r.second.report.dueSoon && !r.second.report.overdue &&
      !r.second.report.escalated && !r.second.report.notifications);
    if (reference && !finished.every((r) => JSON.stringify(r.fingerprint) === JSON.stringify(reference.fingerprint))) {
      log(`  MISMATCH: the runs differ: ${finished.map((r) => `${r.side} ${JSON.stringify(r.report)} ${JSON.stringify(r.fingerprint)}`).join(' | ')}`);
    }

    const row = (r: SweepRun, ratioCell: string) => r.timedOut
      ? [r.side, `> ${ms(r.ms)}`, 'stopped', '', '', '', '', '', '', '', '', '', ratioCell]
      : [
        r.side, ms(r.ms), ...r.stepMs.map(ms), ms(r.otherMs), ms(r.second.ms),
        thousands(r.report.dueSoon), thousands(r.report.overdue), thousands(r.report.escalated),
        thousands(r.fingerprint.notifications), thousands(r.fingerprint.deliveries), ratioCell,
      ];
    const ratioText = (x: number, bound: boolean) => `${bound ? '> ' : ''}${x.toFixed(2)}`;
    const summary = [
      ...formatTable(
        ['sweep (best)', 'total ms', 'due soon', 'overdue', 'escalation', 'other', '2nd sweep ms', 'due soon', 'overdue', 'escalated', 'notifications', 'deliveries', 'ratio'],
        [row(baseline, '1.00'), row(app, ratioText(ratio, app.timedOut))],
        new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
      ),
      `ratio within each round ${roundRatios.map((x, i) => ratioText(x, runs[2 * i + 1]!.timedOut)).join(', ')}; ` +
        (compared ? `same rows moved, notifications and deliveries in every finished run (content hashes): ${sameResult}; `
          : 'results not compared: no app sweep finished; ') +
        `second sweep created nothing: ${idempotent}`,
      ...runs.filter((r) => r.timedOut).slice(0, 1).map((r) => `stopped: ${r.side} ${r.timedOut ? r.error : ''}`),
    ];
    return {
      name: 'sweep',
      ratio,
      ratioOf: app.timedOut ? 'app/hand-written SQL time (lower bound: the app was stopped)' : 'app/hand-written SQL time',
      roundRatios,
      checks: [
        { label: `≤ ${TARGET_RATIO}× the hand-written SQL`, pass: !app.timedOut && ratio <= TARGET_RATIO },
        { label: compared ? 'same result' : 'same result (not compared: the app never finished)', pass: sameResult },
        { label: 'second sweep creates nothing', pass: idempotent },
      ],
      summary,
    };
  },
};

/**
 * The source database: demo org tree and staff (every user gets an email address, so
 * deliveries are created), then `rows` open deadlines spread over the agents and their
 * offices, all rules round-robin: 40 % overdue, 30 % due soon, 30 % later; 5 % without an
 * owner, 1 % paused.
 */
async function prepareSource(serverUrl: string, scale: number, rows: number, log: (line: string) => void) {
  const bench = await prepareBenchDatabase(serverUrl, scale, SOURCE);
  const db = bench.database.db;
  try {
    await sql`update app_user set email = username || '@bench.anxin.test'`.execute(db);
    const started = performance.now();
    const { rows: counts } = await sql<{ rules: number; owners: number }>`
      select (select count(*) from deadline_rule)::int as rules,
             (select count(*) from role_assignment where role = 'agent')::int as owners`.execute(db);
    const { rules, owners } = counts[0]!;
    for (let from = 1; from <= rows; from += INSERT_BATCH) await insertDeadlines(db, from, Math.min(rows, from + INSERT_BATCH - 1), rules, owners);
    const loadMs = performance.now() - started;
    const vacuumed = performance.now();
    await sql`vacuum analyze`.execute(db);
    const vacuumMs = performance.now() - vacuumed;
    const { rows: shape } = await sql<{ overdue: number; due_soon: number; later: number; paused: number; unowned: number; owners: number; units: number; size: string }>`
      select count(*) filter (where due_at <= ${NOW})::int as overdue,
             count(*) filter (where warn_at <= ${NOW} and due_at > ${NOW})::int as due_soon,
             count(*) filter (where warn_at > ${NOW})::int as later,
             count(*) filter (where paused_at is not null)::int as paused,
             count(*) filter (where owner_id is null)::int as unowned,
             count(distinct owner_id)::int as owners, count(distinct org_unit_id)::int as units,
             pg_size_pretty(pg_total_relation_size('deadline')) as size
      from deadline`.execute(db);
    const s = shape[0]!;
    log(`  data      scale ${scale}: ${bench.seed.orgUnits} org units, ${bench.seed.users} users (all with an email address); ` +
      `${thousands(rows)} open deadlines inserted in ${(loadMs / 1000).toFixed(1)} s, vacuum analyze ${(vacuumMs / 1000).toFixed(1)} s, ${s.size} with indexes`);
    log(`  data      ${thousands(s.overdue)} overdue, ${thousands(s.due_soon)} due soon, ${thousands(s.later)} later at ${NOW.toISOString()}; ` +
      `${thousands(s.paused)} paused, ${thousands(s.unowned)} without owner; ${s.owners} owners in ${s.units} offices`);
  } finally {
    await bench.database.close();
  }
}

// Rule i mod rules, owner (i·7919) mod owners (agents, in their offices), bucket i mod 10. Entity
// ids `bench-<i>`: the demo seed's policies have live deadlines of their own (one per rule and entity).
async function insertDeadlines(db: Kysely<DB>, from: number, to: number, rules: number, owners: number) {
  await sql`
    insert into deadline (rule_id, entity_type, entity_id, org_unit_id, owner_id, started_at, due_at, warn_at, paused_at, pause_reason)
    select r.id, 'policy', 'bench-' || g.i, o.org_unit_id,
           case when g.i % 20 = 0 then null else o.user_id end,
           t.due_at - interval '7 days', t.due_at, t.warn_at,
           case when g.i % 100 = 1 then ${NOW}::timestamptz - interval '1 day' end,
           case when g.i % 100 = 1 then 'bench: waiting for the client' end
    from generate_series(${from}::int, ${to}::int) as g (i)
    join (select id, (row_number() over (order by id) - 1)::int as n from deadline_rule) r
      on r.n = g.i % ${rules}
    join (select u.id as user_id, u.org_unit_id, (row_number() over (order by u.id) - 1)::int as n
          from app_user u join role_assignment ra on ra.user_id = u.id and ra.role = 'agent') o
      on o.n = ((g.i::bigint * 7919) % ${owners})::int
    cross join lateral (
      select case
               when g.i % 10 < 4 then ${NOW}::timestamptz - make_interval(mins => 1 + (g.i * 37) % 43200)          -- overdue, up to 30 days
               when g.i % 10 < 7 then ${NOW}::timestamptz + make_interval(mins => 1 + (g.i * 37) % 4320)           -- due within 3 days
               else ${NOW}::timestamptz + interval '10 days' + make_interval(mins => (g.i * 37) % 86400)          -- later
             end as due_at
    ) d
    cross join lateral (
      select d.due_at,
             case when g.i % 10 between 4 and 6 then ${NOW}::timestamptz - make_interval(mins => (g.i * 13) % 2880)
                  else d.due_at - interval '3 days' end as warn_at
    ) t`.execute(db);
}

async function measureSweep(side: Side, url: string, limitMs?: number): Promise<SweepRun> {
  const timings: { sql: string; ms: number }[] = [];
  const applicationName = `anxin-bench-sweep-${side}`;
  const pool = new pg.Pool({ connectionString: url, max: 2, application_name: applicationName });
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => void (event.level === 'query' && timings.push({ sql: event.query.sql, ms: event.queryDurationMillis })),
  });
  try {
    await sql`select 1`.execute(db); // connect before the clock starts
    const sweep = side === 'app' ? () => sweepDeadlines(db, NOW) : () => handWrittenSweep(db, NOW);
    timings.length = 0;
    const started = performance.now();
    const stopper = limitMs === undefined ? undefined : stopAfter(url, applicationName, limitMs);
    let report: SweepReport;
    try {
      report = await sweep();
    } catch (err) {
      if (!stopper?.fired || (err as { code?: string }).code !== '57014') throw err; // 57014: query_canceled, by us
      const ms = performance.now() - started;
      const step = ['due soon', 'overdue', 'escalation'][timings.filter((t) => t.sql.trimStart().startsWith('with moved')).length] ?? 'a';
      return { side, ms, timedOut: true, error: `after ${(ms / 1000).toFixed(1)} s, in the ${step} statement (budget ${((limitMs ?? 0) / 1000).toFixed(0)} s: ${GIVE_UP_AFTER}× the round's baseline, at least ${MIN_LIMIT_MS / 1000} s)` };
    } finally {
      stopper?.clear();
    }
    const total = performance.now() - started;
    const steps = timings.filter((t) => t.sql.trimStart().startsWith('with moved')).map((t) => t.ms);
    const fingerprint = await fingerprintOf(db);

    const again = performance.now();
    const secondReport = await sweep();
    const secondMs = performance.now() - again;
    const after = await fingerprintOf(db);
    return {
      side, ms: total, timedOut: false, stepMs: steps, otherMs: total - steps.reduce((a, b) => a + b, 0), report, fingerprint,
      second: { ms: secondMs, report: secondReport, unchanged: JSON.stringify(after) === JSON.stringify(fingerprint) },
    };
  } finally {
    await db.destroy();
  }
}

/** Once `ms` have passed, cancel whatever the pool named `applicationName` is running, every second until cleared. */
function stopAfter(url: string, applicationName: string, ms: number) {
  let fired = false;
  let repeat: NodeJS.Timeout | undefined;
  const cancel = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('select pg_cancel_backend(pid) from pg_stat_activity where application_name = $1', [applicationName]);
    } finally {
      await client.end();
    }
  };
  const timer = setTimeout(() => {
    fired = true;
    void cancel().catch(() => undefined);
    repeat = setInterval(() => void cancel().catch(() => undefined), 1000);
  }, ms);
  return {
    get fired() {
      return fired;
    },
    clear() {
      clearTimeout(timer);
      clearInterval(repeat);
    },
  };
}

/** What a sweep left behind, independent of row ids and of `updated_at`: both sides must leave the same. */
async function fingerprintOf(db: Kysely<DB>): Promise<Fingerprint> {
  const { rows } = await sql<Fingerprint>`
    select
      (select count(*) from notification)::int as "notifications",
      (select count(*) from notification_delivery)::int as "deliveries",
      (select coalesce(sum(hashtextextended(concat_ws('|', dedupe_key, recipient_id, kind, params::text, entity_type, entity_id, org_unit_id), 0)::numeric), 0)::text
         from notification) as "notificationHash",
      (select coalesce(sum(hashtextextended(concat_ws('|', n.dedupe_key, d.channel, d.status), 0)::numeric), 0)::text
         from notification_delivery d join notification n on n.id = d.notification_id) as "deliveryHash",
      (select coalesce(sum(hashtextextended(concat_ws('|', id, state, escalated_at, version), 0)::numeric), 0)::text
         from deadline) as "deadlineHash"`.execute(db);
  return rows[0]!;
}

function sameCounts(a: SweepReport, b: SweepReport): boolean {
  return a.dueSoon === b.dueSoon && a.overdue === b.overdue && a.escalated === b.escalated && a.notifications === b.notifications;
}

function describe(r: SweepRun): string {
  const s = (x: number) => (x / 1000).toFixed(2);
  if (r.timedOut) return `${r.side.padEnd(8)} STOPPED ${r.error}`;
  const created = r.second.report.notifications + r.second.report.dueSoon + r.second.report.overdue + r.second.report.escalated;
  return `${r.side.padEnd(8)} ${s(r.ms)} s (due soon ${s(r.stepMs[0] ?? NaN)}, overdue ${s(r.stepMs[1] ?? NaN)}, ` +
    `escalation ${s(r.stepMs[2] ?? NaN)}, other ${s(r.otherMs)}) · moved ${thousands(r.report.dueSoon)} due soon, ` +
    `${thousands(r.report.overdue)} overdue, ${thousands(r.report.escalated)} escalated · ${thousands(r.fingerprint.notifications)} notifications, ` +
    `${thousands(r.fingerprint.deliveries)} deliveries · second sweep ${s(r.second.ms)} s, ` +
    (created === 0 && r.second.unchanged ? 'created nothing' : `CHANGED ${JSON.stringify(r.second.report)}`);
}

function loadAverage(): string {
  return os.loadavg()[0]!.toFixed(2);
}
