import { sql, type Kysely } from 'kysely';

// One row per personal-data key id the stored data depends on (R-SE-3): a one-way fingerprint of
// the key, never the key. A server whose keys do not match refuses to start, so one database can
// never end up holding data sealed under two different keys that share an id (issue 9, item 1).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table key_fingerprint (
      kind text not null check (kind in ('encryption', 'blindIndex')),
      key_id text not null,
      fingerprint text not null,
      recorded_at timestamptz not null default now(),
      primary key (kind, key_id)
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table key_fingerprint`.execute(db);
}
