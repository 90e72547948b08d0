import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { invalid, versionConflict } from '../../platform/http/errors.js';
import { assertHeadOffice, cleanText } from './catalog-access.js';
import { getProduct, withWarnings } from './find-catalog.js';
import { asFieldProblems, checkProduct, deriveLongTermHealth, type ProductFacts } from './product-rules.js';
import type { ProductWithWarnings, UpdateProductBody } from './catalog.types.js';

/**
 * Change a product (send the version you read). The rules judge the product as it would be
 * after the change. Insurer and code stay: policies name the product by them. Changed figures
 * apply to policies registered from now on.
 */
export async function updateProduct(ctx: Context, id: number, input: UpdateProductBody): Promise<ProductWithWarnings> {
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const headOfficeId = await assertHeadOffice(tx);
    const before = await getProduct(tx, id);
    if (before.version !== input.version) throw versionConflict(before);
    const lineOfBusiness = input.lineOfBusiness ?? before.lineOfBusiness;
    const termType = input.termType ?? before.termType;
    const facts: ProductFacts = {
      lineOfBusiness,
      termType,
      longTermHealth: input.longTermHealth ?? deriveLongTermHealth(lineOfBusiness, termType, before.longTermHealth),
      participating: input.participating ?? before.participating,
      investmentLinked: input.investmentLinked ?? before.investmentLinked,
      universal: input.universal ?? before.universal,
      hesitationPeriodDays: input.hesitationPeriodDays === undefined ? before.hesitationPeriodDays : input.hesitationPeriodDays,
      gracePeriodDays: input.gracePeriodDays ?? before.gracePeriodDays,
    };
    const { errors } = checkProduct(facts);
    if (errors.length) throw invalid(...asFieldProblems(errors));

    const updated = await trx
      .updateTable('product')
      .set({
        ...(input.name !== undefined && { name: input.name.trim() }),
        ...(input.nameEn !== undefined && { name_en: cleanText(input.nameEn) }),
        line_of_business: facts.lineOfBusiness, term_type: facts.termType, long_term_health: facts.longTermHealth,
        participating: facts.participating, investment_linked: facts.investmentLinked, universal: facts.universal,
        hesitation_period_days: facts.hesitationPeriodDays, grace_period_days: facts.gracePeriodDays,
        ...(input.renewable !== undefined && { renewable: input.renewable }),
        ...(input.active !== undefined && { active: input.active }),
        version: before.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw versionConflict(await getProduct(tx, id));
    const after = await getProduct(tx, id);
    await audit(tx, { action: 'product.update', entityType: 'product', entityId: id, orgUnitId: headOfficeId, before, after });
    return withWarnings(after, tx.locale);
  });
}
