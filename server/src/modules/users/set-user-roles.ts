import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { versionConflict } from '../../platform/http/errors.js';
import { auditRequest } from '../../platform/http/request-audit.js';
import { getUser } from './find-users.js';
import { assertHeadOfficeAdminRemains, lockHeadOfficeAdmins } from './head-office-admins.js';
import { checkOrgUnitsInScope, grantsLost, roleRefs, selfDemotionUnconfirmed } from './user-rules.js';
import type { RoleGrant, User } from './users.types.js';

/**
 * Replace a user's role assignments. Grants outside the manager's scope are kept untouched:
 * a city admin cannot remove what head office granted. Refused when it would leave no active
 * head-office admin, and, for one's own roles, when it loses a role or scope unconfirmed.
 */
export async function setUserRoles(
  db: Kysely<DB>,
  req: FastifyRequest,
  id: number,
  { roles, version, confirmSelfDemotion }: { roles: RoleGrant[]; version: number; confirmSelfDemotion?: boolean },
): Promise<User> {
  return db.transaction().execute(async (trx) => {
    await lockHeadOfficeAdmins(trx);
    const before = await getUser(trx, req.server.keyring, req.scope, id);
    if (before.version !== version) throw versionConflict(before);
    await checkOrgUnitsInScope(trx, req.scope, roleRefs(roles));
    const manageable = before.roles.filter((r) => req.scope.includes(r.orgUnitId));
    const unique = new Map(roles.map((r) => [`${r.role}@${r.orgUnitId}`, r]));
    if (manageable.length) {
      await trx
        .deleteFrom('role_assignment')
        .where('user_id', '=', id)
        .where('org_unit_id', 'in', manageable.map((r) => r.orgUnitId))
        .execute();
    }
    if (unique.size) {
      await trx
        .insertInto('role_assignment')
        .values([...unique.values()].map((r) => ({ user_id: id, role: r.role, org_unit_id: r.orgUnitId })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    // Claim the version first so two concurrent changes cannot both succeed.
    const claimed = await trx
      .updateTable('app_user')
      .set({ version: version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (claimed.numUpdatedRows === 0n) throw versionConflict(await getUser(trx, req.server.keyring, req.scope, id));
    // Checked on the changed rows (a refusal rolls them back): the last admin is not asked to confirm what is refused anyway.
    await assertHeadOfficeAdminRemains(trx);
    if (id === req.actor?.userId && !confirmSelfDemotion) {
      const kept = before.roles.filter((r) => !req.scope.includes(r.orgUnitId));
      const lost = await grantsLost(trx, before.roles, [...kept, ...unique.values()]);
      if (lost.length) throw selfDemotionUnconfirmed(lost);
    }
    const after = await getUser(trx, req.server.keyring, req.scope, id);
    await auditRequest(req, trx, {
      action: 'user.set_roles', entityType: 'user', entityId: id, orgUnitId: after.orgUnitId,
      before: { roles: before.roles }, after: { roles: after.roles },
    });
    return after;
  });
}
