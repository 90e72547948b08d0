import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { invalid } from '../../platform/http/errors.js';
import { auditRequest } from '../../platform/http/request-audit.js';
import { generatePassword, hashPassword, passwordProblems } from '../../platform/auth/passwords.js';
import { deleteUserSessions } from '../../platform/auth/sessions.js';
import { clearLoginFailures } from '../../platform/auth/login-throttle.js';
import { revealField } from '../../platform/pii/reveal.js';
import { getUser, MOBILE_CONTEXT } from './find-users.js';
import { assertManagesAllRoles } from './user-rules.js';

/** An administrator sets a new password (given, or generated and shown once); the user must change it. */
export async function resetUserPassword(
  db: Kysely<DB>,
  req: FastifyRequest,
  id: number,
  newPassword: string | undefined,
): Promise<{ temporaryPassword: string | null }> {
  const user = await getUser(db, req.server.keyring, req.scope, id);
  // Whoever sets the password can log in as the user.
  assertManagesAllRoles(user, req.scope);
  const password = newPassword ?? generatePassword();
  if (newPassword) {
    const problems = passwordProblems(newPassword, user.username);
    if (problems.length) throw invalid(...problems);
  }
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: true, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await clearLoginFailures(trx, user.username);
    await deleteUserSessions(trx, id);
    await auditRequest(req, trx, { action: 'user.reset_password', entityType: 'user', entityId: id, orgUnitId: user.orgUnitId });
  });
  return { temporaryPassword: newPassword ? null : password };
}

/** Lift a temporary lockout before it runs out. */
export async function unlockUser(db: Kysely<DB>, req: FastifyRequest, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const user = await getUser(trx, req.server.keyring, req.scope, id);
    assertManagesAllRoles(user, req.scope);
    await clearLoginFailures(trx, user.username);
    await auditRequest(req, trx, {
      action: 'user.unlock', entityType: 'user', entityId: id, orgUnitId: user.orgUnitId, before: { lockedUntil: user.lockedUntil },
    });
  });
}

/** The clear mobile number of a user, audited (R-CL-6). */
export async function revealUserMobile(db: Kysely<DB>, req: FastifyRequest, id: number): Promise<{ value: string | null }> {
  return db.transaction().execute(async (trx) => {
    const user = await getUser(trx, req.server.keyring, req.scope, id);
    const row = await trx.selectFrom('app_user').select('mobile_enc').where('id', '=', id).executeTakeFirstOrThrow();
    const value = await revealField(req, trx, {
      entityType: 'user', entityId: id, orgUnitId: user.orgUnitId, field: 'mobile', kind: 'mobile',
      ciphertext: row.mobile_enc, context: MOBILE_CONTEXT,
    });
    return { value };
  });
}
