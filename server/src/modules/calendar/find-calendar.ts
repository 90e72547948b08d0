import type { Context } from '../../platform/context/context.js';
import { calendarOrg } from './calendar-context.js';
import { daysInYear, firstDayOfYear, fromDayNumber, todayInShanghai } from './dates.js';

/** Every day of a year on an org unit's calendar (the given one if in scope, else the caller's), for the month grid. */
export async function readYear(ctx: Context, year: number, org: number | undefined) {
  const calendar = await ctx.calendar.forOrg(calendarOrg(ctx, org));
  const meta = await ctx.db.selectFrom('calendar_year').selectAll().where('year', '=', year).executeTakeFirst();
  const start = firstDayOfYear(year);
  return {
    year,
    official: !!meta,
    source: meta?.source ?? null,
    notice: meta?.notice ?? null,
    version: meta?.version ?? null,
    days: Array.from({ length: daysInYear(year) }, (_, i) => calendar.day(fromDayNumber(start + i))),
  };
}

/** Which years are official, and whether next year still needs entering. */
export async function calendarStatus(ctx: Context) {
  const today = todayInShanghai(ctx.clock.now());
  const thisYear = Number(today.slice(0, 4));
  const years = (await ctx.db.selectFrom('calendar_year').select('year').orderBy('year').execute()).map((r) => r.year);
  const missing = [thisYear, thisYear + 1].filter((y) => !years.includes(y));
  // The State Council usually publishes next year's schedule in November: remind from October.
  const remind = missing.includes(thisYear) || (Number(today.slice(5, 7)) >= 10 && missing.includes(thisYear + 1));
  return { officialYears: years, missingYears: missing, remindAdmins: remind };
}
