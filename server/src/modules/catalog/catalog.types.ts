import { Type, type Static } from '@sinclair/typebox';
import { CATALOG_RULES, HESITATION_MAX_DAYS } from './catalog-rules.data.js';
import { LINES_OF_BUSINESS, TERM_TYPES, type InsurerTable, type ProductTable } from './catalog.tables.js';
import type { Selectable } from 'kysely';
import { Id, Version } from '../../platform/http/schemas.js';

const grace = CATALOG_RULES.gracePeriod;
const Code = (maxLength: number) => Type.String({ minLength: 2, maxLength, pattern: '^[A-Za-z0-9._-]+$' });
const OptionalText = (maxLength: number) => Type.Optional(Type.Union([Type.String({ maxLength }), Type.Null()]));
const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const LineOfBusinessSchema = Type.Union(LINES_OF_BUSINESS.map((l) => Type.Literal(l)));
export const TermTypeSchema = Type.Union(TERM_TYPES.map((t) => Type.Literal(t)));
const HesitationDays = Type.Integer({ minimum: 0, maximum: HESITATION_MAX_DAYS });
const GraceDays = Type.Integer({ minimum: grace.minDays, maximum: grace.maxDays });

export const IdParams = Type.Object({ id: Id() });

// ── Insurers (保险公司) ─────────────────────────────────────────────
export const Insurer = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  nameEn: Nullable(Type.String()),
  contactPerson: Nullable(Type.String()),
  servicePhone: Nullable(Type.String()),
  address: Nullable(Type.String()),
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type Insurer = Static<typeof Insurer>;

export const CreateInsurerBody = Type.Object({
  code: Code(20),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  nameEn: OptionalText(200),
  contactPerson: OptionalText(60),
  servicePhone: OptionalText(30),
  address: OptionalText(200),
});
export type CreateInsurerBody = Static<typeof CreateInsurerBody>;

export const UpdateInsurerBody = Type.Object({
  version: Version(),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  nameEn: OptionalText(200),
  contactPerson: OptionalText(60),
  servicePhone: OptionalText(30),
  address: OptionalText(200),
  active: Type.Optional(Type.Boolean()),
});
export type UpdateInsurerBody = Static<typeof UpdateInsurerBody>;

export const ListInsurersQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
  /** Prefix of the name, English name or code. */
  q: Type.Optional(Type.String({ maxLength: 60 })),
  active: Type.Optional(Type.Boolean()),
});
export type ListInsurersQuery = Static<typeof ListInsurersQuery>;

// ── Products (险种) ────────────────────────────────────────────────
export const Product = Type.Object({
  id: Type.Integer(),
  insurerId: Type.Integer(),
  insurerCode: Type.String(),
  insurerName: Type.String(),
  insurerNameEn: Nullable(Type.String()),
  code: Type.String(),
  name: Type.String(),
  nameEn: Nullable(Type.String()),
  lineOfBusiness: LineOfBusinessSchema,
  termType: TermTypeSchema,
  longTermHealth: Type.Boolean(),
  participating: Type.Boolean(),
  investmentLinked: Type.Boolean(),
  universal: Type.Boolean(),
  /** Participating, investment-linked or universal: the sale needs a risk warning (R-NB-1). */
  riskWarningRequired: Type.Boolean(),
  hesitationPeriodDays: Nullable(Type.Integer()),
  gracePeriodDays: Type.Integer(),
  renewable: Type.Boolean(),
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type Product = Static<typeof Product>;

/** Saved, but worth a second look (e.g. a hesitation period below the usual 10 days). */
export const ProductWarning = Type.Object({
  code: Type.String(),
  path: Type.String(),
  message: Type.String(),
  basis: Type.String(),
});
export type ProductWarning = Static<typeof ProductWarning>;

export const ProductWithWarnings = Type.Composite([Product, Type.Object({ warnings: Type.Array(ProductWarning) })]);
export type ProductWithWarnings = Static<typeof ProductWithWarnings>;

const ProductFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  nameEn: OptionalText(200),
  lineOfBusiness: LineOfBusinessSchema,
  termType: TermTypeSchema,
  /** Derived when omitted: health with a long term is long-term health. */
  longTermHealth: Type.Optional(Type.Boolean()),
  participating: Type.Optional(Type.Boolean()),
  investmentLinked: Type.Optional(Type.Boolean()),
  universal: Type.Optional(Type.Boolean()),
  hesitationPeriodDays: Type.Optional(Nullable(HesitationDays)),
  gracePeriodDays: Type.Optional(GraceDays),
  renewable: Type.Optional(Type.Boolean()),
};

export const CreateProductBody = Type.Object({
  insurerId: Id(),
  code: Code(40),
  ...ProductFields,
});
export type CreateProductBody = Static<typeof CreateProductBody>;

/** Insurer and code identify the product and do not change. */
export const UpdateProductBody = Type.Object({
  version: Version(),
  ...Type.Partial(Type.Object(ProductFields)).properties,
  active: Type.Optional(Type.Boolean()),
});
export type UpdateProductBody = Static<typeof UpdateProductBody>;

export const ListProductsQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
  insurerId: Type.Optional(Id()),
  lineOfBusiness: Type.Optional(LineOfBusinessSchema),
  termType: Type.Optional(TermTypeSchema),
  active: Type.Optional(Type.Boolean()),
  /** Prefix of the name, English name or code. */
  q: Type.Optional(Type.String({ maxLength: 60 })),
});
export type ListProductsQuery = Static<typeof ListProductsQuery>;

export function toInsurer(row: Selectable<InsurerTable>): Insurer {
  return {
    id: row.id, code: row.code, name: row.name, nameEn: row.name_en, contactPerson: row.contact_person,
    servicePhone: row.service_phone, address: row.address, active: row.active, version: row.version,
  };
}

export function toProduct(row: Selectable<ProductTable> & { insurer_code: string; insurer_name: string; insurer_name_en: string | null }): Product {
  return {
    id: row.id, insurerId: row.insurer_id, insurerCode: row.insurer_code, insurerName: row.insurer_name, insurerNameEn: row.insurer_name_en,
    code: row.code, name: row.name, nameEn: row.name_en, lineOfBusiness: row.line_of_business, termType: row.term_type,
    longTermHealth: row.long_term_health, participating: row.participating, investmentLinked: row.investment_linked,
    universal: row.universal, riskWarningRequired: row.participating || row.investment_linked || row.universal,
    hesitationPeriodDays: row.hesitation_period_days, gracePeriodDays: row.grace_period_days,
    renewable: row.renewable, active: row.active, version: row.version,
  };
}
