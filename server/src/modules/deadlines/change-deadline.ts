import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { AppError, invalid, notFound, versionConflict } from '../../platform/http/errors.js';
import type { CalendarService } from '../calendar/calendar-service.js';
import { computeDue, localDate } from './compute-due.js';
import { auditView, LIVE_STATES, toDueRule, type DeadlineRow } from './deadline-rows.js';

type Change = { id: number; version: number; reason: string };

/**
 * Pause a running deadline with a reason (e.g. waiting for the client's documents): the
 * clock stops, the sweep leaves it alone, and the time paused is added back on resume.
 */
export async function pauseDeadline(ctx: Context, change: Change): Promise<DeadlineRow> {
  return mutate(ctx, change, 'pause', async (d, trx, now) => {
    if (d.paused_at) throw new AppError(409, 'DEADLINE_NOT_RUNNING');
    return trx
      .updateTable('deadline')
      .set({ paused_at: now, pause_reason: change.reason, version: d.version + 1, updated_at: now })
      .where('id', '=', d.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

export async function resumeDeadline(ctx: Context, change: Change): Promise<DeadlineRow> {
  return mutate(ctx, change, 'resume', async (d, trx, now) => {
    if (!d.paused_at) throw new AppError(409, 'DEADLINE_NOT_PAUSED');
    const rule = await trx.selectFrom('deadline_rule').selectAll().where('id', '=', d.rule_id).executeTakeFirstOrThrow();
    const calendar = await ctx.calendar.forOrg(d.org_unit_id, trx);
    // Paused time, in the rule's own unit: working days lost, calendar days, or seconds.
    let lost: number;
    if (rule.unit === 'working_days') {
      const last = localDate(new Date(now.getTime() - 86_400_000));
      lost = calendar.countWorkingDays(localDate(d.paused_at), last).count;
    } else if (rule.unit === 'hours' || rule.unit === 'minutes') {
      lost = Math.round((now.getTime() - d.paused_at.getTime()) / 1000);
    } else {
      lost = Math.round((Date.parse(localDate(now)) - Date.parse(localDate(d.paused_at))) / 86_400_000);
    }
    const shift = d.paused_shift + lost;
    const due = computeDue(toDueRule(rule), d.started_at, calendar, shift);
    return trx
      .updateTable('deadline')
      .set({
        paused_at: null, pause_reason: null, paused_shift: shift, due_at: due.dueAt, warn_at: due.warnAt, provisional: due.provisional,
        // Back to open: the next sweep decides afresh whether it is due soon or overdue.
        state: 'open', version: d.version + 1, updated_at: now,
      })
      .where('id', '=', d.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** Cancel with a reason (e.g. the request was withdrawn): it no longer counts as met or missed. */
export async function cancelDeadline(ctx: Context, change: Change): Promise<DeadlineRow> {
  return mutate(ctx, change, 'cancel', (d, trx, now) =>
    trx
      .updateTable('deadline')
      .set({ state: 'cancelled', cancel_reason: change.reason, paused_at: null, completed_at: now, version: d.version + 1, updated_at: now })
      .where('id', '=', d.id)
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}

/** 改派: a supervisor gives a running deadline to another person in scope (e.g. the owner is away). */
export async function reassignDeadline(ctx: Context, change: Change & { ownerId: number }): Promise<DeadlineRow> {
  return mutate(ctx, change, 'reassign', async (d, trx, now) => {
    const owner = await trx
      .selectFrom('app_user')
      .select('id')
      .where('id', '=', change.ownerId)
      .where('status', '=', 'active')
      .where(inScope('app_user.org_unit_id', ctx.scope))
      .executeTakeFirst();
    if (!owner) throw invalid({ path: 'ownerId', reason: 'userNotFound' });
    return trx
      .updateTable('deadline')
      .set({ owner_id: owner.id, version: d.version + 1, updated_at: now })
      .where('id', '=', d.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

async function mutate(
  ctx: Context,
  change: Change,
  verb: 'pause' | 'resume' | 'cancel' | 'reassign',
  apply: (d: DeadlineRow, trx: Transaction<DB>, now: Date) => Promise<DeadlineRow>,
): Promise<DeadlineRow> {
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const before = await trx
      .selectFrom('deadline')
      .selectAll()
      .where('id', '=', change.id)
      .where(inScope('deadline.org_unit_id', tx.scope))
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound();
    if (before.version !== change.version) throw versionConflict({ id: before.id, version: before.version, state: before.state });
    if (!(LIVE_STATES as readonly string[]).includes(before.state)) throw new AppError(409, 'DEADLINE_NOT_RUNNING');
    const after = await apply(before, trx, tx.clock.now());
    await audit(tx, {
      action: `deadline.${verb}`, entityType: 'deadline', entityId: after.id, orgUnitId: after.org_unit_id,
      before: auditView(before), after: { ...auditView(after), reason: change.reason },
    });
    return after;
  });
}

/**
 * After the calendar changed (a year entered, a local override), running deadlines on
 * calendar-dependent rules get their due time recomputed. Batched; returns how many changed.
 */
export async function recomputeLiveDeadlines(db: Kysely<DB>, calendars: CalendarService): Promise<number> {
  let changed = 0;
  let afterId = 0;
  for (;;) {
    const batch = await db
      .selectFrom('deadline as d')
      .innerJoin('deadline_rule as r', 'r.id', 'd.rule_id')
      .selectAll('d')
      .select(['r.duration', 'r.unit', 'r.roll_to_working_day', 'r.cutoff_time', 'r.warn_before', 'r.warn_unit'])
      .where('d.state', 'in', LIVE_STATES)
      .where('d.paused_at', 'is', null)
      .where((eb) => eb.or([eb('r.unit', '=', 'working_days'), eb('r.roll_to_working_day', '=', true), eb('r.warn_unit', '=', 'working_days')]))
      .where('d.id', '>', afterId)
      .orderBy('d.id')
      .limit(1000)
      .execute();
    if (!batch.length) return changed;
    afterId = batch[batch.length - 1]!.id;
    const updates: { id: number; due_at: Date; warn_at: Date; provisional: boolean }[] = [];
    for (const d of batch) {
      const calendar = await calendars.forOrg(d.org_unit_id);
      const due = computeDue(
        { duration: d.duration, unit: d.unit, rollToWorkingDay: d.roll_to_working_day, cutoffTime: d.cutoff_time, warnBefore: d.warn_before, warnUnit: d.warn_unit },
        d.started_at, calendar, d.paused_shift,
      );
      if (due.dueAt.getTime() !== d.due_at.getTime() || due.warnAt.getTime() !== d.warn_at.getTime() || due.provisional !== d.provisional) {
        updates.push({ id: d.id, due_at: due.dueAt, warn_at: due.warnAt, provisional: due.provisional });
      }
    }
    if (updates.length) {
      await sql`
        update deadline d set due_at = u.due_at, warn_at = u.warn_at, provisional = u.provisional,
          -- a deadline moved later is no longer overdue or due soon until the sweep says so
          state = case when d.state = 'overdue' and u.due_at > now() then 'open' else d.state end,
          updated_at = now()
        from unnest(${updates.map((u) => u.id)}::bigint[], ${updates.map((u) => u.due_at.toISOString())}::timestamptz[],
                    ${updates.map((u) => u.warn_at.toISOString())}::timestamptz[], ${updates.map((u) => u.provisional)}::boolean[])
          as u(id, due_at, warn_at, provisional)
        where d.id = u.id`.execute(db);
      changed += updates.length;
    }
  }
}
