import { sql, type Kysely } from 'kysely';
import { bundledSchedules } from '../../../modules/calendar/official-schedules.js';

// Working-day calendar: the national schedule per year (seeded 2004-2026 from the maintained
// `chinese-days` data set) and local overrides per org unit, inherited down the tree.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table calendar_year (
      year integer primary key check (year between 1950 and 2200),
      source text not null,
      notice text,
      version integer not null default 1,
      updated_at timestamptz not null default now()
    );
    create table calendar_day (
      id integer generated always as identity primary key,
      date date not null,
      -- null: the national schedule; otherwise a local override of that org unit and its descendants
      org_unit_id integer references org_unit(id),
      working_day boolean not null,
      name_zh text,
      name_en text,
      created_at timestamptz not null default now()
    );
    create unique index calendar_day_national_idx on calendar_day (date) where org_unit_id is null;
    create unique index calendar_day_local_idx on calendar_day (org_unit_id, date) where org_unit_id is not null;
  `.execute(db);

  for (const schedule of bundledSchedules()) {
    await db.insertInto('calendar_year').values({ year: schedule.year, source: 'chinese-days 1.5.7 (State Council notices)' }).execute();
    const rows = [
      ...[...schedule.holidays].map(([date, n]) => ({ date, working_day: false, name_zh: n.zh, name_en: n.en })),
      ...[...schedule.makeupWorkdays].map(([date, n]) => ({ date, working_day: true, name_zh: n.zh, name_en: n.en })),
    ];
    if (rows.length) await db.insertInto('calendar_day').values(rows).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table calendar_day; drop table calendar_year;`.execute(db);
}
