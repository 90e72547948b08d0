import { beijingDate } from '../../platform/time/beijing.js';
import { isIsoDate } from '../../platform/time/iso-date.js';

export { isIsoDate };

/**
 * Business dates as `YYYY-MM-DD` strings and as day numbers (days since 1970-01-01), the
 * form the calendar arithmetic works in. No time zones: a business date is a date in
 * Asia/Shanghai and stays one.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function toDayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m || !isIsoDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Year, month (1-12) and day of a day number (day 0 = 1970-01-01), by integer arithmetic (Hinnant's civil-from-days): hot path, no Date. */
export function civil(day: number): { y: number; m: number; d: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** The year of a day number. */
export const yearOf = (day: number): number => civil(day).y;

export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

export function daysInYear(year: number): number {
  return firstDayOfYear(year + 1) - firstDayOfYear(year);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Today's date in Beijing time. */
export function todayInShanghai(now: Date = new Date()): string {
  return beijingDate(now);
}
