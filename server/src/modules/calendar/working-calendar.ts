import { daysInYear, firstDayOfYear, fromDayNumber, toDayNumber, weekday, yearOf } from './dates.js';
import { statutoryHolidays, type HolidayName, type YearSchedule } from './statutory-holidays.js';

export type DayInfo = {
  date: string;
  workingDay: boolean;
  /** The holiday's name, or null. */
  holiday: string | null;
  holidayEn: string | null;
  /** An official make-up working day (调休上班) on a weekend. */
  makeupWorkday: boolean;
  /** For a make-up working day: the holiday it makes up for (e.g. 春节). */
  makeupFor: string | null;
  /** A local override of this org unit or one above it decides the day. */
  local: boolean;
  /** The year's official schedule is not loaded: statutory holidays were assumed. */
  provisional: boolean;
};

/** A local rule of one org unit (e.g. a city's own day off), overriding the national calendar. */
export type LocalOverride = { date: string; workingDay: boolean; name: HolidayName | null };

type YearIndex = {
  year: number;
  start: number;
  /** 1 where the day is a working day. */
  working: Uint8Array;
  /** cum[i] = working days among the first i days of the year. */
  cum: Int32Array;
  total: number;
  provisional: boolean;
  schedule: YearSchedule;
  overrides: Map<string, LocalOverride>;
};

// Business dates run 1900-2199 (schema-formats DATE_RANGE); the years past it leave room for
// 5,000 working days (the API's largest step) added to the last of them.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2250;

/**
 * Working-day arithmetic on the official Chinese calendar: weekends and public holidays off,
 * make-up working days on. Per year it keeps a prefix count of working days, so adding or
 * counting N working days costs a few array look-ups per year crossed, never a walk day by day.
 * A year without an official schedule falls back to the statutory holidays and every answer
 * touching it is marked provisional.
 */
export class WorkingCalendar {
  readonly #official: ReadonlyMap<number, YearSchedule>;
  readonly #overrides: ReadonlyMap<string, LocalOverride>;
  readonly #years = new Map<number, YearIndex>();
  #last: YearIndex | undefined;

  constructor(official: ReadonlyMap<number, YearSchedule>, overrides: readonly LocalOverride[] = []) {
    this.#official = official;
    this.#overrides = new Map(overrides.map((o) => [o.date, o]));
  }

  isOfficialYear(year: number): boolean {
    return this.#official.has(year);
  }

  day(date: string): DayInfo {
    const d = toDayNumber(date);
    const y = this.#year(yearOf(d));
    const override = y.overrides.get(date);
    const holiday = override && !override.workingDay ? override.name : y.schedule.holidays.get(date) ?? null;
    const working = y.working[d - y.start] === 1;
    const weekend = weekday(d) === 0 || weekday(d) === 6;
    return {
      date,
      workingDay: working,
      holiday: working ? null : holiday?.zh ?? null,
      holidayEn: working ? null : holiday?.en ?? null,
      makeupWorkday: working && weekend && y.schedule.makeupWorkdays.has(date),
      makeupFor: working && !override ? y.schedule.makeupWorkdays.get(date)?.zh ?? null : null,
      local: override !== undefined,
      provisional: y.provisional,
    };
  }

  /** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
  countWorkingDays(from: string, to: string): { count: number; provisional: boolean } {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    if (b < a) return { count: 0, provisional: false };
    return { count: this.countWorkingDaysBetween(a, b), provisional: this.isProvisionalBetween(a, b) };
  }

  /** The N-th working day after `from` (N < 0: before); `from` itself is not counted. */
  addWorkingDays(from: string, n: number): { date: string; provisional: boolean } {
    if (!Number.isInteger(n)) throw new RangeError('n must be a whole number');
    const start = toDayNumber(from);
    const result = this.addWorkingDaysTo(start, n);
    return { date: fromDayNumber(result), provisional: this.isProvisionalBetween(Math.min(start, result), Math.max(start, result)) };
  }

  /** The first working day on or after `date` (Civil Code Art. 203: a period ending on a day off moves on). */
  nextWorkingDayOnOrAfter(date: string): { date: string; provisional: boolean } {
    const start = toDayNumber(date);
    const result = this.nextWorkingDayFrom(start);
    return { date: fromDayNumber(result), provisional: this.isProvisionalBetween(start, result) };
  }

  // Day-number core (days since 1970-01-01), for hot paths: no strings, no allocation.

  isWorkingDayNumber(day: number): boolean {
    const y = this.#yearOfDay(day);
    return y.working[day - y.start] === 1;
  }

  countWorkingDaysBetween(a: number, b: number): number {
    let count = 0;
    for (let y = this.#yearOfDay(a); ; y = this.#year(y.year + 1)) {
      const lo = Math.max(a, y.start) - y.start;
      const hi = Math.min(b, y.start + y.working.length - 1) - y.start;
      count += y.cum[hi + 1]! - y.cum[lo]!;
      if (b < y.start + y.working.length) return count;
    }
  }

  addWorkingDaysTo(start: number, n: number): number {
    if (n === 0) return start;
    let y = this.#yearOfDay(start);
    const idx = start - y.start;
    let remaining = Math.abs(n);
    if (n > 0) {
      let base = y.cum[idx + 1]!; // working days up to and including `start`
      while (remaining > y.total - base) {
        remaining -= y.total - base;
        y = this.#year(y.year + 1);
        base = 0;
      }
      return y.start + firstIndexReaching(y.cum, base + remaining);
    }
    let before = y.cum[idx]!; // working days strictly before `start`
    while (remaining > before) {
      remaining -= before;
      y = this.#year(y.year - 1);
      before = y.total;
    }
    return y.start + firstIndexReaching(y.cum, before - remaining + 1);
  }

  nextWorkingDayFrom(day: number): number {
    return this.isWorkingDayNumber(day) ? day : this.addWorkingDaysTo(day, 1);
  }

  /** Whether any year between the two days lacks its official schedule. */
  isProvisionalBetween(a: number, b: number): boolean {
    for (let y = this.#yearOfDay(a); ; y = this.#year(y.year + 1)) {
      if (y.provisional) return true;
      if (b < y.start + y.working.length) return false;
    }
  }

  #yearOfDay(day: number): YearIndex {
    // Most lookups hit the year of the previous one.
    const last = this.#last;
    if (last && day >= last.start && day < last.start + last.working.length) return last;
    const year = this.#year(yearOf(day));
    this.#last = year;
    return year;
  }

  #year(year: number): YearIndex {
    if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`The calendar covers ${MIN_YEAR}-${MAX_YEAR}, not ${year}`);
    let index = this.#years.get(year);
    if (!index) this.#years.set(year, (index = this.#build(year)));
    return index;
  }

  #build(year: number): YearIndex {
    const official = this.#official.get(year);
    const schedule = official ?? statutoryHolidays(year);
    const start = firstDayOfYear(year);
    const length = daysInYear(year);
    const working = new Uint8Array(length);
    const cum = new Int32Array(length + 1);
    const overrides = new Map([...this.#overrides].filter(([date]) => date.startsWith(`${year}-`)));
    for (let i = 0; i < length; i++) {
      const date = fromDayNumber(start + i);
      const wd = weekday(start + i);
      let isWorking = wd !== 0 && wd !== 6;
      if (schedule.holidays.has(date)) isWorking = false;
      if (schedule.makeupWorkdays.has(date)) isWorking = true;
      const override = overrides.get(date);
      if (override) isWorking = override.workingDay;
      working[i] = isWorking ? 1 : 0;
      cum[i + 1] = cum[i]! + working[i]!;
    }
    return { year, start, working, cum, total: cum[length]!, provisional: !official, schedule, overrides };
  }
}

/** Smallest i with cum[i + 1] >= target: the day on which the running count reaches target. */
function firstIndexReaching(cum: Int32Array, target: number): number {
  let lo = 0;
  let hi = cum.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid + 1]! >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
