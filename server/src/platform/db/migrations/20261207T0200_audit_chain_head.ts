import { sql, type Kysely } from 'kysely';

// The audit chain's head in one round trip (bench/transition.bench.ts): every write takes the chain's
// lock, then reads the last entry to link to, then inserts — and holds the lock, which serialises every
// write in the system, until it commits. Taking the lock and reading the head were two statements, with
// a trip through a busy server's event loop between them while the lock was held. A VOLATILE function
// runs each of its statements with a fresh snapshot (READ COMMITTED), so the head it reads after the lock
// is granted includes the entry of whoever held the lock before: the same guarantee as two statements.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function audit_chain_head(chain_lock bigint) returns table (seq bigint, hash text)
    language plpgsql volatile as $$
    begin
      perform pg_advisory_xact_lock(chain_lock);
      return query select a.seq, a.hash from audit_log a order by a.seq desc limit 1;
    end $$
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function audit_chain_head(bigint)`.execute(db);
}
