import { sql, type Kysely } from 'kysely';

/**
 * Validate those of `table`'s named checks still NOT VALID (added so by a migration that could not
 * fill the old rows; filled since by a start): how many were. A validated check is skipped, so a
 * start with nothing to do reads one catalogue row.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function validatePendingChecks(db: Kysely<any>, table: string, names: readonly string[]): Promise<number> {
  const { rows } = await sql<{ conname: string }>`
    select conname from pg_constraint
    where conrelid = ${table}::regclass and conname = any(${[...names]}::text[]) and not convalidated`.execute(db);
  for (const { conname } of rows) await sql`alter table ${sql.table(table)} validate constraint ${sql.id(conname)}`.execute(db);
  return rows.length;
}
