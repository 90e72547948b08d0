import { sql } from 'kysely';
import type { WorkQueuePort } from '../../platform/lifecycle/queue-port.js';
import './queues.tables.js';
import type { QueuedType } from './queue-types.js';
import { releaseWorkItems } from './release-work-items.js';

/**
 * The work queues as the lifecycle engine uses them (platform/lifecycle/fire.ts): after every move
 * of a queued record, its work item follows — one statement for one record or a job's thousand.
 * A new record's item goes to the person who owns the record, else to its team's queue, received
 * at the moment of the creating move; a final state closes it. A record queued before its item existed (data loaded around the engine) gets one
 * at its next move. The owner is the record's own: the item mirrors it, it never decides it.
 * `release` hands a person's items back when they may no longer hold them (release-work-items.ts).
 */
export function workQueuePort(types: Map<string, QueuedType>): WorkQueuePort {
  return { ...following, release: (tx, release) => releaseWorkItems(tx, types, release) };
}

const following: Pick<WorkQueuePort, 'follow'> = {
  async follow(tx, lifecycle, records, move) {
    const spec = lifecycle.queue;
    if (!spec || !records.length) return;
    const adapter = lifecycle.record;
    const rows = records.map((r) => {
      const state: string = move.to ?? adapter.state(r);
      const open = lifecycle.states[state]?.final !== true;
      const ownerId = spec.ownerOf(r);
      const team = ownerId === null ? spec.teamOf(r) : null;
      return {
        entity_type: adapter.entityType, entity_id: adapter.idOf(r), org_unit_id: adapter.orgUnitId(r), state, open,
        owner_id: ownerId, team_org_unit_id: team?.orgUnitId ?? null, team_role: team?.role ?? null,
        received_at: move.at, assigned_at: move.at, closed_at: open ? null : move.at,
      };
    });
    await tx.trx
      .insertInto('work_item')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['entity_type', 'entity_id']).doUpdateSet({
          state: sql`excluded.state`,
          open: sql`excluded.open`,
          org_unit_id: sql`excluded.org_unit_id`,
          owner_id: sql`excluded.owner_id`,
          team_org_unit_id: sql`excluded.team_org_unit_id`,
          team_role: sql`excluded.team_role`,
          // The owner changes only by take / reassign / return (which write the item themselves): kept here unless it differs.
          assigned_at: sql`case when work_item.owner_id is not distinct from excluded.owner_id
            and work_item.team_org_unit_id is not distinct from excluded.team_org_unit_id then work_item.assigned_at else excluded.assigned_at end`,
          closed_at: sql`case when excluded.open then null else coalesce(work_item.closed_at, excluded.closed_at) end`,
          version: sql`work_item.version + 1`,
          updated_at: move.at,
        }),
      )
      .execute();
    // A new record's deadlines were opened before its item existed (fire() records them first): its SLA now.
    if (move.created) {
      await sql`
        update work_item w set due_at = x.due_at, warn_at = x.warn_at
        from (
          select d.entity_id, d.due_at, d.warn_at, row_number() over (partition by d.entity_id order by d.due_at) as n
          from deadline d
          where d.entity_type = ${adapter.entityType} and d.entity_id = any(${rows.map((r) => String(r.entity_id))}::text[])
            and d.state in ('open', 'due_soon', 'overdue') and d.paused_at is null
        ) x
        where x.n = 1 and w.entity_type = ${adapter.entityType} and w.entity_id::text = x.entity_id`.execute(tx.trx);
    }
  },
};
