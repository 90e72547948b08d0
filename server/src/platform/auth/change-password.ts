import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { AppError, invalid } from '../http/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Actor } from '../authz/actor.js';
import { hashPassword, passwordProblems, verifyPassword } from './passwords.js';
import { deleteUserSessions } from './sessions.js';

/** A user changes their own password; every other session of theirs ends. */
export async function changePassword(
  db: Kysely<DB>,
  { actor, currentPassword, newPassword, sessionToken, requestId }: {
    actor: Actor;
    currentPassword: string;
    newPassword: string;
    sessionToken: string;
    requestId: string;
  },
): Promise<void> {
  const user = await db
    .selectFrom('app_user')
    .select(['password_hash', 'org_unit_id'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, currentPassword))) {
    throw new AppError(400, 'WRONG_PASSWORD', { fields: [{ path: 'currentPassword', reason: 'wrongPassword' }] });
  }
  const problems = passwordProblems(newPassword, actor.username);
  if (currentPassword === newPassword) problems.push({ path: 'newPassword', reason: 'passwordReused' });
  if (problems.length) throw invalid(...problems);
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: false, password_changed_at: new Date(), updated_at: new Date() })
      .where('id', '=', actor.userId)
      .execute();
    await deleteUserSessions(trx, actor.userId, sessionToken);
    await recordAudit(trx, {
      actor: { userId: actor.userId, username: actor.username },
      requestId,
      action: 'auth.password_change',
      entityType: 'user',
      entityId: actor.userId,
      orgUnitId: user.org_unit_id,
    });
  });
}
