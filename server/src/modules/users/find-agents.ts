import { sql } from 'kysely';
import type { Context } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import type { Agent, FindAgentsQuery } from './users.types.js';

/**
 * The agent picker (业务员选择): active users holding the `agent` role in an org unit within the
 * caller's scope, optionally under one unit (and its descendants). A user who is an agent in
 * several units appears once, with the first such unit. `orgUnitId` outside the scope gives an
 * empty list: another branch's staff are not disclosed (SPEC §0).
 */
export async function findAgents(ctx: Context, query: FindAgentsQuery): Promise<{ items: Agent[] }> {
  const { db, scope } = ctx;
  if (query.orgUnitId !== undefined && !scope.includes(query.orgUnitId)) return { items: [] };
  let grants = db
    .selectFrom('role_assignment as r')
    .innerJoin('org_unit as ro', 'ro.id', 'r.org_unit_id')
    .select(['r.user_id', (eb) => eb.fn.min('r.org_unit_id').as('org_unit_id')])
    .where('r.role', '=', 'agent')
    .where(inScope('r.org_unit_id', scope))
    .groupBy('r.user_id');
  if (query.orgUnitId !== undefined) {
    grants = grants.where('ro.path', 'like', (eb) =>
      eb.selectFrom('org_unit').select(sql<string>`path || '%'`.as('p')).where('id', '=', query.orgUnitId!),
    );
  }
  let q = db
    .selectFrom(grants.as('a'))
    .innerJoin('app_user as u', 'u.id', 'a.user_id')
    .innerJoin('org_unit as o', 'o.id', 'a.org_unit_id')
    .select(['u.id', 'u.display_name', 'a.org_unit_id', 'o.name as org_unit_name', 'o.name_en as org_unit_name_en'])
    .where('u.status', '=', 'active');
  const term = query.q?.trim();
  if (term) {
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('u.display_name', 'ilike', like), eb('u.username', 'ilike', like)]));
  }
  const rows = await q.orderBy('u.display_name').orderBy('u.id').limit(query.limit ?? 20).execute();
  return {
    items: rows.map((r) => ({
      id: r.id, displayName: r.display_name, orgUnitId: r.org_unit_id, orgUnitName: r.org_unit_name, orgUnitNameEn: r.org_unit_name_en,
    })),
  };
}
