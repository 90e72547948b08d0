import { sql, type Kysely } from 'kysely';

// The work queue lists (20261206T2110_work_queues) read one index each; their totals count up to 10 001
// rows of the same filter (platform/db/count-rows.ts). With the columns the filters also name — the
// record type and unit (the scope), the owner (unassigned), the due and warning times (SLA state) —
// carried in the index, the count reads the index alone (bench/queue.bench.ts, 1M items: a team queue's
// or a clerk's total read 10 000 table rows at 11-17 ms, the replay's p50 with them).
const DUE = `(coalesce(due_at, '9999-12-31 00:00:00+00'::timestamptz))`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`
    drop index work_item_unit_due_idx;
    drop index work_item_unit_received_idx;
    drop index work_item_owner_due_idx;
    drop index work_item_owner_received_idx;
    drop index work_item_team_due_idx;
    drop index work_item_team_received_idx;
    create index work_item_unit_due_idx on work_item (org_unit_id, ${DUE}, id) include (entity_type, owner_id, due_at, warn_at) where open;
    create index work_item_unit_received_idx on work_item (org_unit_id, received_at, id) include (entity_type, owner_id, due_at, warn_at) where open;
    create index work_item_owner_due_idx on work_item (owner_id, ${DUE}, id) include (entity_type, org_unit_id, due_at, warn_at) where open;
    create index work_item_owner_received_idx on work_item (owner_id, received_at, id) include (entity_type, org_unit_id, due_at, warn_at) where open;
    create index work_item_team_due_idx on work_item (team_org_unit_id, team_role, ${DUE}, id) include (entity_type, org_unit_id, due_at, warn_at) where open;
    create index work_item_team_received_idx on work_item (team_org_unit_id, team_role, received_at, id) include (entity_type, org_unit_id, due_at, warn_at) where open;
  `).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`
    drop index work_item_unit_due_idx;
    drop index work_item_unit_received_idx;
    drop index work_item_owner_due_idx;
    drop index work_item_owner_received_idx;
    drop index work_item_team_due_idx;
    drop index work_item_team_received_idx;
    create index work_item_unit_due_idx on work_item (org_unit_id, ${DUE}, id) where open;
    create index work_item_unit_received_idx on work_item (org_unit_id, received_at, id) where open;
    create index work_item_owner_due_idx on work_item (owner_id, ${DUE}, id) where open;
    create index work_item_owner_received_idx on work_item (owner_id, received_at, id) where open;
    create index work_item_team_due_idx on work_item (team_org_unit_id, team_role, ${DUE}, id) where open;
    create index work_item_team_received_idx on work_item (team_org_unit_id, team_role, received_at, id) where open;
  `).execute(db);
}
