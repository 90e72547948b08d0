import { sql, type Kysely } from 'kysely';

// The sweep's three statements each get a partial index holding only the rows that statement
// can move, so an idle sweep over a million deadlines reads next to nothing
// (docs/PERFORMANCE.md, "idle sweep"): due soon ← open; overdue ← open or due soon; escalation ← overdue, not yet escalated.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    drop index deadline_sweep_idx;
    create index deadline_sweep_idx on deadline (warn_at) where state = 'open' and paused_at is null;
    create index deadline_becomes_overdue_idx on deadline (due_at) where state in ('open','due_soon') and paused_at is null;
    create index deadline_escalation_idx on deadline (rule_id) where state = 'overdue' and escalated_at is null and paused_at is null;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index deadline_escalation_idx;
    drop index deadline_becomes_overdue_idx;
    drop index deadline_sweep_idx;
    create index deadline_sweep_idx on deadline (warn_at) where state in ('open','due_soon') and paused_at is null;
  `.execute(db);
}
