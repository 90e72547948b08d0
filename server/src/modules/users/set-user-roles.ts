import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { versionConflict } from '../../platform/http/errors.js';
import { getUser } from './find-users.js';
import { assertHeadOfficeAdminRemains, lockHeadOfficeAdmins } from './head-office-admins.js';
import { checkOrgUnitsInScope, grantsLost, roleRefs, selfDemotionUnconfirmed } from './user-rules.js';
import type { RoleGrant, User } from './users.types.js';

/**
 * Replace a user's role assignments. Grants outside the manager's scope are kept untouched:
 * a city admin cannot remove what head office granted. Refused when it would leave no active
 * head-office admin, and, for one's own roles, when it loses a role or scope unconfirmed. The open
 * work items the user no longer handles go back to their team queues (or to `workItemsTo`), in the
 * same transaction.
 */
export async function setUserRoles(
  ctx: Context,
  id: number,
  { roles, version, confirmSelfDemotion, workItemsTo }: { roles: RoleGrant[]; version: number; confirmSelfDemotion?: boolean; workItemsTo?: number },
): Promise<User> {
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    await lockHeadOfficeAdmins(trx);
    const before = await getUser(tx, id);
    if (before.version !== version) throw versionConflict(before);
    await checkOrgUnitsInScope(trx, tx.scope, roleRefs(roles));
    const manageable = before.roles.filter((r) => tx.scope.includes(r.orgUnitId));
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
    if (claimed.numUpdatedRows === 0n) throw versionConflict(await getUser(tx, id));
    // Checked on the changed rows (a refusal rolls them back): the last admin is not asked to confirm what is refused anyway.
    await assertHeadOfficeAdminRemains(trx);
    if (id === tx.actor?.userId && !confirmSelfDemotion) {
      const kept = before.roles.filter((r) => !tx.scope.includes(r.orgUnitId));
      const lost = await grantsLost(trx, before.roles, [...kept, ...unique.values()]);
      if (lost.length) throw selfDemotionUnconfirmed(lost);
    }
    const to = workItemsTo === undefined ? {} : { to: { userId: workItemsTo, path: 'workItemsTo' } };
    const moved = await tx.workQueue.release(tx, { userId: id, cause: 'roles_changed', ...to });
    const after = await getUser(tx, id);
    await audit(tx, {
      action: 'user.set_roles', entityType: 'user', entityId: id, orgUnitId: after.orgUnitId,
      before: { roles: before.roles }, after: { roles: after.roles, ...(moved && { workItemsMoved: moved }) },
    });
    return after;
  });
}
