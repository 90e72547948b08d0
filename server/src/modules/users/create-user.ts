import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { invalid } from '../../platform/http/errors.js';
import { generatePassword, hashPassword, passwordProblems } from '../../platform/auth/passwords.js';
import { getUser } from './find-users.js';
import { auditView, checkOrgUnitsInScope, roleRefs, sealMobile } from './user-rules.js';
import type { CreateUserBody, User } from './users.types.js';

/**
 * Create a user with roles. Without a password a temporary one is generated and returned
 * once; either way the user must change it at first login.
 */
export async function createUser(
  ctx: Context,
  input: CreateUserBody,
): Promise<{ user: User; temporaryPassword: string | null }> {
  const temporaryPassword = input.password ? null : generatePassword();
  const password = input.password ?? temporaryPassword!;
  const problems = input.password ? passwordProblems(password, input.username, 'password') : [];
  if (problems.length) throw invalid(...problems);
  const mobile = sealMobile(ctx.keyring, input.mobile);
  const passwordHash = await hashPassword(password);

  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    await checkOrgUnitsInScope(trx, tx.scope, [{ path: 'orgUnitId', orgUnitId: input.orgUnitId }, ...roleRefs(input.roles)]);
    const taken = await trx
      .selectFrom('app_user')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['username']), '=', input.username.toLowerCase()))
      .executeTakeFirst();
    if (taken) throw invalid({ path: 'username', reason: 'usernameTaken' });
    const { id } = await trx
      .insertInto('app_user')
      .values({
        username: input.username,
        display_name: input.displayName.trim(),
        org_unit_id: input.orgUnitId,
        password_hash: passwordHash,
        must_change_password: true,
        email: input.email?.trim() || null,
        ...mobile,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.roles.length) {
      const unique = new Map(input.roles.map((r) => [`${r.role}@${r.orgUnitId}`, r]));
      await trx
        .insertInto('role_assignment')
        .values([...unique.values()].map((r) => ({ user_id: id, role: r.role, org_unit_id: r.orgUnitId })))
        .execute();
    }
    const user = await getUser(tx, id);
    await audit(tx, {
      action: 'user.create', entityType: 'user', entityId: id, orgUnitId: user.orgUnitId, after: auditView(user),
    });
    return { user, temporaryPassword };
  });
}
