import type { Context } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import type { CalendarService } from '../calendar/calendar-service.js';
import { computeDue, localDate } from '../deadlines/compute-due.js';
import { LIVE_STATES, toDueRule, type Db } from '../deadlines/deadline-rows.js';
import '../policies/policies.tables.js';
import '../catalog/catalog.tables.js';
import type { CoveragePolicy } from './analyse-coverage.js';
import { LAPSED_RULE } from './coverage-rules.data.js';

/** Terminated and expired policies are history, not cover: the review leaves them out. */
const REVIEWED_STATES = ['registered', 'on_hold', 'verified', 'in_force', 'lapsed'] as const;

/**
 * The policies in scope that insure a household member (policy_party role 'insured'). Policies
 * registered in units outside the caller's scope are not shown and not counted (COV-1).
 */
export async function findHouseholdPolicies(ctx: Context, clientIds: number[]): Promise<CoveragePolicy[]> {
  if (!clientIds.length) return [];
  const { db, scope, locale } = ctx;
  const rows = await db
    .selectFrom('policy_party as pp')
    .innerJoin('policy as p', 'p.id', 'pp.policy_id')
    .innerJoin('insurer as i', 'i.id', 'p.insurer_id')
    .leftJoin('product as pr', 'pr.id', 'p.product_id')
    .select([
      'p.id', 'p.internal_no', 'p.policy_number', 'p.product_name', 'p.line_of_business', 'p.term_type', 'p.state', 'p.sum_insured',
      'p.effective_date', 'p.end_date', 'p.state_changed_at', 'p.org_unit_id', 'i.name as insurer_name', 'i.name_en as insurer_name_en',
      'pr.name_en as product_name_en',
      'pp.client_id',
    ])
    .where('pp.role', '=', 'insured')
    .where('pp.client_id', 'in', clientIds)
    .where('p.state', 'in', REVIEWED_STATES)
    .where(inScope('p.org_unit_id', scope))
    .orderBy('p.id')
    .execute();

  const byId = new Map<number, CoveragePolicy & { insuredClientIds: number[]; orgUnitId: number; stateChangedAt: Date }>();
  for (const r of rows) {
    const known = byId.get(r.id);
    if (known) {
      if (!known.insuredClientIds.includes(r.client_id!)) known.insuredClientIds.push(r.client_id!);
      continue;
    }
    byId.set(r.id, {
      id: r.id, internalNo: r.internal_no, policyNumber: r.policy_number, productName: locale === 'en' && r.product_name_en ? r.product_name_en : r.product_name,
      registeredProductName: r.product_name,
      insurerName: locale === 'en' && r.insurer_name_en ? r.insurer_name_en : r.insurer_name,
      lineOfBusiness: r.line_of_business, termType: r.term_type, state: r.state, sumInsured: r.sum_insured,
      effectiveDate: r.effective_date, endDate: r.end_date, insuredClientIds: [r.client_id!],
      lapsedOn: r.state === 'lapsed' ? localDate(r.state_changed_at) : null, reinstatementUntil: null,
      orgUnitId: r.org_unit_id, stateChangedAt: r.state_changed_at,
    });
  }
  const policies = [...byId.values()];
  await addReinstatementWindows(db, ctx.calendar, policies.filter((p) => p.state === 'lapsed'));
  return policies.map(({ orgUnitId: _o, stateChangedAt: _s, ...p }) => p);
}

/**
 * COV-10: the last day a lapsed policy can be reinstated comes from the deadline engine: the
 * running 'reinstatement window' deadline of the policy when the lapse opened one, otherwise the
 * same rule computed from the lapse on the policy's calendar. No date is computed here.
 */
async function addReinstatementWindows(
  db: Db,
  calendars: CalendarService,
  lapsed: Array<CoveragePolicy & { orgUnitId: number; stateChangedAt: Date }>,
): Promise<void> {
  if (!lapsed.length) return;
  const rule = await db.selectFrom('deadline_rule').selectAll().where('id', '=', LAPSED_RULE.deadlineRuleId).where('active', '=', true).executeTakeFirst();
  if (!rule) return;
  const running = await db
    .selectFrom('deadline')
    .select(['entity_id', 'due_at'])
    .where('rule_id', '=', rule.id)
    .where('entity_type', '=', 'policy')
    .where('entity_id', 'in', lapsed.map((p) => String(p.id)))
    .where('state', 'in', LIVE_STATES)
    .execute();
  const dueOf = new Map(running.map((d) => [d.entity_id, d.due_at]));
  for (const p of lapsed) {
    const due = dueOf.get(String(p.id)) ?? computeDue(toDueRule(rule), p.stateChangedAt, await calendars.forOrg(p.orgUnitId, db)).dueAt;
    p.reinstatementUntil = localDate(due);
  }
}
