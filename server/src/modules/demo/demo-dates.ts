// Day-number arithmetic for generating a million policies: integer only (Hinnant's civil
// algorithms), no Date objects on the hot path. Day 0 is 1970-01-01.
import { civil } from '../calendar/dates.js';

export function dayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** 'YYYY-MM-DD' of a day number. */
export function isoDay(day: number): string {
  const { y, m, d } = civil(day);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The same date `years` later (29 February → 28 February). */
export function addYears(day: number, years: number): number {
  const { y, m, d } = civil(day);
  return dayOf(y + years, m, m === 2 && d === 29 ? 28 : d);
}

/** Full years from `birth` to `day`. */
export function ageAt(birth: number, day: number): number {
  const b = civil(birth);
  const t = civil(day);
  return t.y - b.y - (t.m < b.m || (t.m === b.m && t.d < b.d) ? 1 : 0);
}
