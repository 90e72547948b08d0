import { createRequire } from 'node:module';
import type { HolidayName, YearSchedule } from './statutory-holidays.js';

/**
 * The State Council schedules 2004-2026 as carried by the maintained `chinese-days` package
 * (checked against the notices; LAW.md). Only used to seed the calendar tables: at run time
 * the calendar is read from the database, where admins add new years and local overrides.
 */
export function bundledSchedules(): YearSchedule[] {
  const require = createRequire(import.meta.url);
  const data = require('chinese-days/dist/chinese-days.json') as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const years = new Map<number, YearSchedule>();
  const yearOf = (date: string) => {
    const year = Number(date.slice(0, 4));
    let schedule = years.get(year);
    if (!schedule) years.set(year, (schedule = { year, holidays: new Map(), makeupWorkdays: new Map() }));
    return schedule;
  };
  const name = (raw: string): HolidayName => {
    const [en = '', zh = ''] = raw.split(',');
    return { zh, en };
  };
  for (const [date, raw] of Object.entries(data.holidays)) yearOf(date).holidays.set(date, name(raw));
  for (const [date, raw] of Object.entries(data.workdays)) yearOf(date).makeupWorkdays.set(date, name(raw));
  return [...years.values()].sort((a, b) => a.year - b.year);
}
