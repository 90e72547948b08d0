import { sql, type Kysely } from 'kysely';

// Every ordering a list offers (issue 11, item 4) is served by an index ending in id, the
// tie-breaker: the first page of a head office's million policies reads its 20 rows from the index
// instead of sorting the whole scope; a smaller scope reads the same index filtered by org unit, or
// the org unit index and a top-N sort of its own rows, whichever the planner prices lower.
// The end date sorts whole-life policies (no end date) last: the same expression as the list's sort.
// A list's total counts at most 10 001 matching rows; for a rare state or line that would read the
// whole scope, so those filters get an index with the org unit (an index-only count in scope).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index policy_effective_order_idx on policy (effective_date, id);
    create index policy_end_order_idx on policy ((coalesce(end_date, date '9999-12-31')), id);
    create index policy_received_order_idx on policy (received_at, id);
    create index policy_premium_order_idx on policy (premium, id);
    create index policy_number_order_idx on policy (policy_number, id);
    create index client_name_order_idx on client (name, id);
    create index client_created_order_idx on client (created_at, id);
    create index policy_state_org_idx on policy (state, org_unit_id);
    create index policy_line_org_idx on policy (line_of_business, org_unit_id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index policy_effective_order_idx; drop index policy_end_order_idx; drop index policy_received_order_idx;
    drop index policy_premium_order_idx; drop index policy_number_order_idx;
    drop index client_name_order_idx; drop index client_created_order_idx;
    drop index policy_state_org_idx; drop index policy_line_org_idx;
  `.execute(db);
}
