import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { invalid, versionConflict } from '../../platform/http/errors.js';
import { getOrgUnit } from './find-org-units.js';
import { toOrgUnit, type OrgUnit, type UpdateOrgUnitBody } from './org.types.js';

/** Rename or (de)activate an org unit. A unit with active children or users stays active. */
export async function updateOrgUnit(ctx: Context, id: number, input: UpdateOrgUnitBody): Promise<OrgUnit> {
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const before = await getOrgUnit(tx, id);
    if (before.version !== input.version) throw versionConflict(before);
    if (input.active === false && before.active) {
      const child = await trx.selectFrom('org_unit').select('id').where('parent_id', '=', id).where('active', '=', true).executeTakeFirst();
      if (child) throw invalid({ path: 'active', reason: 'orgUnitHasActiveChildren' });
      const user = await trx.selectFrom('app_user').select('id').where('org_unit_id', '=', id).where('status', '=', 'active').executeTakeFirst();
      if (user) throw invalid({ path: 'active', reason: 'orgUnitHasUsers' });
    }
    const row = await trx
      .updateTable('org_unit')
      .set({
        name: input.name?.trim() ?? before.name,
        name_en: input.nameEn === undefined ? before.nameEn : input.nameEn?.trim() || null,
        active: input.active ?? before.active,
        version: before.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw versionConflict(await getOrgUnit(tx, id));
    const after = toOrgUnit(row);
    await audit(tx, { action: 'org_unit.update', entityType: 'org_unit', entityId: id, orgUnitId: id, before, after });
    return after;
  });
}
