import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { findHeadOfficeId } from '../../platform/authz/head-office.js';
import { insertDeliveriesFor } from '../notifications/enqueue-notification.js';

export type SweepReport = { dueSoon: number; overdue: number; escalated: number; notifications: number };

// What every deadline notification says (notifications/templates.ts): the rule, its basis,
// when, on which record, and whose it is.
const PARAMS = sql`jsonb_build_object(
  'deadlineId', m.id, 'ruleId', r.id,
  'ruleName', jsonb_build_object('zh', r.name_zh, 'en', r.name_en),
  'basis', jsonb_build_object('zh', r.basis_zh, 'en', r.basis_en, 'specId', r.spec_id, 'lawRef', r.law_ref),
  'dueAt', to_char(m.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'entityType', m.entity_type, 'entityId', m.entity_id,
  'ownerName', coalesce((select display_name from app_user where id = m.owner_id), ''))`;

// Channels follow the one delivery rule of the notification outbox.
/**
 * Per org unit and role: the role's active holders in the nearest unit from it up to the head
 * office. Found once over the org tree (tens of units), then joined to the moved rows: ranked per
 * deadline and joined back by id, the planner (expecting few overdue rows) chose a nested loop,
 * quadratic in the rows escalated at once (docs/PERFORMANCE.md, sweep). The benchmark's baseline
 * uses it as it is.
 */
export const NEAREST_HOLDERS = sql`
      select unit_id, role, user_id
      from (
        select target.id as unit_id, ra.role, ra.user_id,
               rank() over (partition by target.id, ra.role order by length(a.path) desc) as nearness
        from org_unit target
        join org_unit a on target.path like a.path || '%'
        join role_assignment ra on ra.org_unit_id = a.id
        join app_user u on u.id = ra.user_id and u.status = 'active'
        where ra.role in (select escalate_to_role from deadline_rule where escalate_to_role is not null)
      ) ranked
      where nearness = 1`;

const DELIVERIES = sql`deliveries as (${insertDeliveriesFor(sql`notified`)} returning 1)`;

/**
 * The deadline sweep (R-KP-4 timeliness): marks deadlines due soon and overdue, tells their
 * owners, and escalates overdue ones to the rule's role (e.g. 主管) in the nearest unit up the
 * tree. Set-based and idempotent: a row changes state once (the second of two concurrent
 * sweeps finds it already moved), and each notification has a unique key, so re-runs and
 * parallel runs notify nobody twice.
 */
export async function sweepDeadlines(db: Kysely<DB>, now: Date = new Date()): Promise<SweepReport> {
  const dueSoon = await db.transaction().execute((trx) =>
    stateStep(trx, sql`state = 'open' and warn_at <= ${now} and due_at > ${now}`, 'due_soon', 'deadline.due_soon'),
  );
  const overdue = await db.transaction().execute((trx) =>
    stateStep(trx, sql`state in ('open', 'due_soon') and due_at <= ${now}`, 'overdue', 'deadline.overdue'),
  );
  const escalated = await db.transaction().execute((trx) => escalateStep(trx, now));
  const report = {
    dueSoon: dueSoon.moved,
    overdue: overdue.moved,
    escalated: escalated.moved,
    notifications: dueSoon.notified + overdue.notified + escalated.notified,
  };
  if (report.dueSoon || report.overdue || report.escalated) {
    const headOffice = await findHeadOfficeId(db);
    await db.transaction().execute((trx) =>
      recordAudit(trx, { actor: null, requestId: null, action: 'deadline.sweep', entityType: 'deadline', entityId: null, orgUnitId: headOffice, after: { ...report, at: now.toISOString() } }),
    );
  }
  return report;
}

// An idle sweep (nothing due) must cost next to nothing: with a million rows the planner's
// estimate made PostgreSQL JIT-compile each statement (~1 s a minute, docs/PERFORMANCE.md);
// the statements are small and index-driven, so JIT never pays here.
const noJit = (trx: Transaction<DB>) => sql`set local jit = off`.execute(trx);

async function stateStep(trx: Transaction<DB>, condition: ReturnType<typeof sql>, state: string, kind: string) {
  await noJit(trx);
  const { rows } = await sql<{ moved: number; notified: number }>`
    with moved as (
      update deadline set state = ${state}, version = version + 1, updated_at = now()
      where ${condition} and paused_at is null
      returning *
    ), notified as (
      insert into notification (dedupe_key, recipient_id, kind, params, entity_type, entity_id, org_unit_id)
      select 'deadline:' || m.id || ':' || ${state} || ':' || m.owner_id, m.owner_id, ${kind}, ${PARAMS}, m.entity_type, m.entity_id, m.org_unit_id
      from moved m join deadline_rule r on r.id = m.rule_id
      where m.owner_id is not null
      on conflict (dedupe_key) do nothing
      returning id, recipient_id, kind
    ), ${DELIVERIES}
    select (select count(*) from moved)::int as moved, (select count(*) from notified)::int as notified`.execute(trx);
  return rows[0]!;
}

async function escalateStep(trx: Transaction<DB>, now: Date) {
  await noJit(trx);
  const { rows } = await sql<{ moved: number; notified: number }>`
    with moved as (
      update deadline d set escalated_at = ${now}, version = d.version + 1, updated_at = now()
      from deadline_rule r
      where r.id = d.rule_id and d.state = 'overdue' and d.escalated_at is null and d.paused_at is null
        and r.escalate_to_role is not null
        -- lets the planner use deadline_escalation_idx (rule_id) instead of scanning every overdue row
        and d.rule_id = any(array(select id from deadline_rule where escalate_to_role is not null))
      returning d.*, r.escalate_to_role
    ), nearest as (${NEAREST_HOLDERS}
    ), notified as (
      insert into notification (dedupe_key, recipient_id, kind, params, entity_type, entity_id, org_unit_id)
      select 'deadline:' || m.id || ':escalated:' || h.user_id, h.user_id, 'deadline.escalated', ${PARAMS}, m.entity_type, m.entity_id, m.org_unit_id
      from moved m
      join nearest h on h.unit_id = m.org_unit_id and h.role = m.escalate_to_role
      join deadline_rule r on r.id = m.rule_id
      on conflict (dedupe_key) do nothing
      returning id, recipient_id, kind
    ), ${DELIVERIES}
    select (select count(*) from moved)::int as moved, (select count(*) from notified)::int as notified`.execute(trx);
  return rows[0]!;
}
