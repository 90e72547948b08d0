import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import { dbOf, type Context, type TxContext } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { notFound } from '../../platform/http/errors.js';
import { runList, type SortColumn } from '../../platform/http/list-query.js';
import { decryptField, mask, type Keyring } from '../../platform/pii/index.js';
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
      'u.id', 'u.username', 'u.display_name', 'u.org_unit_id', 'o.name as org_unit_name', 'o.name_en as org_unit_name_en', 'u.status', 'u.mobile_enc',
      'u.email', 't.locked_until', 'u.must_change_password', 'u.last_login_at', 'u.version',
    ])
    .where(inScope('u.org_unit_id', scope));
}

type UserRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

async function withRoles(db: Db, keyring: Keyring, rows: UserRow[]): Promise<User[]> {
  const ids = rows.map((r) => r.id);
  const grants = ids.length
    ? await db
        .selectFrom('role_assignment as r')
        .innerJoin('org_unit as o', 'o.id', 'r.org_unit_id')
        .select(['r.user_id', 'r.role', 'r.org_unit_id', 'o.name', 'o.name_en'])
        .where(sql<boolean>`r.user_id = any(${ids}::int[])`)
        .orderBy('r.id')
        .execute()
    : [];
  const now = Date.now();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.org_unit_name,
    orgUnitNameEn: r.org_unit_name_en,
    status: r.status,
    mobile: r.mobile_enc ? mask('mobile', decryptField(keyring, r.mobile_enc, { context: MOBILE_CONTEXT })) : null,
    email: r.email,
    roles: grants
      .filter((g) => g.user_id === r.id)
      .map((g) => ({ role: g.role, orgUnitId: g.org_unit_id, orgUnitName: g.name, orgUnitNameEn: g.name_en })),
    lockedUntil: r.locked_until && r.locked_until.getTime() > now ? r.locked_until.toISOString() : null,
    mustChangePassword: r.must_change_password,
    lastLoginAt: r.last_login_at?.toISOString() ?? null,
    version: r.version,
  }));
}

/** One user in scope; inside a transaction, read in it. */
export async function getUser(ctx: Context | TxContext, id: number): Promise<User> {
  const db = dbOf(ctx);
  const row = await baseQuery(db, ctx.scope).where('u.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const [user] = await withRoles(db, ctx.keyring, [row]);
  return user!;
}

// Few enough rows per scope (staff, not clients) that these orderings need no index of their own —
// but the default, newest first, which every visit to the page asks for: app_user_created_order_idx.
const USER_SORT_COLUMNS = {
  username: { expr: sql`u.username`, kind: 'text' },
  displayName: { expr: sql`u.display_name`, kind: 'text' },
  orgUnit: { expr: sql`u.org_unit_id`, kind: 'number' },
  createdAt: { expr: sql`u.created_at`, kind: 'timestamp' },
} as const satisfies Record<(typeof USER_SORTS)[number], SortColumn>;

/** Users in scope, filtered and sorted (newest first unless asked), one page with its total. */
export async function listUsers(ctx: Context, query: ListUsersQuery) {
  let q = baseQuery(ctx.db, ctx.scope);
  if (query.orgUnitId) {
    q = q.where('o.path', 'like', (eb) =>
      eb.selectFrom('org_unit').select(sql<string>`path || '%'`.as('p')).where('id', '=', query.orgUnitId!),
    );
  }
  if (query.status) q = q.where('u.status', '=', query.status);
  if (query.q?.trim()) {
    const like = `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('u.username', 'ilike', like), eb('u.display_name', 'ilike', like)]));
  }
  const page = await runList(ctx.db, q, { sorts: USER_SORT_COLUMNS, defaultSort: '-createdAt', id: 'u.id', idOf: (r) => r.id }, query, (r) => r);
  return { ...page, items: await withRoles(ctx.db, ctx.keyring, page.items) };
}
