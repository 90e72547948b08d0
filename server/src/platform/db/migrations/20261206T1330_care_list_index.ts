import { sql, type Kysely } from 'kysely';

// The care list (R-CL-5: birthdays in the next 7-60 days) matched every client's month and day
// by reading the whole archive in scope: p99 534 ms for four users at 100k policies on the
// embedded engine (npm run bench -- screens). An index on the birthday as month·100 + day, the
// expression find-birthdays.ts writes, with the org unit for the scope: a window is a few keys.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index client_birthday_md_idx on client (((extract(month from birth_date) * 100 + extract(day from birth_date))::int), org_unit_id)
      where merged_into_id is null and birth_date is not null;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index client_birthday_md_idx;`.execute(db);
}
