import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { DB } from '../server/src/platform/db/schema.js';
import { Scope } from '../server/src/platform/authz/scope.js';
import type { Keyring } from '../server/src/platform/pii/index.js';
import { listPolicies } from '../server/src/modules/policies/find-policies.js';
import { generatePolicies } from '../server/src/modules/demo/generate-policies.js';
import type { Check } from './benchmark.js';
import { ms, percentile, progressEvery, thousands } from './table.js';
import { policyRawLookup, rawValues, type RawLookup } from './lookup-sql.js';

// The policy half of `lookup`: the header box's policy group (保单号 / 内部编号 prefix, R-PO-3)
// at a million policies, ours = listPolicies() as the route calls it, raw = the same rows from
// the policy table alone: listPolicies()'s own statement without the names (bench/lookup-sql.ts).
// Both run on the one connection, alternately first.
const SAMPLES = 1000;
const WARMUP = 100;
const LIMIT = 8; // what the header box shows
const TARGET = { ratio: 2, p99Ms: 5 };
const INDEXES = ['policy_number_idx', 'policy_internal_no_prefix_idx'];

type ScopeName = 'agent' | 'branch' | 'head office';
type Kind = 'policyNumber' | 'internalNo';
type Sample = { policyNumber: string; internalNo: string; scopes: Record<ScopeName, number[]> };
const SCOPES: ScopeName[] = ['agent', 'branch', 'head office'];
const KINDS: Record<Kind, string> = { policyNumber: 'policy number', internalNo: 'internal number' };

const rawLookupOf = (keyring: Keyring, q: string, scope: number[]) => policyRawLookup(keyring, q, { scope, key: keyOf(q), limit: LIMIT + 1 });
const keyOf = (q: string) => `${q.toUpperCase()}%`;

/** Demo policies numbered up to `rows` for the demo clients already stored, then vacuumed. */
export async function topUpPolicies(db: Kysely<DB>, keyring: Keyring, rows: number, log: (line: string) => void) {
  const started = performance.now();
  const added = await generatePolicies(db, keyring, { count: rows, batchSize: 5000, onProgress: progressEvery(log, 'policies') });
  const seconds = (performance.now() - started) / 1000;
  await sql`vacuum analyze policy, policy_party`.execute(db);
  const { rows: shape } = await sql<{ n: number }>`select count(*)::int as n from policy`.execute(db);
  log(`  top-up    ${thousands(added.policies)} policies added in ${seconds.toFixed(1)} s; ${thousands(shape[0]!.n)} policies stored`);
}

export async function measurePolicyLookups(url: string, keyring: Keyring, rounds: number, log: (line: string) => void) {
  const pool = new pg.Pool({ connectionString: url, max: 1, application_name: 'anxin-bench-policy-lookup' });
  const ours = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    const samples = await pickSamples(ours);
    const plan = await explain(pool, keyring, samples[0]!);
    log(`  explain   policy number, head office scope:`);
    for (const line of plan) log(`              ${line}`);
    const figures = new Map<string, { raw: number[]; ours: number[]; mismatches: number }>();
    for (let round = 1; round <= rounds; round++) {
      for (const kind of Object.keys(KINDS) as Kind[]) {
        for (const scope of SCOPES) {
          const f = figures.get(`${kind}|${scope}`) ?? { raw: [], ours: [], mismatches: 0 };
          const list = round === 1 ? [...samples.slice(-WARMUP), ...samples] : samples;
          const raw = await rawLookupOf(keyring, list[0]![kind], list[0]!.scopes[scope]);
          for (const [i, s] of list.entries()) {
            const q = s[kind];
            const ids = s.scopes[scope];
            const values = rawValues(raw, { scope: ids, key: keyOf(q), limit: LIMIT + 1 });
            const timeRaw = async () => {
              const started = performance.now();
              const result = await pool.query<{ id: number }>(raw.text, values);
              return { ms: performance.now() - started, ids: result.rows.slice(0, LIMIT).map((r) => r.id) };
            };
            const timeOurs = async () => {
              const started = performance.now();
              const page = await listPolicies(ours, Scope.of(ids), { number: q, limit: LIMIT });
              return { ms: performance.now() - started, ids: page.items.map((p) => p.id) };
            };
            const [a, b] = i % 2 ? [await timeRaw(), await timeOurs()] : await timeOurs().then(async (o) => [await timeRaw(), o] as const);
            if (round === 1 && i < WARMUP) continue;
            f.raw.push(a.ms);
            f.ours.push(b.ms);
            if (a.ids.join() !== b.ids.join() || b.ids.length === 0) f.mismatches++;
          }
          figures.set(`${kind}|${scope}`, f);
          log(`  round ${round} ${KINDS[kind].padEnd(20)} ${scope.padEnd(11)} raw p50 ${ms(percentile(f.raw, 50))} p99 ${ms(percentile(f.raw, 99))} ms · ` +
            `ours p50 ${ms(percentile(f.ours, 50))} p99 ${ms(percentile(f.ours, 99))} ms`);
        }
      }
    }
    return summarise(figures, plan);
  } finally {
    await ours.destroy();
  }
}

/** Policies at random (the same on every run), with the scopes of three users who can see them. */
async function pickSamples(db: Kysely<DB>): Promise<Sample[]> {
  const units = await db.selectFrom('org_unit').select(['id', 'path']).execute();
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  const under = (path: string) => units.filter((u) => u.path.startsWith(path)).map((u) => u.id);
  await sql`select setseed(0.42)`.execute(db);
  const { rows } = await sql<{ policy_number: string; internal_no: string; org_unit_id: number }>`
    select policy_number, internal_no, org_unit_id from policy tablesample bernoulli (1) repeatable (42) order by random() limit ${SAMPLES}`.execute(db);
  return rows.map((r) => {
    const office = pathOf.get(r.org_unit_id)!;
    const city = office.split('/').slice(0, -2).join('/') + '/';
    return { policyNumber: r.policy_number, internalNo: r.internal_no, scopes: { agent: under(office), branch: under(city), 'head office': under('/') } };
  });
}

async function explain(pool: pg.Pool, keyring: Keyring, s: Sample): Promise<string[]> {
  const ids = s.scopes['head office'];
  const raw: RawLookup = await rawLookupOf(keyring, s.policyNumber, ids);
  const values = rawValues(raw, { scope: ids, key: keyOf(s.policyNumber), limit: LIMIT + 1 });
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off, timing off) ${raw.text}`, values);
  return rows.map((r) => r['QUERY PLAN']);
}

function summarise(figures: Map<string, { raw: number[]; ours: number[]; mismatches: number }>, plan: string[]) {
  const rows: string[][] = [];
  const checks: Check[] = [];
  let worst = 0;
  for (const kind of Object.keys(KINDS) as Kind[]) {
    let fast = true;
    let close = true;
    let same = true;
    for (const scope of SCOPES) {
      const f = figures.get(`${kind}|${scope}`)!;
      const ratio = percentile(f.ours, 50) / percentile(f.raw, 50);
      worst = Math.max(worst, ratio);
      fast &&= percentile(f.ours, 99) < TARGET.p99Ms;
      close &&= ratio <= TARGET.ratio;
      same &&= f.mismatches === 0;
      rows.push([KINDS[kind], scope, String(f.raw.length), ms(percentile(f.raw, 50)), ms(percentile(f.raw, 99)), ms(percentile(f.ours, 50)), ms(percentile(f.ours, 99)), ratio.toFixed(2)]);
    }
    checks.push({ label: `${KINDS[kind]}: p99 < ${TARGET.p99Ms} ms`, pass: fast });
    checks.push({ label: `${KINDS[kind]}: ≤ ${TARGET.ratio}× raw at p50`, pass: close });
    checks.push({ label: `${KINDS[kind]}: same policies as raw`, pass: same });
  }
  checks.push({ label: `policy lookups use ${INDEXES.join(' and ')}`, pass: INDEXES.every((i) => plan.some((l) => l.includes(i))) });
  return { rows, checks, worst };
}
