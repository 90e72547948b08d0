import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import { dbOf, type Context, type TxContext } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { notFound } from '../../platform/http/errors.js';
import { inOrgSubtree, runList, type SortColumn } from '../../platform/http/list-query.js';
import type { ListUsersQuery, User, USER_SORTS } from './users.types.js';

export const MOBILE_CONTEXT = 'app_user.mobile';

type Db = Kysely<DB> | Transaction<DB>;

function baseQuery(db: Db, scope: Scope) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('org_unit as o', 'o.id', 'u.org_unit_id')
    // Login failures are kept per username (platform/auth/login-throttle.ts).
    .leftJoin('login_throttle as t', (join) => join.on(sql<boolean>`t.username_key = lower(u.username)`))
    .select([
      'u.id', 'u.username', 'u.display_name', 'u.org_unit_id', 'o.name as org_unit_name', 'o.name_en as org_unit_name_en', 'u.status', 'u.mobile_masked',
      'u.email', 't.locked_until', 'u.must_change_password', 'u.last_login_at', 'u.version',
      // The roles in the same statement: one round trip a page, not two.
      sql<UserRole[]>`(select coalesce(json_agg(json_build_object('role', r.role, 'orgUnitId', r.org_unit_id, 'orgUnitName', ro.name, 'orgUnitNameEn', ro.name_en) order by r.id), '[]'::json)
        from role_assignment r join org_unit ro on ro.id = r.org_unit_id where r.user_id = u.id)`.as('roles'),
    ])
    .where(inScope('u.org_unit_id', scope));
}

type UserRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;
type UserRole = User['roles'][number];

function toUser(r: UserRow, now = Date.now()): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.org_unit_name,
    orgUnitNameEn: r.org_unit_name_en,
    status: r.status,
    mobile: r.mobile_masked, // stored with the ciphertext: a list decrypts nothing (R-CL-6 masks; reveal opens it)
    email: r.email,
    roles: typeof r.roles === 'string' ? (JSON.parse(r.roles) as UserRole[]) : r.roles, // json arrives parsed on pg, as text on some drivers
    lockedUntil: r.locked_until && r.locked_until.getTime() > now ? r.locked_until.toISOString() : null,
    mustChangePassword: r.must_change_password,
    lastLoginAt: r.last_login_at?.toISOString() ?? null,
    version: r.version,
  };
}

/** One user in scope; inside a transaction, read in it. */
export async function getUser(ctx: Context | TxContext, id: number): Promise<User> {
  const db = dbOf(ctx);
  const row = await baseQuery(db, ctx.scope).where('u.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toUser(row);
}

// Few enough rows per scope (staff, not clients) that these orderings need no index of their own —
// but the default, newest first, which every visit to the page asks for: app_user_created_order_idx
// for head office, and per unit app_user_unit_created_order_idx (runList's perUnit).
const USER_SORT_COLUMNS = {
  username: { expr: sql`u.username`, kind: 'text' },
  displayName: { expr: sql`u.display_name`, kind: 'text' },
  orgUnit: { expr: sql`u.org_unit_id`, kind: 'number' },
  createdAt: { expr: sql`u.created_at`, kind: 'timestamp' },
} as const satisfies Record<(typeof USER_SORTS)[number], SortColumn>;

/** Users in scope, filtered and sorted (newest first unless asked), one page with its total. */
export async function listUsers(ctx: Context, query: ListUsersQuery) {
  // The filters read app_user alone, so the total is counted without the page's joins: for a city's
  // thousands of users an index-only walk of app_user_org_idx, not a join per user.
  const filtered = <Q extends SelectQueryBuilder<DB & { u: DB['app_user'] }, 'u', object>>(qb: Q): Q => {
    let q = qb;
    if (query.orgUnitId) q = q.where(inOrgSubtree('u.org_unit_id', query.orgUnitId)) as Q;
    if (query.status) q = q.where('u.status', '=', query.status) as Q;
    if (query.q?.trim()) {
      const like = `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) => eb.or([eb('u.username', 'ilike', like), eb('u.display_name', 'ilike', like)])) as Q;
    }
    return q;
  };
  const countQuery = filtered(ctx.db.selectFrom('app_user as u').select('u.id').where(inScope('u.org_unit_id', ctx.scope)));
  return runList(
    ctx.db,
    filtered(baseQuery(ctx.db, ctx.scope)),
    {
      sorts: USER_SORT_COLUMNS, defaultSort: '-createdAt', id: 'u.id', idOf: (r) => r.id, countQuery,
      perUnit: { column: 'u.org_unit_id', units: ctx.scope.everything ? null : [...ctx.scope.orgUnitIds], sorts: ['createdAt'] },
    },
    query,
    (r) => toUser(r),
  );
}
