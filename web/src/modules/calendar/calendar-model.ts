import type { CalendarDay, CalendarOverride } from './calendar.api';

/** How a day shows on the grid. Local overrides first: they are what the org unit actually works by. */
export type DayKind = 'holiday' | 'makeup' | 'weekend' | 'workday' | 'localOff' | 'localWork';

export function dayKind(day: CalendarDay, local: CalendarOverride | undefined): DayKind {
  if (local) return local.workingDay ? 'localWork' : 'localOff';
  if (day.makeupWorkday) return 'makeup';
  if (!day.workingDay) return day.holiday ? 'holiday' : 'weekend';
  return 'workday';
}

/**
 * The local overrides that apply to an org unit: its own and its ancestors' (`chain`, nearest
 * first), the nearest unit's rule winning on a date — as the server's calendar does.
 */
export function applyingOverrides(overrides: CalendarOverride[], chain: number[]): Map<string, CalendarOverride> {
  const rank = new Map(chain.map((id, i) => [id, i]));
  const byDate = new Map<string, CalendarOverride>();
  for (const o of overrides) {
    const r = rank.get(o.orgUnitId);
    if (r === undefined) continue;
    const held = byDate.get(o.date);
    if (!held || r < rank.get(held.orgUnitId)!) byDate.set(o.date, o);
  }
  return byDate;
}

/** The unit and its ancestors as far as they are known (a unit above the caller's scope is not). */
export function ancestorChain(orgId: number, parentOf: (id: number) => number | null | undefined): number[] {
  const chain = [orgId];
  for (let parent = parentOf(orgId); parent != null && !chain.includes(parent); parent = parentOf(parent)) chain.push(parent);
  return chain;
}

export function yearSummary(days: CalendarDay[]) {
  let working = 0, holidays = 0, makeup = 0;
  for (const d of days) {
    if (d.workingDay) working++;
    else if (d.holiday) holidays++;
    if (d.makeupWorkday) makeup++;
  }
  return { working, off: days.length - working, holidays, makeup };
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * The year's national schedule as the lines an admin pastes (ranges of days off with their
 * names, make-up working days), to correct rather than retype it. Days with a local override
 * are left out: they are not national. The year API does not name make-up days, so each takes
 * the name of the nearest holiday (the admin checks it in the preview).
 */
export function scheduleText(days: CalendarDay[], local: ReadonlySet<string>): string {
  const national = days.filter((d) => !local.has(d.date));
  const holidays = national.filter((d) => !d.workingDay && d.holiday);
  const lines: { date: string; text: string }[] = [];
  const name = (zh: string, en: string | null) => (en ? `${zh}/${en}` : zh);
  for (let i = 0; i < holidays.length; ) {
    const first = holidays[i]!;
    let j = i;
    while (
      j + 1 < holidays.length &&
      holidays[j + 1]!.holiday === first.holiday &&
      dayNumber(holidays[j + 1]!.date) === dayNumber(holidays[j]!.date) + 1
    ) j++;
    const last = holidays[j]!;
    const range = first.date === last.date ? first.date : `${first.date}~${last.date}`;
    lines.push({ date: first.date, text: `${range} 放假 ${name(first.holiday!, first.holidayEn)}` });
    i = j + 1;
  }
  for (const d of national.filter((x) => x.makeupWorkday)) {
    const nearest = holidays.reduce<CalendarDay | undefined>(
      (best, h) => (!best || Math.abs(dayNumber(h.date) - dayNumber(d.date)) < Math.abs(dayNumber(best.date) - dayNumber(d.date)) ? h : best),
      undefined,
    );
    lines.push({ date: d.date, text: `${d.date} 上班 ${nearest ? name(nearest.holiday!, nearest.holidayEn) : '调休'}` });
  }
  return lines.sort((a, b) => a.date.localeCompare(b.date)).map((l) => l.text).join('\n');
}
