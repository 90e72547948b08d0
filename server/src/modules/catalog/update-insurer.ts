import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { invalid, versionConflict } from '../../platform/http/errors.js';
import { assertHeadOffice, cleanText, isServicePhone } from './catalog-access.js';
import { getInsurer } from './find-catalog.js';
import { toInsurer, type Insurer, type UpdateInsurerBody } from './catalog.types.js';

/**
 * Change an insurer's details or (de)activate it (send the version you read). An inactive
 * insurer keeps its products for the policies that name them; no new product can be added.
 */
export async function updateInsurer(ctx: Context, id: number, input: UpdateInsurerBody): Promise<Insurer> {
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const headOfficeId = await assertHeadOffice(tx);
    const before = await getInsurer(tx, id);
    if (before.version !== input.version) throw versionConflict(before);
    const servicePhone = cleanText(input.servicePhone);
    if (servicePhone && !isServicePhone(servicePhone)) throw invalid({ path: 'servicePhone', reason: 'invalidServicePhone' });
    const row = await trx
      .updateTable('insurer')
      .set({
        ...(input.name !== undefined && { name: input.name.trim() }),
        ...(input.nameEn !== undefined && { name_en: cleanText(input.nameEn) }),
        ...(input.contactPerson !== undefined && { contact_person: cleanText(input.contactPerson) }),
        ...(servicePhone !== undefined && { service_phone: servicePhone }),
        ...(input.address !== undefined && { address: cleanText(input.address) }),
        ...(input.active !== undefined && { active: input.active }),
        version: before.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw versionConflict(await getInsurer(tx, id));
    const after = toInsurer(row);
    await audit(tx, { action: 'insurer.update', entityType: 'insurer', entityId: id, orgUnitId: headOfficeId, before, after });
    return after;
  });
}
