import { sql, type Kysely } from 'kysely';
import type { DB } from '../../server/src/platform/db/schema.js';

export type RowCounts = Record<string, number>;

/**
 * Counts the rows of every table in the public schema in one statement (the table list is read
 * once). Used around refused writes: a refusal must leave stored data unchanged.
 */
export async function rowCounter(db: Kysely<DB>): Promise<() => Promise<RowCounts>> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`.execute(db);
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const query = sql.raw<RowCounts>(
    `select ${rows.map((r) => `(select count(*) from public.${quoted(r.name)})::int as ${quoted(r.name)}`).join(', ')}`,
  );
  return async () => (await query.execute(db)).rows[0]!;
}

/** "audit_log 120 → 121" for each table whose count changed, leaving out the ones named. */
export function countChanges(before: RowCounts, after: RowCounts, ignore: readonly string[] = []): string[] {
  return Object.keys(after)
    .filter((t) => before[t] !== after[t] && !ignore.includes(t))
    .map((t) => `${t} ${before[t]} → ${after[t]}`);
}
