import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

/**
 * Planner statistics kept current where no autovacuum runs.
 *
 * PostgreSQL's autovacuum analyses a table once 50 rows + 10 % of it have changed. The embedded
 * engine (PGlite) runs no autovacuum: without this, a table loaded by the demo seed or an import
 * keeps "never analysed" and the planner guesses — a branch supervisor's client list took p99
 * 583 ms at 100k policies instead of 30 ms (issue 11, "Lists at branch scale"). The same rule is
 * applied here, on the embedded engine periodically and on both engines after bulk writes (seed,
 * import), where waiting for autovacuum would leave the first screens slow.
 */
export const ANALYZE_RULE = { baseRows: 50, fraction: 0.1 } as const;

/** Tables of the schema never analysed, or changed by more than the rule since their last analyse. */
export async function staleTables(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_stat_user_tables s on s.relid = c.oid
    where c.relkind = 'r' and n.nspname = current_schema()
      and (
        (s.last_analyze is null and s.last_autoanalyze is null and c.reltuples < 0)
        or coalesce(s.n_mod_since_analyze, 0) > ${ANALYZE_RULE.baseRows} + ${ANALYZE_RULE.fraction} * greatest(c.reltuples, 0)
      )
    order by c.relname`.execute(db);
  return rows.map((r) => r.name);
}

/**
 * ANALYZE each stale table — or, after a bulk write (`{ all: true }`), every table: the change
 * counters reach pg_stat_user_tables only a second or more after a transaction ends, so right
 * after a seed or an import they do not show it yet. `vacuum: true` runs VACUUM (ANALYZE), as
 * autovacuum would after inserts: it also sets the visibility map, without which an index-only
 * scan (a list's capped count) reads the table too. One statement per table: a short hold on the
 * embedded engine's one connection each, never one long one. Returns the tables refreshed.
 * Not inside a transaction (VACUUM cannot run in one).
 */
export async function refreshStatistics(db: Kysely<DB>, { all = false, vacuum = false }: { all?: boolean; vacuum?: boolean } = {}): Promise<string[]> {
  const tables = all ? await allTables(db) : await staleTables(db);
  for (const table of tables) await (vacuum ? sql`vacuum (analyze) ${sql.table(table)}` : sql`analyze ${sql.table(table)}`).execute(db);
  return tables;
}

async function allTables(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and n.nspname = current_schema() order by c.relname`.execute(db);
  return rows.map((r) => r.name);
}
