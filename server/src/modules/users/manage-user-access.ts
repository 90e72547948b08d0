import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { invalid } from '../../platform/http/errors.js';
import { generatePassword, hashPassword, passwordProblems } from '../../platform/auth/passwords.js';
import { deleteUserSessions } from '../../platform/auth/sessions.js';
import { clearLoginFailures } from '../../platform/auth/login-throttle.js';
import { revealField } from '../../platform/pii/reveal.js';
import { getUser, MOBILE_CONTEXT } from './find-users.js';
import { assertManagesAllRoles } from './user-rules.js';

/** An administrator sets a new password (given, or generated and shown once); the user must change it. */
export async function resetUserPassword(
  ctx: Context,
  id: number,
  newPassword: string | undefined,
): Promise<{ temporaryPassword: string | null }> {
  const user = await getUser(ctx, id);
  // Whoever sets the password can log in as the user.
  assertManagesAllRoles(user, ctx.scope);
  const password = newPassword ?? generatePassword();
  if (newPassword) {
    const problems = passwordProblems(newPassword, user.username);
    if (problems.length) throw invalid(...problems);
  }
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: true, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await clearLoginFailures(trx, user.username);
    await deleteUserSessions(trx, id);
    await audit(tx, { action: 'user.reset_password', entityType: 'user', entityId: id, orgUnitId: user.orgUnitId });
  });
  return { temporaryPassword: newPassword ? null : password };
}

/** Lift a temporary lockout before it runs out. */
export async function unlockUser(ctx: Context, id: number): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const user = await getUser(tx, id);
    assertManagesAllRoles(user, tx.scope);
    await clearLoginFailures(tx.trx, user.username);
    await audit(tx, {
      action: 'user.unlock', entityType: 'user', entityId: id, orgUnitId: user.orgUnitId, before: { lockedUntil: user.lockedUntil },
    });
  });
}

/** The clear mobile number of a user, audited (R-CL-6). */
export async function revealUserMobile(ctx: Context, id: number): Promise<{ value: string | null }> {
  return inTransaction(ctx, async (tx) => {
    const user = await getUser(tx, id);
    const row = await tx.trx.selectFrom('app_user').select('mobile_enc').where('id', '=', id).executeTakeFirstOrThrow();
    const value = await revealField(tx, {
      entityType: 'user', entityId: id, orgUnitId: user.orgUnitId, field: 'mobile', kind: 'mobile',
      ciphertext: row.mobile_enc, context: MOBILE_CONTEXT,
    });
    return { value };
  });
}
