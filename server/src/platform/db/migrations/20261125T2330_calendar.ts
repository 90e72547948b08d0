import { sql, type Kysely } from 'kysely';
import { CALENDAR_SEED_20261125 } from './frozen/20261125T2330_calendar_seed.js';

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

  // The frozen copy, not the live package data: a migration gives the same database whenever it runs.
  for (const schedule of CALENDAR_SEED_20261125) {
    await db.insertInto('calendar_year').values({ year: schedule.year, source: 'chinese-days 1.5.7 (State Council notices)' }).execute();
    const rows = schedule.days.map(([date, working_day, name_zh, name_en]) => ({ date, working_day, name_zh, name_en }));
    if (rows.length) await db.insertInto('calendar_day').values(rows).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table calendar_day; drop table calendar_year;`.execute(db);
}
