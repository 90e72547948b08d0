import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { fromDayNumber, toDayNumber } from '../calendar/dates.js';
import type { DeadlineUnit } from './deadline-rules.data.js';

export type DueRule = {
  duration: number;
  unit: DeadlineUnit;
  rollToWorkingDay: boolean;
  cutoffTime: string | null;
  warnBefore: number;
  warnUnit: 'working_days' | 'calendar_days' | 'hours' | 'minutes';
};

export type DueResult = {
  dueAt: Date;
  /** The business date the step is due (Beijing time); null for hour/minute rules. */
  dueDate: string | null;
  warnAt: Date;
  provisional: boolean;
};

// Beijing time has no daylight saving: UTC+8 all year.
const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

export const localDate = (instant: Date) => new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
const localTime = (instant: Date) => new Date(instant.getTime() + OFFSET_MS).toISOString().slice(11, 16);
const startOfLocalDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS);
const endOfLocalDay = (date: string) => new Date(startOfLocalDay(date).getTime() + DAY_MS - 1);
const addDays = (date: string, days: number) => fromDayNumber(toDayNumber(date) + days);

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * When a step is due, by its rule, from the event that starts it (SPEC: every deadline on the
 * working-day calendar, showing its basis). `shift` is time added by pauses: working days for
 * working-day rules, calendar days for day-based rules, seconds for hour/minute rules.
 * Arithmetic runs on the calendar's prefix counts, never day by day.
 */
export function computeDue(rule: DueRule, startedAt: Date, calendar: WorkingCalendar, shift = 0): DueResult {
  let provisional = false;
  const track = <T extends { provisional: boolean }>(r: T) => {
    provisional ||= r.provisional;
    return r;
  };

  if (rule.unit === 'hours' || rule.unit === 'minutes') {
    const unitMs = rule.unit === 'hours' ? 3600_000 : 60_000;
    const dueAt = new Date(startedAt.getTime() + rule.duration * unitMs + shift * 1000);
    return { dueAt, dueDate: null, warnAt: warnFor(rule, dueAt, null, calendar, track), provisional };
  }

  const eventDate = localDate(startedAt);
  let dueDate: string;
  switch (rule.unit) {
    case 'working_days': {
      let from = eventDate;
      if (rule.duration >= 0) {
        // An event on a day off, or after the cut-off, counts from the next working day.
        const afterCutoff = rule.cutoffTime !== null && localTime(startedAt) > rule.cutoffTime;
        if (!track(calendar.day(eventDate)).workingDay || afterCutoff) from = track(calendar.addWorkingDays(eventDate, 1)).date;
      }
      dueDate = rule.duration === 0 ? from : track(calendar.addWorkingDays(from, rule.duration)).date;
      if (shift) dueDate = track(calendar.addWorkingDays(dueDate, shift)).date;
      break;
    }
    case 'calendar_days':
      dueDate = addDays(eventDate, rule.duration + shift);
      break;
    case 'months':
      dueDate = addDays(addMonths(eventDate, rule.duration), shift);
      break;
    case 'years':
      dueDate = addDays(addMonths(eventDate, rule.duration * 12), shift);
      break;
    case 'day_of_month': {
      const day = Number(eventDate.slice(8, 10));
      const monthStart = `${eventDate.slice(0, 8)}01`;
      const target = (start: string) => {
        const last = Number(addDays(addMonths(start, 1), -1).slice(8, 10));
        return `${start.slice(0, 8)}${String(Math.min(rule.duration, last)).padStart(2, '0')}`;
      };
      dueDate = day <= Math.min(rule.duration, Number(target(monthStart).slice(8, 10))) ? target(monthStart) : target(addMonths(monthStart, 1));
      dueDate = addDays(dueDate, shift);
      break;
    }
  }
  // Civil Code Art. 203: a period whose last day is a day off ends on the next working day.
  if (rule.rollToWorkingDay && rule.unit !== 'working_days') dueDate = track(calendar.nextWorkingDayOnOrAfter(dueDate)).date;
  const dueAt = endOfLocalDay(dueDate);
  return { dueAt, dueDate, warnAt: warnFor(rule, dueAt, dueDate, calendar, track), provisional };
}

function warnFor(
  rule: DueRule,
  dueAt: Date,
  dueDate: string | null,
  calendar: WorkingCalendar,
  track: <T extends { provisional: boolean }>(r: T) => T,
): Date {
  switch (rule.warnUnit) {
    case 'minutes':
      return new Date(dueAt.getTime() - rule.warnBefore * 60_000);
    case 'hours':
      return new Date(dueAt.getTime() - rule.warnBefore * 3600_000);
    case 'calendar_days':
      return dueDate ? startOfLocalDay(addDays(dueDate, -rule.warnBefore)) : new Date(dueAt.getTime() - rule.warnBefore * DAY_MS);
    case 'working_days': {
      const date = dueDate ?? localDate(dueAt);
      return startOfLocalDay(rule.warnBefore === 0 ? date : track(calendar.addWorkingDays(date, -rule.warnBefore)).date);
    }
  }
}
