import { sql } from 'kysely';
import type { Context } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { perHandle } from '../../platform/db/per-handle.js';
import { notFound } from '../../platform/http/errors.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { localDate } from './compute-due.js';
import { resolveRecords } from './record-labels.js';
import { LIVE_STATES, type Db } from './deadline-rows.js';
import { fromDayNumber, toDayNumber } from '../calendar/dates.js';
import { lawRefEn } from './law-citations.data.js';
import { beijingDayEnd, beijingLastMoment, beijingMidnight } from '../../platform/time/beijing.js';

const nextDay = (date: string) => fromDayNumber(toDayNumber(date) + 1);

const baseQuery = perHandle((db: Db) =>
  db
    .selectFrom('deadline as d')
    .innerJoin('deadline_rule as r', 'r.id', 'd.rule_id')
    .innerJoin('org_unit as o', 'o.id', 'd.org_unit_id')
    .leftJoin('app_user as u', 'u.id', 'd.owner_id')
    .selectAll('d')
    .select([
      'r.name_zh', 'r.name_en', 'r.basis_zh', 'r.basis_en', 'r.spec_id', 'r.law_ref', 'r.unit', 'r.duration', 'r.module',
      'o.name as org_unit_name', 'o.name_en as org_unit_name_en', 'u.display_name as owner_name',
    ]));
type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

/** A deadline as people see it: what, why (basis), when, how long is left. */
async function present(ctx: Context, rows: Row[], now: Date) {
  const { locale, calendar: calendars } = ctx;
  const today = localDate(now);
  const recordOf = await resolveRecords(ctx, rows.map((d) => ({ entityType: d.entity_type, entityId: d.entity_id })));
  // Working days left, once per org unit and due day (a page shares few of either).
  const calendarOf = new Map<number, Awaited<ReturnType<typeof calendars.forOrg>>>();
  for (const d of rows) if (!calendarOf.has(d.org_unit_id)) calendarOf.set(d.org_unit_id, await calendars.forOrg(d.org_unit_id));
  const daysLeft = new Map<string, number>();
  const workingDaysLeftOf = (orgUnitId: number, due: string) => {
    const key = `${orgUnitId} ${due}`;
    let left = daysLeft.get(key);
    if (left === undefined) {
      // Working days after today up to the due date; negative: working days since it passed.
      const calendar = calendarOf.get(orgUnitId)!;
      left = due >= today ? calendar.countWorkingDays(nextDay(today), due).count : -calendar.countWorkingDays(nextDay(due), today).count;
      daysLeft.set(key, left);
    }
    return left;
  };
  return rows.map((d) => {
    const live = (LIVE_STATES as readonly string[]).includes(d.state);
    const workingDaysLeft = live && d.unit === 'working_days' ? workingDaysLeftOf(d.org_unit_id, localDate(d.due_at)) : null;
    return {
      id: d.id,
      ruleId: d.rule_id,
      ruleName: locale === 'en' ? d.name_en : d.name_zh,
      module: d.module,
      basis: { specId: d.spec_id, lawRef: d.law_ref, lawRefEn: lawRefEn(d.law_ref), text: locale === 'en' ? d.basis_en : d.basis_zh },
      entityType: d.entity_type,
      entityId: d.entity_id,
      record: recordOf(d.entity_type, d.entity_id),
      orgUnitId: d.org_unit_id,
      orgUnitName: locale === 'en' ? d.org_unit_name_en ?? d.org_unit_name : d.org_unit_name,
      ownerId: d.owner_id,
      ownerName: d.owner_name,
      startedAt: d.started_at.toISOString(),
      dueAt: d.due_at.toISOString(),
      warnAt: d.warn_at.toISOString(),
      provisional: d.provisional,
      state: d.state,
      paused: d.paused_at !== null,
      pauseReason: d.pause_reason,
      completedAt: d.completed_at?.toISOString() ?? null,
      cancelReason: d.cancel_reason,
      escalatedAt: d.escalated_at?.toISOString() ?? null,
      secondsLeft: live ? Math.round((d.due_at.getTime() - now.getTime()) / 1000) : null,
      workingDaysLeft,
      version: d.version,
    };
  });
}

export type ListDeadlinesQuery = {
  limit?: number; cursor?: string; entityType?: string; entityId?: string; state?: string; ownerId?: number; live?: boolean;
};

/** Deadlines in scope, soonest due first. */
export async function listDeadlines(ctx: Context, query: ListDeadlinesQuery) {
  const limit = query.limit ?? 50;
  const cursor = decodeCursor(query.cursor, 'timestamp');
  let q = baseQuery(ctx.db).where(inScope('d.org_unit_id', ctx.scope));
  if (query.entityType) q = q.where('d.entity_type', '=', query.entityType);
  if (query.entityId) q = q.where('d.entity_id', '=', query.entityId);
  if (query.state) q = q.where('d.state', '=', query.state as never);
  if (query.live) q = q.where('d.state', 'in', LIVE_STATES);
  if (query.ownerId) q = q.where('d.owner_id', '=', query.ownerId);
  if (cursor) q = q.where(sql<boolean>`(d.due_at, d.id) > (${new Date(String(cursor.key))}, ${cursor.id})`);
  const rows = await q.orderBy('d.due_at').orderBy('d.id').limit(limit + 1).execute();
  const page = toPage(rows, limit, (r) => ({ key: r.due_at.toISOString(), id: r.id }), (r) => r);
  return { items: await present(ctx, page.items, ctx.clock.now()), nextCursor: page.nextCursor };
}

export async function getDeadline(ctx: Context, id: number) {
  const row = await baseQuery(ctx.db).where('d.id', '=', id).where(inScope('d.org_unit_id', ctx.scope)).executeTakeFirst();
  if (!row) throw notFound();
  return (await present(ctx, [row], ctx.clock.now()))[0]!;
}

/** "My due items": overdue, due today, and due within the next 5 working days. */
export async function myDueItems(ctx: Context) {
  const actor = ctx.actor!;
  const now = ctx.clock.now();
  const today = localDate(now);
  const calendar = await ctx.calendar.forOrg(actor.orgUnitId);
  const endOfToday = beijingLastMoment(today);
  const horizon = calendar.addWorkingDays(today, 5).date;
  const endOfHorizon = beijingLastMoment(horizon);
  const rows = await baseQuery(ctx.db)
    .where('d.owner_id', '=', actor.userId)
    .where('d.state', 'in', LIVE_STATES)
    .where('d.due_at', '<=', endOfHorizon)
    .orderBy('d.due_at')
    .limit(500)
    .execute();
  const items = await present(ctx, rows, now);
  // Each item in one window, by its due time as read (rows[i] is items[i]).
  const overdue: typeof items = [];
  const dueToday: typeof items = [];
  const upcoming: typeof items = [];
  items.forEach((d, i) => {
    const due = rows[i]!.due_at.getTime();
    if (d.state === 'overdue' || due < now.getTime()) overdue.push(d);
    else if (due <= endOfToday.getTime()) dueToday.push(d);
    else upcoming.push(d);
  });
  return { overdue, dueToday, upcoming, horizon };
}

/** Counts for the navigation badge and the home page: mine (also by the windows of my due items), and (for supervisors) everything overdue in scope. */
export async function deadlineCounts(ctx: Context) {
  const actor = ctx.actor!;
  const scope = actor.can('task.reassign') ? actor.scopeFor('deadline.read') : null;
  const now = ctx.clock.now();
  // The windows of "my due items" (myDueItems): today, then up to the end of the 5th working day from today.
  const today = localDate(now);
  const endOfToday = beijingLastMoment(today);
  const horizon = (await ctx.calendar.forOrg(actor.orgUnitId)).addWorkingDays(today, 5).date;
  const endOfHorizon = beijingLastMoment(horizon);
  // Both counts in one statement: one round trip (on a busy server the socket writes of a second
  // statement cost more than either count).
  const row = await ctx.db
    .selectFrom('deadline')
    .select([
      sql<number>`count(*) filter (where due_at < ${now})::int`.as('overdue'),
      sql<number>`count(*) filter (where state = 'due_soon' and due_at >= ${now})::int`.as('dueSoon'),
      sql<number>`count(*) filter (where due_at >= ${now} and due_at <= ${endOfToday})::int`.as('dueToday'),
      sql<number>`count(*) filter (where due_at > ${endOfToday} and due_at <= ${endOfHorizon})::int`.as('dueThisWeek'),
      (scope
        ? sql<number | null>`(select count(*)::int from deadline s where s.state in (${sql.join(LIVE_STATES)}) and s.due_at < ${now} and ${inScope('s.org_unit_id', scope)})`
        : sql<number | null>`null::int`
      ).as('scopeOverdue'),
    ])
    .where('owner_id', '=', actor.userId)
    .where('state', 'in', LIVE_STATES)
    .executeTakeFirstOrThrow();
  const { scopeOverdue: inScopeOverdue, ...mine } = row;
  return { mine, horizon, scopeOverdue: inScopeOverdue };
}

/** Met / missed per rule in scope over a period, for the KPIs (R-KP-2, R-KP-4). */
export async function deadlineStats(ctx: Context, from: string, to: string) {
  const rows = await ctx.db
    .selectFrom('deadline as d')
    .innerJoin('deadline_rule as r', 'r.id', 'd.rule_id')
    .select([
      'r.id', 'r.module', 'r.name_zh', 'r.name_en',
      sql<number>`count(*) filter (where d.state = 'met')::int`.as('met'),
      sql<number>`count(*) filter (where d.state = 'missed')::int`.as('missed'),
    ])
    .where(inScope('d.org_unit_id', ctx.scope))
    .where('d.completed_at', '>=', beijingMidnight(from))
    .where('d.completed_at', '<', beijingDayEnd(to))
    .groupBy(['r.id', 'r.module', 'r.name_zh', 'r.name_en'])
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    ruleId: r.id,
    module: r.module,
    ruleName: ctx.locale === 'en' ? r.name_en : r.name_zh,
    met: r.met,
    missed: r.missed,
    onTimeRate: r.met + r.missed ? r.met / (r.met + r.missed) : null,
  }));
}
