import type { ColumnType, Generated } from 'kysely';
// Imported for the augmentation below: the catalogue's tables join the one DB interface.
import '../../platform/db/schema.js';

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, never, Date>;

/** 险种类别 (R-PO-3). */
export const LINES_OF_BUSINESS = ['life', 'health', 'accident', 'property', 'auto', 'liability', 'other'] as const;
export type LineOfBusiness = (typeof LINES_OF_BUSINESS)[number];

/** 保险期间: short_term ≤ 1 year, long_term > 1 year (callbacks, recording retention and orphan notices depend on it). */
export const TERM_TYPES = ['short_term', 'long_term'] as const;
export type TermType = (typeof TERM_TYPES)[number];

// 保险公司 — company-wide reference data, not scoped to an org unit.
export interface InsurerTable {
  id: Generated<number>;
  code: string;
  name: string;
  name_en: string | null;
  contact_person: string | null;
  /** 客服电话, e.g. 95519 or 400-820-8888. */
  service_phone: string | null;
  address: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

// 险种 / 产品 — one insurer's product, with the figures policies inherit (hesitation, grace).
export interface ProductTable {
  id: Generated<number>;
  insurer_id: number;
  code: string;
  name: string;
  name_en: string | null;
  line_of_business: LineOfBusiness;
  term_type: TermType;
  /** 长期健康险: health cover over one year, or with guaranteed renewal. */
  long_term_health: Generated<boolean>;
  /** 分红型 / 投资连结型 / 万能型: sold with a risk warning, no promised returns (R-NB-1). */
  participating: Generated<boolean>;
  investment_linked: Generated<boolean>;
  universal: Generated<boolean>;
  /** 犹豫期 in calendar days; null where the product has none (most non-life products). */
  hesitation_period_days: number | null;
  /** 宽限期 in calendar days (Insurance Law Art. 36: 60 unless the contract says otherwise). */
  grace_period_days: Generated<number>;
  renewable: Generated<boolean>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

declare module '../../platform/db/schema.js' {
  interface DB {
    insurer: InsurerTable;
    product: ProductTable;
  }
}
