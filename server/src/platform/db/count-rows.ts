import { CompiledQuery, sql, type Kysely, type SelectQueryBuilder } from 'kysely';

/**
 * Up to `exactUpTo` rows a list's total is counted exactly; above it the planner's estimate is
 * shown (and said to be one). When the planner already expects more than `estimateFrom` rows the
 * count is not even tried: the estimate of an analysed table is within a small factor, and the
 * capped count would read `exactUpTo + 1` index entries on every page of a big list.
 */
export const COUNT_LIMITS = { exactUpTo: 10_000, estimateFrom: 20_000 };

export type RowCount = { total: number; exact: boolean };

/**
 * The number of rows a filtered, scoped query matches, cheap at any size: first ask the planner
 * (EXPLAIN, no rows read); if it expects a big answer, that estimate is the total. Otherwise count
 * at most `exactUpTo + 1` rows (an index walk that stops there) — exact, or, past the threshold,
 * the estimate after all.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function countRows(db: Kysely<any>, query: SelectQueryBuilder<any, any, any>, limits = COUNT_LIMITS): Promise<RowCount> {
  const bare = query.clearSelect().clearOrderBy().select(sql<number>`1`.as('one'));
  const estimate = await plannedRows(db, bare.compile());
  if (estimate > limits.estimateFrom) return { total: estimate, exact: false };
  const counted = await db
    .selectFrom(bare.limit(limits.exactUpTo + 1).as('capped'))
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(counted.n);
  if (n <= limits.exactUpTo) return { total: n, exact: true };
  return { total: Math.max(limits.exactUpTo + 1, estimate), exact: false };
}

/** The top node's "Plan Rows" of `EXPLAIN (FORMAT JSON)` (a parsed value on pg, text on some drivers). */
export function planRows(raw: unknown): number {
  const doc = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan?: { 'Plan Rows'?: number } }[] | undefined;
  const rows = doc?.[0]?.Plan?.['Plan Rows'];
  return typeof rows === 'number' && Number.isFinite(rows) ? Math.round(rows) : 0;
}

/**
 * The planner's estimate for a statement with its parameters, kept for a minute: a person paging
 * through a list, or coming back to it, asks the same question again and again, and each EXPLAIN is
 * a round trip to the database — on a busy server the socket write costs more than the planning.
 * Only a number is kept (per statement and parameters, so per scope), and it only decides whether
 * to count: a list the estimate calls small is still counted exactly on every request.
 */
export const PLANNED_ROWS_CACHE = { ttlMs: 60_000, maxEntries: 2_000 };
const planned = new Map<string, { rows: number; until: number }>();

async function plannedRows(db: Kysely<any>, compiled: CompiledQuery): Promise<number> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const key = `${compiled.sql}\u0000${JSON.stringify(compiled.parameters)}`;
  const now = Date.now();
  const kept = planned.get(key);
  if (kept && kept.until > now) return kept.rows;
  const plan = await db.executeQuery<{ 'QUERY PLAN': unknown }>(CompiledQuery.raw(`explain (format json) ${compiled.sql}`, [...compiled.parameters]));
  const rows = planRows(plan.rows[0]?.['QUERY PLAN']);
  planned.delete(key); // re-inserted last: the map's order is the order of age
  planned.set(key, { rows, until: now + PLANNED_ROWS_CACHE.ttlMs });
  while (planned.size > PLANNED_ROWS_CACHE.maxEntries) planned.delete(planned.keys().next().value!);
  return rows;
}

