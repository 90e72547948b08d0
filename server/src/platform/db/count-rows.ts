import { CompiledQuery, sql, type Kysely, type SelectQueryBuilder } from 'kysely';

/** Up to this many rows a list's total is counted exactly; above it the planner's estimate is shown (and said to be one). */
export const COUNT_LIMITS = { exactUpTo: 10_000 };

export type RowCount = { total: number; exact: boolean };

/**
 * The number of rows a filtered, scoped query matches, cheap at any size: count at most
 * `exactUpTo + 1` of them (an index-only walk that stops there), and past that ask the planner
 * (EXPLAIN) instead of reading a million rows for a number no one reads digit by digit.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function countRows(db: Kysely<any>, query: SelectQueryBuilder<any, any, any>, exactUpTo = COUNT_LIMITS.exactUpTo): Promise<RowCount> {
  const bare = query.clearSelect().clearOrderBy().select(sql<number>`1`.as('one'));
  const counted = await db
    .selectFrom(bare.limit(exactUpTo + 1).as('capped'))
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(counted.n);
  if (n <= exactUpTo) return { total: n, exact: true };
  const compiled = bare.compile();
  const plan = await db.executeQuery<{ 'QUERY PLAN': unknown }>(CompiledQuery.raw(`explain (format json) ${compiled.sql}`, [...compiled.parameters]));
  return { total: Math.max(exactUpTo + 1, planRows(plan.rows[0]?.['QUERY PLAN'])), exact: false };
}

/** The top node's "Plan Rows" of `EXPLAIN (FORMAT JSON)` (a parsed value on pg, text on some drivers). */
function planRows(raw: unknown): number {
  const doc = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan?: { 'Plan Rows'?: number } }[] | undefined;
  const rows = doc?.[0]?.Plan?.['Plan Rows'];
  return typeof rows === 'number' && Number.isFinite(rows) ? Math.round(rows) : 0;
}
