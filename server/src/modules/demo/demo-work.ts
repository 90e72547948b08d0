// The offices at work (issue 11, item 9): a first start shows to-dos overdue, due today, due
// soon, paused, done and cancelled, escalations in the supervisor's tab and unread notifications
// in the bell. Nothing here writes a deadline or a notification itself: the clerks' own use cases
// (reissue requests R-PO-7 on the servicing engine, verification with differences R-PO-4) run with a
// clock set to the moment each step happened, the supervisor reassigns through the work queues and
// pauses through the deadlines module, and the
// deadline sweep (the job's own function) then marks, notifies and escalates as it would have.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Keyring } from '../../platform/pii/index.js';
import { userContext, type Context, type ContextServices } from '../../platform/context/context.js';
import { loadActor, type Actor } from '../../platform/authz/actor.js';
import type { Permission } from '../../platform/authz/permissions.js';
import { beijingDate, beijingInstant } from '../../platform/time/beijing.js';
import { createRequest, fireRequest } from '../servicing/handle-request.js';
import { reassignWorkItems } from '../queues/reassign-work-items.js';
import { verifyPolicy } from '../policies/verify-policy.js';
import { createPolicy } from '../policies/create-policy.js';
import { holdNoticeText } from './demo-policies.js';
import { addYears, isoDay } from './demo-dates.js';
import { toDayNumber } from '../calendar/dates.js';
import { VERIFY_FIELDS } from '../policies/policy-rules.data.js';
import { pauseDeadline } from '../deadlines/change-deadline.js';
import { sweepDeadlines, type SweepReport } from '../deadlines/sweep-deadlines.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { attach, servicingShowcase } from './demo-servicing.js';
import { itemOf, queueShowcase, TYPES } from './demo-queues.js';
import { PERSONAL_LINES } from '../policies/policy-rules.data.js';

const DONE_KEY = 'demo_work_seeded';
/** The offices of the scale-1 tree: the named demo users' own (a larger --scale adds bulk, not showcases). */
const SHOWCASE_OFFICES = ['GZ01', 'GZ02', 'SZ01', 'SZ02', 'FS01', 'FS02'];

export type DemoWorkReport = { reissues: number; held: number; differences: number; reassigned: number; paused: number; servicing: number; sweep: SweepReport | null };

type Step = { at: Date; run: (ctx: Context) => Promise<unknown> };
type Office = { id: number; code: string; clerk: Actor; agents: Actor[]; supervisor: Actor | null; calendar: WorkingCalendar };

/**
 * Once per database (a re-run does nothing). Per showcase office: a policy on hold for a week with
 * its notice (its follow-up the first agent's, overdue) and one handed over three working days ago
 * (its verification the agent's, due today), the clerk's own reissue requests overdue and due today.
 * In the first office of each city besides: the supervisor's own (改派 in the work queue), a
 * policy verified with a difference left open, and reissue requests in every state (open, met and
 * reissued, missed, cancelled, paused). Then the sweep at `now`. Dates are working days back from
 * `now` on the office's calendar, so on a working day each of them has items overdue and due today.
 */
export async function seedDemoWork(
  db: Kysely<DB>,
  keyring: Keyring,
  services: ContextServices,
  now: Date = new Date(),
): Promise<DemoWorkReport> {
  const report: DemoWorkReport = { reissues: 0, held: 0, differences: 0, reassigned: 0, paused: 0, servicing: 0, sweep: null };
  if (await db.selectFrom('app_setting').select('key').where('key', '=', DONE_KEY).executeTakeFirst()) return report;

  const as = (actor: Actor, permission: Permission, at: Date): Context =>
    userContext({ ...services, db, keyring, clock: { now: () => at } }, actor, { scope: actor.scopeFor(permission) });
  const supervisorsDone = new Set<number>();

  for (const code of SHOWCASE_OFFICES) {
    const office = await loadOffice(db, services, code);
    if (!office) continue;
    const ago = (workingDays: number, hour = 10) => {
      const date = workingDays === 0 ? beijingDate(now) : office.calendar.addWorkingDays(beijingDate(now), -workingDays).date;
      const at = beijingInstant(date, hour);
      return at.getTime() < now.getTime() ? at : new Date(now.getTime() - 60 * 60_000);
    };
    const justNow = new Date(now.getTime() - 60 * 60_000);
    const steps: Step[] = [];
    const clerk = (at: Date) => as(office.clerk, 'policy.write', at);

    // Each agent's policies in force, oldest first: what the reissue requests are about.
    const inForce = await db
      .selectFrom('policy')
      .select(['id', 'agent_id', 'policyholder_id', 'line_of_business'])
      .where('org_unit_id', '=', office.id)
      .where('state', '=', 'in_force')
      .orderBy('id')
      .limit(200)
      .execute();
    const byAgent = (agent: Actor) => inForce.filter((p) => p.agent_id === agent.userId);
    // 保单补发 (R-PO-7): a servicing request of its own type, taken by the clerk at the counter.
    const reissue = (policy: (typeof inForce)[number], requestedAt: Date, then: { to: 'submitted' | 'reissued' | 'cancelled'; at: Date }[] = []) => {
      report.reissues++;
      steps.push({
        at: requestedAt,
        run: async (ctx) => {
          let r = await createRequest(ctx, policy.id, {
            type: 'policy_reissue', channel: 'counter', note: '客户遗失保单原件，申请补发',
            details: { reissueReason: 'lost', identityChecked: true, identityMethod: 'id_card_in_person' },
          });
          for (const step of then) {
            const c = clerk(step.at);
            if (step.to === 'submitted') r = await fireRequest(c, r.id, { version: r.version, event: 'submit_to_insurer' });
            if (step.to === 'cancelled') r = await fireRequest(c, r.id, { version: r.version, event: 'withdraw', reason: '客户已找回保单原件' });
            if (step.to === 'reissued') {
              await attach(c, r, ['application_form', 'id_document', 'loss_statement']);
              r = await fireRequest(c, r.id, { version: r.version, event: 'complete', reason: '补发保单已交投保人签收' });
            }
          }
        },
      });
    };

    // At the counter for the first agent's clients: one overdue (requested 6 working days ago, due 4 ago: escalated), one due at the end of today.
    const [a1, a2] = office.agents;
    const mine = a1 ? byAgent(a1) : [];
    if (mine[0]) reissue(mine[0], ago(6));
    if (mine[1]) reissue(mine[1], ago(2));
    const rest = [...mine.slice(2), ...(a2 ? byAgent(a2) : [])];
    // The next policy; `personal`: the next of a personal line (one that names beneficiaries).
    const take = (personal = false) => {
      const i = personal ? rest.findIndex((p) => (PERSONAL_LINES as readonly string[]).includes(p.line_of_business)) : 0;
      return i < 0 ? undefined : rest.splice(i, 1)[0];
    };
    // The clerk's own.
    const clerkOverdue = take();
    const clerkToday = take();
    if (clerkOverdue) reissue(clerkOverdue, ago(7));
    if (clerkToday) reissue(clerkToday, ago(2, 9));
    // In the first office of each city: the supervisor's own, and every state of a reissue request and of its deadline.
    const firstOfCity = office.supervisor !== null && !supervisorsDone.has(office.supervisor.userId);
    if (office.supervisor) supervisorsDone.add(office.supervisor.userId);
    const supervisorOverdue = firstOfCity ? take() : undefined;
    const supervisorToday = firstOfCity ? take() : undefined;
    if (supervisorOverdue) reissue(supervisorOverdue, ago(9));
    if (supervisorToday) reissue(supervisorToday, ago(2, 11));
    const showcase = (then: (p: (typeof inForce)[number]) => void) => {
      const p = firstOfCity ? take() : undefined;
      if (p) then(p);
      return p;
    };
    showcase((p) => reissue(p, justNow)); // just requested: open
    showcase((p) => reissue(p, ago(5), [{ to: 'submitted', at: ago(4) }, { to: 'reissued', at: ago(1) }])); // met, reissued
    showcase((p) => reissue(p, ago(8), [{ to: 'submitted', at: ago(3) }])); // missed, at the insurer
    showcase((p) => reissue(p, ago(3), [{ to: 'cancelled', at: ago(2, 15) }])); // withdrawn: deadline cancelled
    // Paused while the insurer is asked for a copy of the application (the clock stops).
    const paused = showcase((p) => reissue(p, ago(1)));
    // Servicing requests of every type and state (保全, issue 12).
    if (firstOfCity) {
      const lapsed = await db.selectFrom('policy').select('id').where('org_unit_id', '=', office.id).where('state', '=', 'lapsed')
        .where('state_changed_at', '>', new Date(now.getTime() - 700 * 86_400_000)).orderBy('id').executeTakeFirst();
      // 审批: what only a supervisor completes (a surrender, a reinstatement) is completed by the office's supervisor.
      const approver = (at: Date) => (office.supervisor ? as(office.supervisor, 'servicing.approve', at) : clerk(at));
      const showcaseServicing = servicingShowcase(take, lapsed, ago, justNow, approver);
      steps.push(...showcaseServicing.steps);
      // 工作队列: requests by phone in the clerks' team queue, one taken, one reassigned by the supervisor (demo-queues.ts).
      const boss = office.supervisor;
      steps.push(...queueShowcase(take, ago, boss ? (at) => as(boss, 'task.reassign', at) : null));
      report.servicing += showcaseServicing.count;
    }

    // Handed over at the counter (R-PO-2): a policy failing the initial review, on hold with its notice
    // to the client, a week ago (its follow-up overdue); in the first office of each city another,
    // verified against the client's details with a difference left open (R-PO-4).
    const client = await db
      .selectFrom('client')
      .select(['id', 'agent_id'])
      .where('org_unit_id', '=', office.id)
      .where('kind', '=', 'person')
      .where('agent_id', '=', a1?.userId ?? -1)
      .where('birth_date', '<=', addYearsIso(beijingDate(now), -18))
      .where('birth_date', '>=', addYearsIso(beijingDate(now), -60))
      .orderBy('id')
      .executeTakeFirst();
    const accident = await db
      .selectFrom('product as p')
      .innerJoin('insurer as i', 'i.id', 'p.insurer_id')
      .select(['p.id', 'p.insurer_id'])
      .where('p.code', '=', 'PA-ACC03')
      .where('i.code', '=', 'PINGAN')
      .executeTakeFirst();
    if (client && accident) {
      const handedOver = (n: number, at: Date, review: { formatComplete: boolean; sealsPresent: boolean; noAlteration: boolean; note: string | null }) => {
        const effective = office.calendar.addWorkingDays(beijingDate(at), -3).date;
        return createPolicy(clerk(at), {
          orgUnitId: office.id, insurerId: accident.insurer_id, productId: accident.id, policyNumber: `PA${office.code}${String(n).padStart(6, '0')}`,
          policyholderId: client.id, agentId: client.agent_id, sumInsured: '500000.00', premium: '200.00', paymentFrequency: 'single', paymentMode: 'online',
          applicationDate: effective, issueDate: effective, effectiveDate: effective, endDate: addYearsIso(effective, 1, -1),
          insured: [{ clientId: client.id, relation: 'self' }], beneficiaryDesignation: 'legal', receivedAt: at.toISOString(), review,
          ...(review.sealsPresent ? {} : { holdNotice: { channel: 'phone' as const, content: holdNoticeText(review) } }),
        });
      };
      const heldAt = ago(7, 15);
      steps.push({ at: heldAt, run: () => handedOver(1, heldAt, { formatComplete: true, sealsPresent: false, noAlteration: true, note: '保单首页缺少保险公司印章' }) });
      report.held++;
      // Handed over three working days ago and not yet verified: the agent's verification due today (R-PO-4).
      const handedAt = ago(3, 10);
      steps.push({ at: handedAt, run: () => handedOver(3, handedAt, { formatComplete: true, sealsPresent: true, noAlteration: true, note: null }) });
      if (firstOfCity) {
        const receivedAt = ago(1, 14);
        const verifiedAt = ago(0, 9);
        steps.push({
          at: receivedAt,
          run: async () => {
            const policy = await handedOver(2, receivedAt, { formatComplete: true, sealsPresent: true, noAlteration: true, note: null });
            await verifyPolicy(clerk(verifiedAt.getTime() > receivedAt.getTime() ? verifiedAt : justNow), policy.id, {
              version: policy.version,
              checks: VERIFY_FIELDS.map((field) => (field === 'sumInsured' ? { field, matches: false, clientSays: '客户称投保时约定保额为 100 万元' } : { field, matches: true })),
              notice: { channel: 'phone', content: '您的保单所载保险金额与您告知的不一致，请携带投保资料到营业部确认，或联系保险公司核实。' },
            });
          },
        });
        report.differences++;
      }
    }

    // In the order they happened, each as the clerk at that moment.
    steps.sort((x, y) => x.at.getTime() - y.at.getTime());
    for (const step of steps) await step.run(clerk(step.at));

    // The open reissue request of a policy, and its SLA deadline.
    const openReissue = async (policyId: number | undefined) =>
      policyId === undefined
        ? undefined
        : db.selectFrom('servicing_request').select('id').where('policy_id', '=', policyId).where('type', '=', 'policy_reissue')
            .where('state', 'not in', ['completed', 'refused', 'withdrawn']).executeTakeFirst();
    const live = async (policyId: number | undefined) => {
      const r = await openReissue(policyId);
      return r && db.selectFrom('deadline').select(['id', 'version']).where('entity_type', '=', 'servicing').where('entity_id', '=', String(r.id))
        .where('rule_id', '=', 'policy.reissue_submit').where('state', 'in', ['open', 'due_soon', 'overdue']).executeTakeFirst();
    };
    const boss = office.supervisor;
    if (boss) {
      // 改派 in the work queue: the supervisor takes two requests over (the item, the record's owner and its deadline move together).
      const reassign = async (policyId: number | undefined, to: Actor, at: Date) => {
        const r = await openReissue(policyId);
        if (!r) return;
        const ctx = as(boss, 'task.reassign', at);
        await reassignWorkItems(ctx, TYPES, { ids: [await itemOf(ctx, r.id)], ownerId: to.userId, reason: '内勤外出培训，由主管跟进' }, () => 'id');
        report.reassigned++;
      };
      await reassign(supervisorOverdue?.id, boss, ago(6));
      await reassign(supervisorToday?.id, boss, ago(1));
    }
    const toPause = await live(paused?.id);
    if (toPause) {
      // Whoever may pause here: the clerk, else the supervisor.
      const pauser = office.clerk.can('deadline.manage') ? office.clerk : boss;
      if (pauser) await pauseDeadline(as(pauser, 'deadline.manage', justNow), { id: toPause.id, version: toPause.version, reason: '等待保险公司调取投保单影像' });
      if (office.clerk.can('deadline.manage') || boss) report.paused++;
    }
  }

  // What the minute job would have found by now: due soon, overdue, escalated, each told.
  report.sweep = await sweepDeadlines(db, now);
  await db.insertInto('app_setting').values({ key: DONE_KEY, value: JSON.stringify({ at: now.toISOString() }) }).onConflict((oc) => oc.doNothing()).execute();
  return report;
}

async function loadOffice(db: Kysely<DB>, services: ContextServices, code: string): Promise<Office | null> {
  const unit = await db.selectFrom('org_unit').select(['id', 'code', 'parent_id']).where('code', '=', code).executeTakeFirst();
  if (!unit) return null;
  const users = await db
    .selectFrom('app_user as u')
    .innerJoin('role_assignment as ra', 'ra.user_id', 'u.id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.org_unit_id', 'u.must_change_password', 'ra.role', 'ra.org_unit_id as unit'])
    .where('u.status', '=', 'active')
    .where((eb) => eb.or([eb('ra.org_unit_id', '=', unit.id), eb.and([eb('ra.org_unit_id', '=', unit.parent_id), eb('ra.role', '=', 'supervisor')])]))
    .orderBy('u.username')
    .execute();
  const actor = (u: (typeof users)[number]) => loadActor(db, u);
  const clerkRow = users.find((u) => u.role === 'clerk' && u.unit === unit.id);
  if (!clerkRow) return null;
  const agentRows = users.filter((u) => u.role === 'agent' && u.unit === unit.id).slice(0, 2);
  const supervisorRow = users.find((u) => u.role === 'supervisor');
  return {
    id: unit.id,
    code,
    clerk: await actor(clerkRow),
    agents: await Promise.all(agentRows.map(actor)),
    supervisor: supervisorRow ? await actor(supervisorRow) : null,
    calendar: await services.calendar.forOrg(unit.id),
  };
}

/** The ISO date `years` later (and `days` more). */
function addYearsIso(date: string, years: number, days = 0): string {
  return isoDay(addYears(toDayNumber(date), years) + days);
}
