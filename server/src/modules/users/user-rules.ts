import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import { inScope } from '../../platform/db/scoped.js';
import { forbidden, invalid, type FieldProblem } from '../../platform/http/errors.js';
import { blindIndex, encryptField, mask, normaliseMobile, type Keyring } from '../../platform/pii/index.js';
import { MOBILE_CONTEXT } from './find-users.js';
import type { RoleGrant, User } from './users.types.js';

/** Every org unit named must exist within the manager's own scope: nobody grants beyond it. */
export async function checkOrgUnitsInScope(
  trx: Transaction<DB>,
  scope: Scope,
  refs: { path: string; orgUnitId: number }[],
): Promise<void> {
  const ids = [...new Set(refs.map((r) => r.orgUnitId))];
  if (!ids.length) return;
  const found = await trx
    .selectFrom('org_unit')
    .select('id')
    .where(sql<boolean>`id = any(${ids}::int[])`)
    .where(inScope('org_unit.id', scope))
    .where('active', '=', true)
    .execute();
  const ok = new Set(found.map((r) => r.id));
  const problems: FieldProblem[] = refs
    .filter((r) => !ok.has(r.orgUnitId))
    .map((r) => ({ path: r.path, reason: 'orgUnitNotFound' }));
  if (problems.length) throw invalid(...problems);
}

export function roleRefs(roles: RoleGrant[]) {
  return roles.map((r, i) => ({ path: `roles.${i}.orgUnitId`, orgUnitId: r.orgUnitId }));
}

/** Encrypted value and blind index of a mobile number, or a field error a clerk can act on. */
export function sealMobile(keyring: Keyring, raw: string | null | undefined, path = 'mobile') {
  if (raw === undefined) return undefined;
  if (raw === null || raw.trim() === '') return { mobile_enc: null, mobile_bidx: null };
  const mobile = normaliseMobile(raw);
  if (!mobile) throw invalid({ path, reason: 'invalidMobile' });
  return {
    mobile_enc: encryptField(keyring, mobile, { context: MOBILE_CONTEXT }),
    mobile_bidx: blindIndex(keyring, { kind: 'mobile', value: mobile }),
  };
}

/** What the audit trail keeps of a user: the masked view (mobile and email), without volatile login fields. */
export function auditView(user: User): Record<string, unknown> {
  const { lastLoginAt: _lastLogin, ...rest } = user;
  return { ...rest, email: mask('email', rest.email) };
}

/**
 * Changing a user's password, status or details is taking charge of them: only a manager
 * whose scope covers every role the user holds may do it, or a province admin could take
 * over (or lock out) a head-office administrator based in the province.
 */
export function assertManagesAllRoles(user: User, scope: Scope): void {
  if (user.roles.some((r) => !scope.includes(r.orgUnitId))) throw forbidden();
}
