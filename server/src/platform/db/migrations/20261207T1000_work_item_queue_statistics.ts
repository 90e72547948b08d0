import { sql, type Kysely } from 'kysely';

// A team queue (我的团队待办) filters on the team's unit and role and, for the scope, on the record's
// unit and type: on a team item the record's unit IS the team's unit, but the planner multiplies the
// selectivities as if they were independent. At 1M work items (bench/queue.bench.ts) it expected 9 of
// an office's 5 600 open team items, sorted them all in a bitmap scan (4.3 ms) instead of reading the
// first page off work_item_team_due_idx (0.22 ms). Extended statistics (the columns' common
// combinations, gathered by ANALYZE and autovacuum) give it the real figure.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create statistics work_item_queue_stats (mcv) on team_org_unit_id, team_role, org_unit_id, entity_type, open from work_item`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop statistics work_item_queue_stats`.execute(db);
}
