import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { invalid, type FieldProblem } from '../../platform/http/errors.js';
import { assertHeadOffice, cleanText } from './catalog-access.js';
import { CATALOG_RULES } from './catalog-rules.data.js';
import { getProduct, withWarnings } from './find-catalog.js';
import { asFieldProblems, checkProduct, deriveLongTermHealth, type ProductFacts } from './product-rules.js';
import type { CreateProductBody, ProductWithWarnings } from './catalog.types.js';

/**
 * Add a product (险种) under an insurer (head office; audited). Rule errors refuse it with
 * every problem at once; rule warnings come back with the saved product.
 */
export async function createProduct(ctx: Context, input: CreateProductBody): Promise<ProductWithWarnings> {
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const headOfficeId = await assertHeadOffice(tx);
    const facts: ProductFacts = {
      lineOfBusiness: input.lineOfBusiness,
      termType: input.termType,
      longTermHealth: input.longTermHealth ?? deriveLongTermHealth(input.lineOfBusiness, input.termType),
      participating: input.participating ?? false,
      investmentLinked: input.investmentLinked ?? false,
      universal: input.universal ?? false,
      hesitationPeriodDays: input.hesitationPeriodDays ?? null,
      gracePeriodDays: input.gracePeriodDays ?? CATALOG_RULES.gracePeriod.defaultDays,
    };
    const code = input.code.toUpperCase();
    const problems: FieldProblem[] = [];
    const insurer = await trx.selectFrom('insurer').select(['id', 'active']).where('id', '=', input.insurerId).executeTakeFirst();
    if (!insurer) problems.push({ path: 'insurerId', reason: 'insurerNotFound' });
    else if (!insurer.active) problems.push({ path: 'insurerId', reason: 'insurerInactive' });
    else if (await trx.selectFrom('product').select('id').where('insurer_id', '=', insurer.id).where('code', '=', code).executeTakeFirst()) {
      problems.push({ path: 'code', reason: 'productCodeTaken' });
    }
    problems.push(...asFieldProblems(checkProduct(facts).errors));
    if (problems.length) throw invalid(...problems);

    const { id } = await trx
      .insertInto('product')
      .values({
        insurer_id: input.insurerId, code, name: input.name.trim(), name_en: cleanText(input.nameEn) ?? null,
        line_of_business: facts.lineOfBusiness, term_type: facts.termType, long_term_health: facts.longTermHealth,
        participating: facts.participating, investment_linked: facts.investmentLinked, universal: facts.universal,
        hesitation_period_days: facts.hesitationPeriodDays, grace_period_days: facts.gracePeriodDays,
        renewable: input.renewable ?? false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const product = await getProduct(tx, id);
    await audit(tx, { action: 'product.create', entityType: 'product', entityId: id, orgUnitId: headOfficeId, after: product });
    return withWarnings(product, tx.locale);
  });
}
