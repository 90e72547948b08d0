import { sql, type Kysely } from 'kysely';

// The policy number search (the header box, the policy list's number filter) matches a prefix of
// the policy number OR of the internal number (R-PO-3). The unique index on internal_no uses the
// database's collation, which (C.UTF-8 on PostgreSQL 15 is not "C") cannot answer LIKE 'GZ01-2026%',
// so the OR fell back to reading every policy in scope. With a pattern index on each arm the two
// index ranges are combined (BitmapOr) and only the matching policies are read.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index policy_internal_no_prefix_idx on policy (internal_no text_pattern_ops)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index policy_internal_no_prefix_idx`.execute(db);
}
