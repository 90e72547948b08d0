import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { generatePassword, hashPassword, passwordProblems } from '../../platform/auth/passwords.js';
import { deleteUserSessions } from '../../platform/auth/sessions.js';
import { clearLoginFailures } from '../../platform/auth/login-throttle.js';
import { isRole } from '../../platform/authz/roles.js';
import type { Keyring } from '../../platform/pii/index.js';

type CliResult = { ok: true; userId: number; password: string } | { ok: false; problems: string[] };

/** `anxin user create`: the operator at the console acts with full authority, and is audited as `cli:<os user>`. */
export async function createUserFromCli(
  db: Kysely<DB>,
  _keyring: Keyring,
  input: { username: string; name: string; org: string; role: string[]; password?: string; actorName: string },
): Promise<CliResult> {
  const problems: string[] = [];
  if (!/^[A-Za-z0-9._-]{3,40}$/.test(input.username)) problems.push('--username: 3-40 letters, digits, dot, dash or underscore');
  if (!input.name.trim()) problems.push('--name: required');
  for (const role of input.role) if (!isRole(role)) problems.push(`--role: unknown role "${role}"`);
  if (input.password) problems.push(...passwordProblems(input.password, input.username, '--password').map(describeProblem));
  const org = await db.selectFrom('org_unit').select(['id']).where('code', '=', input.org.toUpperCase()).executeTakeFirst();
  if (!org) problems.push(`--org: no org unit with code "${input.org}"`);
  const taken = await db
    .selectFrom('app_user')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', input.username.toLowerCase()))
    .executeTakeFirst();
  if (taken) problems.push(`--username: "${input.username}" is already taken`);
  if (problems.length || !org) return { ok: false, problems };

  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const userId = await db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('app_user')
      .values({ username: input.username, display_name: input.name.trim(), org_unit_id: org.id, password_hash: passwordHash, must_change_password: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('role_assignment')
      .values([...new Set(input.role)].map((role) => ({ user_id: id, role, org_unit_id: org.id })))
      .execute();
    await recordAudit(trx, {
      actor: null, requestId: null, action: 'user.create', entityType: 'user', entityId: id, orgUnitId: org.id,
      after: { username: input.username, displayName: input.name.trim(), orgUnitId: org.id, roles: input.role, via: input.actorName },
    });
    return id;
  });
  return { ok: true, userId, password };
}

export async function resetPasswordFromCli(
  db: Kysely<DB>,
  input: { username: string; password?: string; actorName: string },
): Promise<CliResult> {
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'org_unit_id'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', input.username.toLowerCase()))
    .executeTakeFirst();
  if (!user) return { ok: false, problems: [`no user "${input.username}"`] };
  if (input.password) {
    const problems = passwordProblems(input.password, user.username, '--password');
    if (problems.length) return { ok: false, problems: problems.map(describeProblem) };
  }
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: true, updated_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    await clearLoginFailures(trx, user.username);
    await deleteUserSessions(trx, user.id);
    await recordAudit(trx, {
      actor: null, requestId: null, action: 'user.reset_password', entityType: 'user', entityId: user.id,
      orgUnitId: user.org_unit_id, after: { via: input.actorName },
    });
  });
  return { ok: true, userId: user.id, password };
}

function describeProblem(p: { path: string; reason: string; params?: Record<string, unknown> }): string {
  const text: Record<string, string> = {
    passwordTooShort: `at least ${String(p.params?.limit ?? 10)} characters`,
    passwordTooSimple: 'must contain letters and digits',
    passwordContainsUsername: 'must not contain the username',
  };
  return `${p.path}: ${text[p.reason] ?? p.reason}`;
}
