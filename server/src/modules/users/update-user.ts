import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { invalid, versionConflict } from '../../platform/http/errors.js';
import { deleteUserSessions } from '../../platform/auth/sessions.js';
import { getUser } from './find-users.js';
import { assertHeadOfficeAdminRemains, lockHeadOfficeAdmins } from './head-office-admins.js';
import { assertManagesAllRoles, auditView, checkOrgUnitsInScope, sealMobile } from './user-rules.js';
import type { UpdateUserBody, User } from './users.types.js';

/**
 * Change a user's details or status; disabling ends their sessions, never leaves head office without an
 * admin, and hands the user's open work items back to their team queues (or to `workItemsTo`) in the
 * same transaction: no open record is left with a disabled owner.
 */
export async function updateUser(ctx: Context, id: number, input: UpdateUserBody): Promise<User> {
  const mobile = sealMobile(ctx.keyring, input.mobile);
  const disabling = input.status === 'disabled';
  if (disabling && id === ctx.actor?.userId) throw invalid({ path: 'status', reason: 'cannotDisableSelf' });
  if (input.workItemsTo !== undefined && !disabling) throw invalid({ path: 'workItemsTo', reason: 'workItemsToOnlyOnDisabling' });
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    if (disabling) await lockHeadOfficeAdmins(trx);
    const before = await getUser(tx, id);
    if (before.version !== input.version) throw versionConflict(before);
    assertManagesAllRoles(before, tx.scope);
    if (input.orgUnitId !== undefined) await checkOrgUnitsInScope(trx, tx.scope, [{ path: 'orgUnitId', orgUnitId: input.orgUnitId }]);
    const updated = await trx
      .updateTable('app_user')
      .set({
        ...(input.displayName !== undefined && { display_name: input.displayName.trim() }),
        ...(input.orgUnitId !== undefined && { org_unit_id: input.orgUnitId }),
        ...(input.email !== undefined && { email: input.email?.trim() || null }),
        ...(input.status !== undefined && { status: input.status }),
        ...mobile,
        version: before.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw versionConflict(await getUser(tx, id));
    let movedItems: number | undefined;
    if (disabling) {
      await assertHeadOfficeAdminRemains(trx);
      await deleteUserSessions(trx, id);
      const to = input.workItemsTo === undefined ? {} : { to: { userId: input.workItemsTo, path: 'workItemsTo' } };
      movedItems = await tx.workQueue.release(tx, { userId: id, cause: 'disabled', ...to });
    }
    // The user may have moved out of the manager's scope; read them back unscoped by id only if still visible.
    const after = await getUser(tx, id);
    await audit(tx, {
      action: 'user.update', entityType: 'user', entityId: id, orgUnitId: after.orgUnitId,
      before: auditView(before), after: { ...auditView(after), ...(movedItems && { workItemsMoved: movedItems }) },
    });
    return after;
  });
}
