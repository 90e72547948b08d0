import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { invalid } from '../../platform/http/errors.js';
import { CHILD_LEVEL, LEVEL_NAMES, toOrgUnit, type CreateOrgUnitBody, type OrgUnit } from './org.types.js';

export async function createOrgUnit(ctx: Context, input: CreateOrgUnitBody): Promise<OrgUnit> {
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const parent = await trx
      .selectFrom('org_unit')
      .selectAll()
      .where('id', '=', input.parentId)
      .where(inScope('org_unit.id', tx.scope))
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
    await audit(tx, {
      action: 'org_unit.create', entityType: 'org_unit', entityId: unit.id, orgUnitId: unit.id, after: unit,
    });
    return unit;
  });
}
