import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { invalid, versionConflict } from '../../platform/http/errors.js';
import { auditRequest } from '../../platform/http/request-audit.js';
import { deleteUserSessions } from '../../platform/auth/sessions.js';
import { getUser } from './find-users.js';
import { assertHeadOfficeAdminRemains, lockHeadOfficeAdmins } from './head-office-admins.js';
import { assertManagesAllRoles, auditView, checkOrgUnitsInScope, sealMobile } from './user-rules.js';
import type { UpdateUserBody, User } from './users.types.js';

/** Change a user's details or status; disabling ends their sessions and never leaves head office without an admin. */
export async function updateUser(db: Kysely<DB>, req: FastifyRequest, id: number, input: UpdateUserBody): Promise<User> {
  const mobile = sealMobile(req.server.keyring, input.mobile);
  const disabling = input.status === 'disabled';
  if (disabling && id === req.actor?.userId) throw invalid({ path: 'status', reason: 'cannotDisableSelf' });
  return db.transaction().execute(async (trx) => {
    if (disabling) await lockHeadOfficeAdmins(trx);
    const before = await getUser(trx, req.server.keyring, req.scope, id);
    if (before.version !== input.version) throw versionConflict(before);
    assertManagesAllRoles(before, req.scope);
    if (input.orgUnitId !== undefined) await checkOrgUnitsInScope(trx, req.scope, [{ path: 'orgUnitId', orgUnitId: input.orgUnitId }]);
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
    if (updated.numUpdatedRows === 0n) throw versionConflict(await getUser(trx, req.server.keyring, req.scope, id));
    if (disabling) {
      await assertHeadOfficeAdminRemains(trx);
      await deleteUserSessions(trx, id);
    }
    // The user may have moved out of the manager's scope; read them back unscoped by id only if still visible.
    const after = await getUser(trx, req.server.keyring, req.scope, id);
    await auditRequest(req, trx, {
      action: 'user.update', entityType: 'user', entityId: id, orgUnitId: after.orgUnitId,
      before: auditView(before), after: auditView(after),
    });
    return after;
  });
}
