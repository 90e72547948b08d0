import { fromDayNumber as isoDate } from '../calendar/dates.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { DeadlineRuleSeed } from './deadline-rules.data.js';
import { beijingDate, beijingDayNumber as dayOf, beijingDayStartMs as startOfDay, beijingMinuteOfDay as minuteOfDay } from '../../platform/time/beijing.js';

/** What of a deadline rule (deadline-rules.data.ts) decides its due date. */
export type DueRule = Pick<DeadlineRuleSeed, 'duration' | 'unit' | 'rollToWorkingDay' | 'cutoffTime' | 'warnBefore' | 'warnUnit'>;

export type DueResult = {
  dueAt: Date;
  /** The business date the step is due (Beijing time); null for hour/minute rules. */
  dueDate: string | null;
  warnAt: Date;
  provisional: boolean;
};

// Dates below are day numbers (days since 1970-01-01 in Beijing time, platform/time/beijing.ts),
// so a million due dates cost no string work.
const DAY_MS = 86_400_000;

/** The business date of an instant (Beijing time). */
export const localDate = (instant: Date): string => beijingDate(instant);

const cutoffCache = new Map<string, number>();
function cutoffMinutes(cutoff: string): number {
  let minutes = cutoffCache.get(cutoff);
  if (minutes === undefined) cutoffCache.set(cutoff, (minutes = Number(cutoff.slice(0, 2)) * 60 + Number(cutoff.slice(3, 5))));
  return minutes;
}

function addMonths(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(d.getUTCDate(), last)) / DAY_MS;
}

function dayOfMonthTarget(eventDay: number, dayOfMonth: number): number {
  const d = new Date(eventDay * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const target = (year: number, month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return Date.UTC(year, month, Math.min(dayOfMonth, last)) / DAY_MS;
  };
  const thisMonth = target(y, m);
  return eventDay <= thisMonth ? thisMonth : target(y, m + 1);
}

/**
 * When a step is due, by its rule, from the event that starts it (SPEC: every deadline on the
 * working-day calendar, showing its basis). `shift` is time added by pauses: working days for
 * working-day rules, calendar days for day-based rules, seconds for hour/minute rules.
 * Arithmetic runs on the calendar's prefix counts, never day by day.
 */
export function computeDue(rule: DueRule, startedAt: Date, calendar: WorkingCalendar, shift = 0): DueResult {
  const due = computeDueMs(rule, startedAt.getTime(), calendar, shift);
  return {
    dueAt: new Date(due.dueMs),
    dueDate: due.dueDay === null ? null : isoDate(due.dueDay),
    warnAt: new Date(due.warnMs),
    provisional: due.provisional,
  };
}

export type DueNumbers = { dueMs: number; warnMs: number; dueDay: number | null; provisional: boolean };

/** The same in epoch milliseconds and day numbers: for bulk work (imports, recomputation). */
export function computeDueMs(rule: DueRule, startMs: number, calendar: WorkingCalendar, shift = 0): DueNumbers {
  if (rule.unit === 'hours' || rule.unit === 'minutes') {
    const dueMs = startMs + rule.duration * (rule.unit === 'hours' ? 3600_000 : 60_000) + shift * 1000;
    const warnMs = warnFor(rule, dueMs, null, calendar);
    const provisional = rule.warnUnit === 'working_days' && calendar.isProvisionalBetween(dayOf(warnMs), dayOf(dueMs));
    return { dueMs, warnMs, dueDay: null, provisional };
  }

  const eventDay = dayOf(startMs);
  let dueDay: number;
  switch (rule.unit) {
    case 'working_days': {
      let from = eventDay;
      if (rule.duration >= 0) {
        // An event on a day off, or after the cut-off, counts from the next working day.
        const afterCutoff = rule.cutoffTime !== null && minuteOfDay(startMs) > cutoffMinutes(rule.cutoffTime);
        if (afterCutoff || !calendar.isWorkingDayNumber(eventDay)) from = calendar.addWorkingDaysTo(eventDay, 1);
      }
      dueDay = calendar.addWorkingDaysTo(from, rule.duration);
      if (shift) dueDay = calendar.addWorkingDaysTo(dueDay, shift);
      break;
    }
    case 'calendar_days':
      dueDay = eventDay + rule.duration + shift;
      break;
    case 'months':
      dueDay = addMonths(eventDay, rule.duration) + shift;
      break;
    case 'years':
      dueDay = addMonths(eventDay, rule.duration * 12) + shift;
      break;
    case 'day_of_month':
      dueDay = dayOfMonthTarget(eventDay, rule.duration) + shift;
      break;
  }
  // Civil Code Art. 203: a period whose last day is a day off ends on the next working day.
  if (rule.rollToWorkingDay && rule.unit !== 'working_days') dueDay = calendar.nextWorkingDayFrom(dueDay);
  const dueMs = startOfDay(dueDay + 1) - 1;
  const warnMs = warnFor(rule, dueMs, dueDay, calendar);
  const first = Math.min(eventDay, dueDay, dayOf(warnMs));
  const last = Math.max(eventDay, dueDay);
  return { dueMs, warnMs, dueDay, provisional: calendar.isProvisionalBetween(first, last) };
}

function warnFor(rule: DueRule, dueMs: number, dueDay: number | null, calendar: WorkingCalendar): number {
  switch (rule.warnUnit) {
    case 'minutes':
      return dueMs - rule.warnBefore * 60_000;
    case 'hours':
      return dueMs - rule.warnBefore * 3600_000;
    case 'calendar_days':
      return dueDay === null ? dueMs - rule.warnBefore * DAY_MS : startOfDay(dueDay - rule.warnBefore);
    case 'working_days': {
      const day = dueDay ?? dayOf(dueMs);
      return startOfDay(rule.warnBefore === 0 ? day : calendar.addWorkingDaysTo(day, -rule.warnBefore));
    }
  }
}
