import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { WorkingCalendar, type LocalOverride } from './working-calendar.js';
import type { YearSchedule } from './statutory-holidays.js';

declare module '../../platform/context/context.js' {
  interface ContextServices {
    /** The working-day calendar per org unit: the only place due dates are computed from. */
    calendar: CalendarService;
  }
}

const REVISION_KEY = 'calendar_revision';
const RECHECK_MS = 2000;

/**
 * The calendar as stored: national schedules plus each org unit's local overrides, inherited
 * down the tree (the nearest unit's rule wins). Built calendars are cached per org unit and
 * dropped when any process bumps the calendar revision.
 */
export class CalendarService {
  #revision = -1;
  #checkedAt = 0;
  #national: Map<number, YearSchedule> | undefined;
  #byOrg = new Map<number | null, WorkingCalendar>();

  constructor(private readonly db: Kysely<DB>) {}

  /**
   * The calendar of an org unit. Inside a transaction pass it as `via`: PGlite has one
   * connection, and a query on the outer handle would wait for the transaction forever.
   */
  async forOrg(orgUnitId: number | null, via: Kysely<DB> = this.db): Promise<WorkingCalendar> {
    await this.#refreshIfChanged(via);
    const cached = this.#byOrg.get(orgUnitId);
    if (cached) return cached;
    this.#national ??= await loadNational(via);
    const overrides = orgUnitId === null ? [] : await loadOverrides(via, orgUnitId);
    const calendar = new WorkingCalendar(this.#national, overrides);
    this.#byOrg.set(orgUnitId, calendar);
    return calendar;
  }

  /** Call inside the transaction that changed the calendar; other processes notice within seconds. */
  static async bumpRevision(trx: Transaction<DB>): Promise<void> {
    await trx
      .insertInto('app_setting')
      .values({ key: REVISION_KEY, value: JSON.stringify(1) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: sql`to_jsonb((app_setting.value #>> '{}')::int + 1)`, updated_at: sql`now()` }))
      .execute();
  }

  invalidate(): void {
    this.#national = undefined;
    this.#byOrg.clear();
    this.#checkedAt = 0;
  }

  async #refreshIfChanged(via: Kysely<DB>): Promise<void> {
    const now = Date.now();
    if (now - this.#checkedAt < RECHECK_MS) return;
    this.#checkedAt = now;
    const row = await via.selectFrom('app_setting').select('value').where('key', '=', REVISION_KEY).executeTakeFirst();
    const revision = Number(row?.value ?? 0);
    if (revision !== this.#revision) {
      this.#revision = revision;
      this.#national = undefined;
      this.#byOrg.clear();
    }
  }
}

async function loadNational(db: Kysely<DB>): Promise<Map<number, YearSchedule>> {
  const years = await db.selectFrom('calendar_year').select('year').execute();
  const schedules = new Map<number, YearSchedule>(years.map((y) => [y.year, { year: y.year, holidays: new Map(), makeupWorkdays: new Map() }]));
  const days = await db.selectFrom('calendar_day').selectAll().where('org_unit_id', 'is', null).execute();
  for (const day of days) {
    const schedule = schedules.get(Number(day.date.slice(0, 4)));
    if (!schedule) continue; // a stray day of a year not declared official is ignored
    const name = { zh: day.name_zh ?? '', en: day.name_en ?? '' };
    (day.working_day ? schedule.makeupWorkdays : schedule.holidays).set(day.date, name);
  }
  return schedules;
}

async function loadOverrides(db: Kysely<DB>, orgUnitId: number): Promise<LocalOverride[]> {
  const rows = await db
    .selectFrom('calendar_day as d')
    .innerJoin('org_unit as o', 'o.id', 'd.org_unit_id')
    .innerJoin('org_unit as target', (j) => j.on('target.id', '=', orgUnitId))
    .select(['d.date', 'd.working_day', 'd.name_zh', 'd.name_en', 'o.path'])
    .where(sql<boolean>`target.path like o.path || '%'`)
    .orderBy(sql`length(o.path)`)
    .execute();
  // Ancestors first, so a nearer unit's rule for the same date replaces a farther one's.
  const byDate = new Map<string, LocalOverride>();
  for (const r of rows) {
    byDate.set(r.date, { date: r.date, workingDay: r.working_day, name: r.name_zh ? { zh: r.name_zh, en: r.name_en ?? r.name_zh } : null });
  }
  return [...byDate.values()];
}
