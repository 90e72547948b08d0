import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { CATALOG_RULES } from './catalog-rules.data.js';
import { deriveLongTermHealth } from './product-rules.js';
import type { LineOfBusiness, TermType } from './catalog.tables.js';

export type DemoInsurer = { code: string; name: string; nameEn: string; servicePhone: string; address: string };
export type DemoProduct = {
  insurerCode: string; code: string; name: string; nameEn: string; lineOfBusiness: LineOfBusiness; termType: TermType;
  hesitationPeriodDays: number | null; renewable?: boolean; participating?: boolean; investmentLinked?: boolean; universal?: boolean;
};

/**
 * Demo catalogue: well-known insurers (real names and public service hotlines) with
 * illustrative products — product names are generic and marked 示例, not real products.
 * Every product passes the catalogue rules (a unit test checks it).
 */
export function demoCatalog(): { insurers: DemoInsurer[]; products: DemoProduct[] } {
  const insurers: DemoInsurer[] = [
    { code: 'CHINALIFE', name: '中国人寿保险股份有限公司', nameEn: 'China Life Insurance', servicePhone: '95519', address: '北京市西城区金融大街16号' },
    { code: 'PINGAN', name: '中国平安人寿保险股份有限公司', nameEn: 'Ping An Life Insurance', servicePhone: '95511', address: '深圳市福田区益田路5033号' },
    { code: 'CPIC', name: '中国太平洋保险（集团）股份有限公司', nameEn: 'China Pacific Insurance (CPIC)', servicePhone: '95500', address: '上海市黄浦区中山南路1号' },
    { code: 'PICC', name: '中国人民财产保险股份有限公司', nameEn: 'PICC Property and Casualty', servicePhone: '95518', address: '北京市朝阳区建国门外大街2号' },
    { code: 'TAIKANG', name: '泰康人寿保险有限责任公司', nameEn: 'Taikang Life Insurance', servicePhone: '95522', address: '北京市西城区复兴门内大街156号' },
    { code: 'NCI', name: '新华人寿保险股份有限公司', nameEn: 'New China Life Insurance', servicePhone: '95567', address: '北京市朝阳区建国门外大街甲12号' },
  ];
  const products: DemoProduct[] = [
    { insurerCode: 'CHINALIFE', code: 'CL-WL01', name: '终身寿险（示例）', nameEn: 'Whole life (demo)', lineOfBusiness: 'life', termType: 'long_term', hesitationPeriodDays: 15 },
    { insurerCode: 'CHINALIFE', code: 'CL-AN02', name: '分红型年金保险（示例）', nameEn: 'Participating annuity (demo)', lineOfBusiness: 'life', termType: 'long_term', hesitationPeriodDays: 15, participating: true },
    { insurerCode: 'CHINALIFE', code: 'CL-CI03', name: '重大疾病保险（示例）', nameEn: 'Critical illness (demo)', lineOfBusiness: 'health', termType: 'long_term', hesitationPeriodDays: 20 },
    { insurerCode: 'PINGAN', code: 'PA-UL01', name: '万能型终身寿险（示例）', nameEn: 'Universal life (demo)', lineOfBusiness: 'life', termType: 'long_term', hesitationPeriodDays: 15, universal: true },
    { insurerCode: 'PINGAN', code: 'PA-MED02', name: '一年期医疗保险（示例）', nameEn: 'One-year medical (demo)', lineOfBusiness: 'health', termType: 'short_term', hesitationPeriodDays: null, renewable: true },
    { insurerCode: 'PINGAN', code: 'PA-ACC03', name: '综合意外伤害保险（示例）', nameEn: 'Personal accident (demo)', lineOfBusiness: 'accident', termType: 'short_term', hesitationPeriodDays: null, renewable: true },
    { insurerCode: 'CPIC', code: 'CP-TL01', name: '定期寿险（示例）', nameEn: 'Term life (demo)', lineOfBusiness: 'life', termType: 'long_term', hesitationPeriodDays: 15 },
    { insurerCode: 'CPIC', code: 'CP-HOME02', name: '家庭财产保险（示例）', nameEn: 'Home contents (demo)', lineOfBusiness: 'property', termType: 'short_term', hesitationPeriodDays: null, renewable: true },
    { insurerCode: 'PICC', code: 'PI-AUTO01', name: '机动车商业保险（示例）', nameEn: 'Commercial motor (demo)', lineOfBusiness: 'auto', termType: 'short_term', hesitationPeriodDays: null, renewable: true },
    { insurerCode: 'PICC', code: 'PI-EMP02', name: '雇主责任保险（示例）', nameEn: "Employer's liability (demo)", lineOfBusiness: 'liability', termType: 'short_term', hesitationPeriodDays: null, renewable: true },
    { insurerCode: 'TAIKANG', code: 'TK-IL01', name: '投资连结保险（示例）', nameEn: 'Investment-linked life (demo)', lineOfBusiness: 'life', termType: 'long_term', hesitationPeriodDays: 15, investmentLinked: true },
    { insurerCode: 'NCI', code: 'NC-LTC01', name: '长期护理保险（示例）', nameEn: 'Long-term care (demo)', lineOfBusiness: 'health', termType: 'long_term', hesitationPeriodDays: 15 },
  ];
  return { insurers, products };
}

/** Insert the demo catalogue; rows that exist (same code) are left alone, so a re-run adds nothing. */
export async function insertDemoCatalog(trx: Kysely<DB> | Transaction<DB>): Promise<{ insurers: number; products: number }> {
  const { insurers, products } = demoCatalog();
  const added = await trx
    .insertInto('insurer')
    .values(insurers.map((i) => ({ code: i.code, name: i.name, name_en: i.nameEn, service_phone: i.servicePhone, address: i.address })))
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('id')
    .execute();
  const ids = new Map(
    (await trx.selectFrom('insurer').select(['id', 'code']).where('code', 'in', insurers.map((i) => i.code)).execute()).map((r) => [r.code, r.id]),
  );
  const addedProducts = await trx
    .insertInto('product')
    .values(products.map((p) => ({
      insurer_id: ids.get(p.insurerCode)!, code: p.code, name: p.name, name_en: p.nameEn,
      line_of_business: p.lineOfBusiness, term_type: p.termType, long_term_health: deriveLongTermHealth(p.lineOfBusiness, p.termType),
      participating: p.participating ?? false, investment_linked: p.investmentLinked ?? false, universal: p.universal ?? false,
      hesitation_period_days: p.hesitationPeriodDays, grace_period_days: CATALOG_RULES.gracePeriod.defaultDays, renewable: p.renewable ?? false,
    })))
    .onConflict((oc) => oc.columns(['insurer_id', 'code']).doNothing())
    .returning('id')
    .execute();
  return { insurers: added.length, products: addedProducts.length };
}
