import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { invalid } from '../../platform/http/errors.js';
import { assertHeadOffice, cleanText, isServicePhone } from './catalog-access.js';
import { toInsurer, type CreateInsurerBody, type Insurer } from './catalog.types.js';

/** Add an insurer (保险公司) to the catalogue (head office; audited). */
export async function createInsurer(ctx: Context, input: CreateInsurerBody): Promise<Insurer> {
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const headOfficeId = await assertHeadOffice(tx);
    const code = input.code.toUpperCase();
    const servicePhone = cleanText(input.servicePhone) ?? null;
    const problems = [];
    if (await trx.selectFrom('insurer').select('id').where('code', '=', code).executeTakeFirst()) {
      problems.push({ path: 'code', reason: 'insurerCodeTaken' as const });
    }
    if (servicePhone && !isServicePhone(servicePhone)) problems.push({ path: 'servicePhone', reason: 'invalidServicePhone' as const });
    if (problems.length) throw invalid(...problems);
    const row = await trx
      .insertInto('insurer')
      .values({
        code, name: input.name.trim(), name_en: cleanText(input.nameEn) ?? null, contact_person: cleanText(input.contactPerson) ?? null,
        service_phone: servicePhone, address: cleanText(input.address) ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const insurer = toInsurer(row);
    await audit(tx, { action: 'insurer.create', entityType: 'insurer', entityId: insurer.id, orgUnitId: headOfficeId, after: insurer });
    return insurer;
  });
}
