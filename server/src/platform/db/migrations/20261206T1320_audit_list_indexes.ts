import { sql, type Kysely } from 'kysely';

// The audit list (issue 11, item 4) sorts by seq (the primary key) or by time: `at` gets its index
// ending in seq, the tie-breaker, so the first page of a million entries reads 20 index entries and
// a date range reads its slice. Filtering by action (a handful of codes over the whole trail) gets
// one too, so the list's capped count walks an index instead of the table. The other filters
// (entity, org unit, actor) already have theirs (platform_foundation). audit_log is append-only:
// an index is one more entry per write, nothing else.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index audit_log_at_idx on audit_log (at, seq);
    create index audit_log_action_idx on audit_log (action, seq);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index audit_log_at_idx; drop index audit_log_action_idx;`.execute(db);
}
