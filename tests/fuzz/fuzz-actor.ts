import { sql, type Kysely } from 'kysely';
import type { DB } from '../../server/src/platform/db/schema.js';

/** Columns that change whenever the user does anything: not a sign that someone changed the user. */
const VOLATILE = ['version', 'updated_at', 'last_login_at', 'failed_login_count'];

type State = { user: Record<string, unknown>; roles: Record<string, unknown>[] };

/**
 * Watches the fuzzing user's own row and role assignments. No generated request names them, so a
 * change means a request reached a record it did not name (" 1" read as 1 and resetting user 1's
 * password, say); the fuzzer reports it, puts the user back as it was and logs in again.
 */
export async function watchFuzzActor(db: Kysely<DB>, userId: number) {
  const read = async (): Promise<State> => {
    const { rows } = await sql<State>`
      select to_jsonb(u) as "user",
             coalesce((select jsonb_agg(to_jsonb(r) order by r.role, r.org_unit_id) from role_assignment r where r.user_id = u.id), '[]') as roles
      from app_user u where u.id = ${userId}`.execute(db);
    return rows[0]!;
  };
  const fingerprint = (s: State) =>
    Object.fromEntries(Object.entries(s.user).filter(([k]) => !VOLATILE.includes(k)).map(([k, v]) => [k, JSON.stringify(v)]));
  const rolesOf = (s: State) => JSON.stringify(s.roles.map((r) => `${String(r.role)}@${String(r.org_unit_id)}`));
  const original = await read();

  return {
    /** The names of what changed (columns, "roles"); empty while the user is as it was. */
    async changes(): Promise<string[]> {
      const now = await read();
      const [a, b] = [fingerprint(original), fingerprint(now)];
      const changed = Object.keys(a).filter((k) => a[k] !== b[k]);
      return rolesOf(original) === rolesOf(now) ? changed : [...changed, 'roles'];
    },
    async restore(): Promise<void> {
      const columns = Object.keys(original.user).filter((k) => k !== 'id');
      await db.transaction().execute(async (trx) => {
        await sql`update app_user set ${sql.raw(columns.map((c) => `"${c}" = r."${c}"`).join(', '))}
          from jsonb_populate_record(null::app_user, ${JSON.stringify(original.user)}::jsonb) r where app_user.id = ${userId}`.execute(trx);
        await sql`delete from role_assignment where user_id = ${userId}`.execute(trx);
        await sql`insert into role_assignment (user_id, role, org_unit_id)
          select user_id, role, org_unit_id from jsonb_populate_recordset(null::role_assignment, ${JSON.stringify(original.roles)}::jsonb)`.execute(trx);
      });
    },
  };
}
