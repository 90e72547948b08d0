import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { AppError } from '../../platform/http/errors.js';

// Any fixed number (the audit chain uses 7_310_001): serialises the writes that can take an
// administrator away from head office.
const HEAD_OFFICE_ADMINS_LOCK = 7_310_002;

/**
 * Take before reading or changing anything a head-office admin depends on (their role grants,
 * their status). Without it two administrators removing each other at the same moment would
 * each still see the other in their own transaction, and both would succeed.
 */
export async function lockHeadOfficeAdmins(trx: Transaction<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${HEAD_OFFICE_ADMINS_LOCK})`.execute(trx);
}

/** Active users holding `admin` at the root of the org tree (总公司管理员). */
export async function countHeadOfficeAdmins(trx: Transaction<DB>): Promise<number> {
  const { count } = await trx
    .selectFrom('role_assignment as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .innerJoin('org_unit as o', 'o.id', 'r.org_unit_id')
    .select((eb) => eb.fn.count<string>('r.user_id').distinct().as('count'))
    .where('r.role', '=', 'admin')
    .where('o.parent_id', 'is', null)
    .where('u.status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(count);
}

/**
 * After the change, inside its transaction (under lockHeadOfficeAdmins): the system is never
 * left without an active head-office admin, or only the command line could administer it.
 */
export async function assertHeadOfficeAdminRemains(trx: Transaction<DB>): Promise<void> {
  if ((await countHeadOfficeAdmins(trx)) === 0) throw new AppError(409, 'LAST_HEAD_OFFICE_ADMIN');
}
