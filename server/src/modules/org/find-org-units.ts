import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import { inScope } from '../../platform/db/scoped.js';
import { notFound } from '../../platform/http/errors.js';
import { toOrgUnit, type OrgUnit } from './org.types.js';

/** All org units in scope, in tree order (parents before children). */
export async function listOrgUnits(db: Kysely<DB>, scope: Scope): Promise<OrgUnit[]> {
  const rows = await db.selectFrom('org_unit').selectAll().where(inScope('org_unit.id', scope)).orderBy('path').execute();
  return rows.map(toOrgUnit);
}

/** One org unit in scope; out of scope answers 404 like a missing one. */
export async function getOrgUnit(db: Kysely<DB> | Transaction<DB>, scope: Scope, id: number): Promise<OrgUnit> {
  const row = await db
    .selectFrom('org_unit')
    .selectAll()
    .where('id', '=', id)
    .where(inScope('org_unit.id', scope))
    .executeTakeFirst();
  if (!row) throw notFound();
  return toOrgUnit(row);
}

/** The root of the tree (总公司): system-wide records (the national calendar, sweeps) belong to it. */
export async function findHeadOfficeId(db: Kysely<DB> | Transaction<DB>): Promise<number> {
  const root = await db.selectFrom('org_unit').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow();
  return root.id;
}
