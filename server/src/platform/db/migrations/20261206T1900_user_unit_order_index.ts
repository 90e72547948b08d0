import { sql, type Kysely } from 'kysely';

// The users list, newest first, for a scope of several org units (a city supervisor): the walk of
// app_user_created_order_idx passed every newer user of the other cities before the first of its
// own (15 132 rows for Guangzhou at the screens benchmark's 22 720 users, ≈ 5 ms a page). Per org
// unit in this order, the list reads each unit's newest users and merges them (runList's
// `perUnit`): the cost of a page is the number of units, not the users outside the scope.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index app_user_unit_created_order_idx on app_user (org_unit_id, created_at, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index app_user_unit_created_order_idx`.execute(db);
}
