import { sql, type Kysely } from 'kysely';

// Login failures are counted per normalised username, whether or not a user has it (issue 9,
// item 2): a lockout that only real accounts reach tells an attacker which names exist. The
// counters move off app_user into one table keyed by the name. A row means nothing after its
// expires_at (a lock's end, or a quiet quarter hour after the last failure) and is pruned, so
// guessing names cannot grow the table beyond the failures of the last lock period.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table login_throttle (
      username_key text primary key,
      failures integer not null default 0,
      locked_until timestamptz,
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index login_throttle_expires_idx on login_throttle (expires_at)`.execute(db);
  // Locks running now and counted failures carry over (the failures for another quarter hour).
  await sql`
    insert into login_throttle (username_key, failures, locked_until, expires_at)
    select lower(username), case when locked_until > now() then 0 else failed_login_count end,
           case when locked_until > now() then locked_until end,
           case when locked_until > now() then locked_until else now() + interval '15 minutes' end
    from app_user
    where locked_until > now() or failed_login_count > 0`.execute(db);
  await sql`alter table app_user drop column failed_login_count, drop column locked_until`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table app_user add column failed_login_count integer not null default 0, add column locked_until timestamptz`.execute(db);
  await sql`
    update app_user u set failed_login_count = t.failures, locked_until = t.locked_until
    from login_throttle t where t.username_key = lower(u.username) and t.expires_at > now()`.execute(db);
  await sql`drop table login_throttle`.execute(db);
}
