import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { inScope } from '../../platform/db/scoped.js';
import { invalid } from '../../platform/http/errors.js';
import { auditRequest } from '../../platform/http/request-audit.js';
import { CHILD_LEVEL, LEVEL_NAMES, toOrgUnit, type CreateOrgUnitBody, type OrgUnit } from './org.types.js';

export async function createOrgUnit(db: Kysely<DB>, req: FastifyRequest, input: CreateOrgUnitBody): Promise<OrgUnit> {
  return db.transaction().execute(async (trx) => {
    const parent = await trx
      .selectFrom('org_unit')
      .selectAll()
      .where('id', '=', input.parentId)
      .where(inScope('org_unit.id', req.scope))
      .executeTakeFirst();
    if (!parent) throw invalid({ path: 'parentId', reason: 'orgUnitNotFound' });
    const level = CHILD_LEVEL[parent.level];
    if (!level || (input.level && input.level !== level)) {
      const reason = level ? 'orgLevelNotAllowed' : 'orgLevelHasNoChildren';
      throw invalid({ path: 'parentId', reason, params: { parentLevel: LEVEL_NAMES[parent.level], childLevel: level ? LEVEL_NAMES[level] : '' } });
    }
    const code = input.code.toUpperCase();
    const taken = await trx.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirst();
    if (taken) throw invalid({ path: 'code', reason: 'codeTaken' });
    const row = await trx
      .insertInto('org_unit')
      .values({ parent_id: parent.id, code, name: input.name.trim(), name_en: input.nameEn?.trim() || null, level, path: `${parent.path}${code}/` })
      .returningAll()
      .executeTakeFirstOrThrow();
    const unit = toOrgUnit(row);
    await auditRequest(req, trx, {
      action: 'org_unit.create', entityType: 'org_unit', entityId: unit.id, orgUnitId: unit.id, after: unit,
    });
    return unit;
  });
}
