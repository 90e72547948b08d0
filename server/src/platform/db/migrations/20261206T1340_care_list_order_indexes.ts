import { sql, type Kysely } from 'kysely';

// The care list (R-CL-5: birthdays in the next 7-60 days) matched every client's month and day by
// reading the whole archive in scope (p99 534 ms for four users at 100k policies, embedded), and
// then, with an index on the month and day alone, still read every birthday of the window to sort
// it by date and agent: ≈ 14 000 a week at head office with 724k clients, p99 1 035 ms without
// the app on PostgreSQL (npm run bench -- screens). Now in date order straight from an index,
// stopping at its first 200. Each window day is one range of these indexes, in the list's order
// (agent, then id); the org unit and the birth date ride along so the walk and the total are
// index-only. One index for an office (its unit is an equality), one for any wider scope.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index client_birthday_order_idx on client (((extract(month from birth_date) * 100 + extract(day from birth_date))::int), agent_id nulls first, id)
      include (org_unit_id, birth_date)
      where merged_into_id is null and birth_date is not null
  `.execute(db);
  await sql`
    create index client_birthday_unit_order_idx on client (((extract(month from birth_date) * 100 + extract(day from birth_date))::int), org_unit_id, agent_id nulls first, id)
      include (birth_date)
      where merged_into_id is null and birth_date is not null
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index client_birthday_unit_order_idx`.execute(db);
  await sql`drop index client_birthday_order_idx`.execute(db);
}
