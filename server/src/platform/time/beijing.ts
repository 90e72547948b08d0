/**
 * Beijing time (Asia/Shanghai), the zone every business date and every time a clerk reads is in.
 * China has kept no daylight saving since 1991, so the zone is a fixed UTC+8 and plain arithmetic
 * is exact: this file is the one place the offset is written (a unit test fails on another).
 * Business dates are `YYYY-MM-DD` strings; day numbers count days since 1970-01-01.
 */
export const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

const ms = (instant: Date | number) => (typeof instant === 'number' ? instant : instant.getTime());
/** The instant moved by the offset: its UTC fields read as Beijing wall-clock time. */
const shifted = (instant: Date | number) => new Date(ms(instant) + BEIJING_OFFSET_MS);

/** The Beijing day number of an instant (milliseconds since the epoch): hot paths, no Date. */
export const beijingDayNumber = (epochMs: number): number => Math.floor((epochMs + BEIJING_OFFSET_MS) / DAY_MS);

/** The instant (milliseconds) a Beijing day number begins, 00:00 Beijing time. */
export const beijingDayStartMs = (day: number): number => day * DAY_MS - BEIJING_OFFSET_MS;

/** Minutes since Beijing midnight of an instant (milliseconds), 0..1439. */
export const beijingMinuteOfDay = (epochMs: number): number =>
  Math.floor(((((epochMs + BEIJING_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);

/** The business date of an instant: `YYYY-MM-DD` in Beijing time. */
export const beijingDate = (instant: Date | number): string => shifted(instant).toISOString().slice(0, 10);

/** The Beijing year of an instant (a bulk insert asks it for every row). */
export const beijingYear = (instant: Date | number): number => shifted(instant).getUTCFullYear();

/** Date and time to the minute for exports and messages: `2026-12-01 17:30`, Beijing time. */
export const beijingDateTime = (instant: Date | number): string => shifted(instant).toISOString().slice(0, 16).replace('T', ' ');

/** The instant of a Beijing wall-clock time on a business date (Invalid Date if the date is not one). */
export function beijingInstant(date: string, hours = 0, minutes = 0, seconds = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - BEIJING_OFFSET_MS + ((hours * 60 + minutes) * 60 + seconds) * 1000);
}

/** The instant a business date begins: 00:00 Beijing time. */
export const beijingMidnight = (date: string): Date => beijingInstant(date);

/** The instant a business date is over: 24:00 Beijing time, the next day's midnight (exclusive). */
export const beijingDayEnd = (date: string): Date => new Date(beijingMidnight(date).getTime() + DAY_MS);

/** The last millisecond of a business date (23:59:59.999 Beijing time), for inclusive bounds. */
export const beijingLastMoment = (date: string): Date => new Date(beijingDayEnd(date).getTime() - 1);
