import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { CalendarService } from '../calendar/calendar-service.js';
import { recomputeLiveDeadlines } from './change-deadline.js';
import { sweepDeadlines, type SweepReport } from './sweep-deadlines.js';
import { remindMissingCalendarYear } from '../calendar/remind-missing-year.js';
import { startPeriodic, type JobLog } from '../../platform/jobs/periodic.js';

const RECOMPUTED_KEY = 'deadlines_recomputed_revision';


/**
 * One round of the deadline jobs: if the calendar changed since the last round (in any
 * process), recompute running deadlines; then sweep; then remind admins of a missing year. Safe to run in several processes at once.
 */
export async function runDeadlineJobs(db: Kysely<DB>, calendar: CalendarService, now = new Date()): Promise<{ recomputed: number; sweep: SweepReport; calendarReminders: number }> {
  const settings = await db
    .selectFrom('app_setting')
    .select(['key', 'value'])
    .where('key', 'in', ['calendar_revision', RECOMPUTED_KEY])
    .execute();
  const revision = Number(settings.find((s) => s.key === 'calendar_revision')?.value ?? 0);
  const done = Number(settings.find((s) => s.key === RECOMPUTED_KEY)?.value ?? 0);
  let recomputed = 0;
  if (revision !== done) {
    calendar.invalidate();
    recomputed = await recomputeLiveDeadlines(db, calendar);
    await db
      .insertInto('app_setting')
      .values({ key: RECOMPUTED_KEY, value: JSON.stringify(revision) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(revision), updated_at: sql`now()` }))
      .execute();
  }
  const sweep = await sweepDeadlines(db, now);
  const calendarReminders = await remindMissingCalendarYear(db, now);
  return { recomputed, sweep, calendarReminders };
}

/** Every minute, in the server process. Returns a stop function for shutdown. */
export function startDeadlineJobs({ db, calendar, intervalMs = 60_000, log }: { db: Kysely<DB>; calendar: CalendarService; intervalMs?: number; log: JobLog }) {
  return startPeriodic({
    name: 'deadline jobs',
    intervalMs,
    log,
    work: () => runDeadlineJobs(db, calendar),
    report: (r) => Boolean(r.recomputed || r.sweep.dueSoon || r.sweep.overdue || r.sweep.escalated || r.calendarReminders),
  });
}
