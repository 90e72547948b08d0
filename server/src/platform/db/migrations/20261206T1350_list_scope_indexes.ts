import { sql, type Kysely } from 'kysely';

// What the screens benchmark on PostgreSQL (1M policies, 724k clients, 22k users) still found
// reading far more than a page (npm run bench -- screens; EXPLAIN ANALYZE of each statement):
// - policies in force for a city or head office walked the newest policies by effective date and
//   threw away ≈ 22 000 that are not in force before the first page (33 ms): a state's list in
//   effective-date order has its own range now;
// - the users list, newest first, read and sorted every user in scope (8-21 ms);
// - an office's client total (≈ 9 300 live clients, counted exactly) read the table for
//   `merged_into_id is null` (4-5 ms): an index of the live clients answers it index-only.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index policy_state_effective_order_idx on policy (state, effective_date, id)`.execute(db);
  await sql`create index app_user_created_order_idx on app_user (created_at, id)`.execute(db);
  await sql`create index client_live_org_idx on client (org_unit_id, id) where merged_into_id is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index client_live_org_idx`.execute(db);
  await sql`drop index app_user_created_order_idx`.execute(db);
  await sql`drop index policy_state_effective_order_idx`.execute(db);
}
