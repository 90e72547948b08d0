import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../server/src/platform/db/schema.js';
import { NEAREST_HOLDERS, type SweepReport } from '../server/src/modules/deadlines/sweep-deadlines.js';
import { SMS_KINDS, type NotificationKind } from '../server/src/modules/notifications/templates.js';

// ——— The baseline of `sweep`: the sweep's three statements as one would write them by hand ———
// Same transactions, same rows moved, same notifications (byte-identical params) and deliveries.
// Written plainly: each statement returns only the columns it uses, the owner's name comes from a
// join, the channels of a kind are decided when the SQL is written, and the nearest holders of
// the escalation role are found once per org unit over the (small) org tree, then joined.
//
// What it must share with sweepDeadlines() — which rows each step moves and how, the notification
// keys and parameters, who the nearest holders are — is written below as the fragments in
// `MIRRORS`: copies of the text in server/src/modules/deadlines/sweep-deadlines.ts, which does not
// export them. bench/sweep-baseline.unit.test.ts fails when one of them is no longer, word for
// word, in the statements sweepDeadlines() sends.

/** The rows each state step moves (sweepDeadlines: the `condition` of stateStep, and `and paused_at is null`). */
const DUE_SOON = (now: Date) => sql`state = 'open' and warn_at <= ${now} and due_at > ${now}`;
const OVERDUE = (now: Date) => sql`state in ('open', 'due_soon') and due_at <= ${now}`;
const stateUpdate = (state: string, condition: RawBuilder<unknown>) => sql`
      update deadline set state = ${state}, version = version + 1, updated_at = now()
      where ${condition} and paused_at is null`;

/** The escalation's UPDATE up to its RETURNING (the last line: the index hint of deadline_escalation_idx). */
const escalationUpdate = (now: Date) => sql`
      update deadline d set escalated_at = ${now}, version = d.version + 1, updated_at = now()
      from deadline_rule r
      where r.id = d.rule_id and d.state = 'overdue' and d.escalated_at is null and d.paused_at is null
        and r.escalate_to_role is not null
        and d.rule_id = any(array(select id from deadline_rule where escalate_to_role is not null))`;

/** The nearest holders of the escalation role: the product's own fragment, imported. */
const NEAREST = NEAREST_HOLDERS;

/** The notification row up to its parameters: the dedupe key, recipient and kind. */
const NOTIFICATION_INSERT = sql`insert into notification (dedupe_key, recipient_id, kind, params, entity_type, entity_id, org_unit_id)`;
const stateNotification = (state: string, kind: NotificationKind) =>
  sql`${NOTIFICATION_INSERT}
      select 'deadline:' || m.id || ':' || ${state} || ':' || m.owner_id, m.owner_id, ${kind}, jsonb_build_object(`;
const ESCALATION_NOTIFICATION = sql`${NOTIFICATION_INSERT}
      select 'deadline:' || m.id || ':escalated:' || h.user_id, h.user_id, 'deadline.escalated', jsonb_build_object(`;

/** The parameters but the owner's name (sweepDeadlines: a correlated sub-select; here: a join, `owner`). */
const PARAMS_BUT_OWNER = sql`
  'deadlineId', m.id, 'ruleId', r.id,
  'ruleName', jsonb_build_object('zh', r.name_zh, 'en', r.name_en),
  'basis', jsonb_build_object('zh', r.basis_zh, 'en', r.basis_en, 'specId', r.spec_id, 'lawRef', r.law_ref),
  'dueAt', to_char(m.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'entityType', m.entity_type, 'entityId', m.entity_id,`;
const PLAIN_PARAMS = sql`${PARAMS_BUT_OWNER}
  'ownerName', coalesce(owner.display_name, ''))`;

/** The fragments the baseline copies from sweepDeadlines(), with the statement each must appear in (0 due soon, 1 overdue, 2 escalation). */
export function mirrors(now: Date): { name: string; statement: number; fragment: RawBuilder<unknown> }[] {
  return [
    { name: 'due-soon UPDATE', statement: 0, fragment: stateUpdate('due_soon', DUE_SOON(now)) },
    { name: 'overdue UPDATE', statement: 1, fragment: stateUpdate('overdue', OVERDUE(now)) },
    { name: 'escalation UPDATE', statement: 2, fragment: escalationUpdate(now) },
    { name: 'nearest holders', statement: 2, fragment: NEAREST },
    { name: 'due-soon notification', statement: 0, fragment: stateNotification('due_soon', 'deadline.due_soon') },
    { name: 'overdue notification', statement: 1, fragment: stateNotification('overdue', 'deadline.overdue') },
    { name: 'escalation notification', statement: 2, fragment: ESCALATION_NOTIFICATION },
    ...[0, 1, 2].map((statement) => ({ name: `notification params (but the owner's name), statement ${statement + 1}`, statement, fragment: PARAMS_BUT_OWNER })),
  ];
}

export async function handWrittenSweep(db: Kysely<DB>, now: Date): Promise<SweepReport> {
  const dueSoon = await db.transaction().execute((trx) => plainStateStep(trx, 'due_soon', 'deadline.due_soon', DUE_SOON(now)));
  const overdue = await db.transaction().execute((trx) => plainStateStep(trx, 'overdue', 'deadline.overdue', OVERDUE(now)));
  const escalated = await db.transaction().execute((trx) => plainEscalation(trx, now));
  return { dueSoon: dueSoon.moved, overdue: overdue.moved, escalated: escalated.moved, notifications: dueSoon.notified + overdue.notified + escalated.notified };
}

/** Email to active recipients with an address; SMS too for urgent kinds. New notification ids: no conflicts possible. */
function plainDeliveries(kind: NotificationKind) {
  const sms = SMS_KINDS.includes(kind)
    ? sql`union all
          select n.id, 'sms' from notified n join app_user u on u.id = n.recipient_id
          where u.status = 'active' and u.mobile_enc is not null`
    : sql``;
  return sql`delivered as (
    insert into notification_delivery (notification_id, channel)
    select n.id, 'email' from notified n join app_user u on u.id = n.recipient_id
    where u.status = 'active' and u.email <> ''
    ${sms}
    returning 1)`;
}

async function plainStateStep(trx: Transaction<DB>, state: 'due_soon' | 'overdue', kind: NotificationKind, condition: RawBuilder<unknown>) {
  const { rows } = await sql<{ moved: number; notified: number }>`
    with moved as (${stateUpdate(state, condition)}
      returning id, rule_id, entity_type, entity_id, org_unit_id, owner_id, due_at
    ), notified as (
      ${stateNotification(state, kind)}${PLAIN_PARAMS},
             m.entity_type, m.entity_id, m.org_unit_id
      from moved m
      join deadline_rule r on r.id = m.rule_id
      join app_user owner on owner.id = m.owner_id
      on conflict (dedupe_key) do nothing
      returning id, recipient_id
    ), ${plainDeliveries(kind)}
    select (select count(*) from moved)::int as moved, (select count(*) from notified)::int as notified`.execute(trx);
  return rows[0]!;
}

async function plainEscalation(trx: Transaction<DB>, now: Date) {
  const { rows } = await sql<{ moved: number; notified: number }>`
    with moved as (${escalationUpdate(now)}
      returning d.id, d.rule_id, d.entity_type, d.entity_id, d.org_unit_id, d.owner_id, d.due_at, r.escalate_to_role as role
    ), nearest as (${NEAREST}
    ), notified as (
      ${ESCALATION_NOTIFICATION}${PLAIN_PARAMS},
             m.entity_type, m.entity_id, m.org_unit_id
      from moved m
      join nearest h on h.unit_id = m.org_unit_id and h.role = m.role
      join deadline_rule r on r.id = m.rule_id
      left join app_user owner on owner.id = m.owner_id
      on conflict (dedupe_key) do nothing
      returning id, recipient_id
    ), ${plainDeliveries('deadline.escalated')}
    select (select count(*) from moved)::int as moved, (select count(*) from notified)::int as notified`.execute(trx);
  return rows[0]!;
}
