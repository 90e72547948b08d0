import { sql } from 'kysely';
import { audit, type TxContext } from '../../platform/context/context.js';
import { computeDue } from './compute-due.js';
import { auditView, LIVE_STATES, toDueRule, type DeadlineRow } from './deadline-rows.js';

export type RecordEvent = {
  entityType: string;
  entityId: string | number;
  /** e.g. `servicing.received`, `claim.paid`: opens the rules it starts and closes those it completes. */
  event: string;
  at: Date;
  orgUnitId: number;
  ownerId: number | null;
  /** Open only these rules (a record may match several rules of one event, e.g. urban/county). */
  ruleIds?: string[];
};

/**
 * The one way a step gets a deadline: a module records what happened to a record, inside its
 * own transaction. Deadlines whose completion event this is close as met or missed; rules
 * started by it open, due on the org unit's working-day calendar. Every change is audited.
 */
export async function recordDeadlineEvent(tx: TxContext, input: RecordEvent): Promise<{ opened: DeadlineRow[]; closed: DeadlineRow[] }> {
  const { trx } = tx;
  const entityId = String(input.entityId);
  const closed = await trx
    .updateTable('deadline as d')
    .set({
      state: sql`case when ${input.at} <= d.due_at then 'met' else 'missed' end`,
      completed_at: input.at,
      paused_at: null,
      version: sql`d.version + 1`,
      updated_at: new Date(),
    })
    .from('deadline_rule as r')
    .whereRef('r.id', '=', 'd.rule_id')
    .where('r.completion_event', '=', input.event)
    .where('d.entity_type', '=', input.entityType)
    .where('d.entity_id', '=', entityId)
    .where('d.state', 'in', LIVE_STATES)
    .returningAll('d')
    .execute();

  let rules = trx.selectFrom('deadline_rule').selectAll().where('start_event', '=', input.event).where('active', '=', true);
  if (input.ruleIds) rules = input.ruleIds.length ? rules.where('id', 'in', input.ruleIds) : rules.where(sql<boolean>`false`);
  const toOpen = await rules.execute();
  const opened: DeadlineRow[] = [];
  if (toOpen.length) {
    const calendar = await tx.calendar.forOrg(input.orgUnitId, trx);
    const rows = toOpen.map((rule) => {
      const due = computeDue(toDueRule(rule), input.at, calendar);
      return {
        rule_id: rule.id, entity_type: input.entityType, entity_id: entityId, org_unit_id: input.orgUnitId,
        owner_id: input.ownerId, started_at: input.at, due_at: due.dueAt, warn_at: due.warnAt, provisional: due.provisional,
      };
    });
    // A rule already running on this record is not opened twice (partial unique index).
    opened.push(
      ...(await trx
        .insertInto('deadline')
        .values(rows)
        .onConflict((oc) => oc.columns(['rule_id', 'entity_type', 'entity_id']).where(sql<boolean>`state in ('open','due_soon','overdue')`).doNothing())
        .returningAll()
        .execute()),
    );
  }
  for (const d of closed) {
    await audit(tx, { action: `deadline.${d.state}`, entityType: 'deadline', entityId: d.id, orgUnitId: d.org_unit_id, after: { ...auditView(d), event: input.event } });
  }
  for (const d of opened) {
    await audit(tx, { action: 'deadline.open', entityType: 'deadline', entityId: d.id, orgUnitId: d.org_unit_id, after: { ...auditView(d), event: input.event } });
  }
  return { opened, closed };
}
