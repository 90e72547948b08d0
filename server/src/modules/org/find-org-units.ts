import { dbOf, type Context, type TxContext } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { notFound } from '../../platform/http/errors.js';
import { toOrgUnit, type OrgUnit } from './org.types.js';

/** All org units in scope, in tree order (parents before children). */
export async function listOrgUnits(ctx: Context): Promise<OrgUnit[]> {
  const rows = await ctx.db.selectFrom('org_unit').selectAll().where(inScope('org_unit.id', ctx.scope)).orderBy('path').execute();
  return rows.map(toOrgUnit);
}

/** One org unit in scope; out of scope answers 404 like a missing one. Inside a transaction, read in it. */
export async function getOrgUnit(ctx: Context | TxContext, id: number): Promise<OrgUnit> {
  const row = await dbOf(ctx)
    .selectFrom('org_unit')
    .selectAll()
    .where('id', '=', id)
    .where(inScope('org_unit.id', ctx.scope))
    .executeTakeFirst();
  if (!row) throw notFound();
  return toOrgUnit(row);
}

/** The root of the tree (总公司): system-wide records (the national calendar, sweeps) belong to it. */
