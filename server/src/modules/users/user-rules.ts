import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import { inScope } from '../../platform/db/scoped.js';
import { AppError, forbidden, invalid, type FieldProblem } from '../../platform/http/errors.js';
import { ROLES, isRole } from '../../platform/authz/roles.js';
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

/** Encrypted value, blind index and masked form of a mobile number, or a field error a clerk can act on. */
export function sealMobile(keyring: Keyring, raw: string | null | undefined, path = 'mobile') {
  if (raw === undefined) return undefined;
  if (raw === null || raw.trim() === '') return { mobile_enc: null, mobile_bidx: null, mobile_masked: null };
  const mobile = normaliseMobile(raw);
  if (!mobile) throw invalid({ path, reason: 'invalidMobile' });
  return sealedMobile(keyring, mobile);
}

/** The stored columns of a valid mobile number (the masked form is what every list shows). */
export function sealedMobile(keyring: Keyring, mobile: string) {
  return {
    mobile_enc: encryptField(keyring, mobile, { context: MOBILE_CONTEXT }),
    mobile_bidx: blindIndex(keyring, { kind: 'mobile', value: mobile }),
    mobile_masked: mask('mobile', mobile),
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

/**
 * The grants a user would lose by this change of their own roles. A grant is not lost when the
 * new set holds the same role in that unit or one above it: the scope it gave does not shrink.
 */
type Grant = { role: string; orgUnitId: number };

export async function grantsLost(trx: Transaction<DB>, before: User['roles'], after: Grant[]): Promise<User['roles']> {
  const ids = [...new Set([...before, ...after].map((r) => r.orgUnitId))];
  if (!ids.length) return [];
  const rows = await trx.selectFrom('org_unit').select(['id', 'path']).where(sql<boolean>`id = any(${ids}::int[])`).execute();
  const pathOf = new Map(rows.map((r) => [r.id, r.path]));
  const covers = (next: Grant, held: Grant) => {
    const [above, below] = [pathOf.get(next.orgUnitId), pathOf.get(held.orgUnitId)];
    return next.role === held.role && above !== undefined && below !== undefined && below.startsWith(above);
  };
  return before.filter((held) => !after.some((next) => covers(next, held)));
}

/**
 * Nobody lowers their own privileges by accident: a change of one's own roles that loses a role
 * or scope is refused until the request confirms it (the web asks in a dialog first).
 */
export function selfDemotionUnconfirmed(lost: User['roles']): AppError {
  const name = (r: User['roles'][number], locale: 'zh-CN' | 'en') => {
    const role = isRole(r.role) ? ROLES[r.role][locale === 'en' ? 'en' : 'zh'] : r.role;
    return locale === 'en' ? `${role} (${r.orgUnitNameEn ?? r.orgUnitName})` : `${role}（${r.orgUnitName}）`;
  };
  return new AppError(409, 'SELF_DEMOTION_UNCONFIRMED', {
    params: { grants: { 'zh-CN': lost.map((r) => name(r, 'zh-CN')).join('、'), en: lost.map((r) => name(r, 'en')).join(', ') } },
    details: { lost },
  });
}
