/**
 * The regulatory figures a product is checked against, as data with their basis (LAW.md).
 * Schemas, checks and messages read them from here; none is written into code elsewhere.
 */
export type CatalogRule = {
  id: string;
  specId: string | null;
  lawRef: string | null;
  basisZh: string;
  basisEn: string;
  /** 'error' refuses the save; 'warning' saves and tells the caller. */
  severity: 'error' | 'warning';
};

export const CATALOG_RULES = {
  /** Long-term health: a hesitation period of at least 15 days. LAW.md marks it secondary. */
  longTermHealthHesitation: {
    id: 'product.long_term_health_hesitation', specId: 'R-NB-8', lawRef: '健康保险管理办法（2019）',
    basisZh: '长期健康保险犹豫期不得少于 15 日', basisEn: 'Long-term health insurance has a hesitation period of at least 15 days',
    severity: 'error', minDays: 15,
  },
  /** Other life and health products: generally 10-15 days; below 10 is saved but flagged. */
  hesitationUsual: {
    id: 'product.hesitation_usual', specId: 'R-NB-8', lawRef: '人身保险业务相关规定',
    basisZh: '人身保险犹豫期一般为 10-15 日，自投保人签收保单回执起算', basisEn: 'Personal insurance hesitation periods are generally 10-15 days from the signed policy receipt',
    severity: 'warning', warnBelowDays: 10,
  },
  /** A long-term life or health product without a hesitation period is unusual: flagged. */
  hesitationExpected: {
    id: 'product.hesitation_expected', specId: 'R-NB-8', lawRef: '人身保险业务相关规定',
    basisZh: '保险期间超过一年的人身保险产品应设犹豫期', basisEn: 'Personal insurance products with a term over one year have a hesitation period',
    severity: 'warning',
  },
  /** Grace period: 60 days from the due date unless the contract says otherwise; kept within a year. */
  gracePeriod: {
    id: 'product.grace_period', specId: 'R-RN-3', lawRef: '保险法第三十六条',
    basisZh: '自应缴日起超过 60 日未缴，合同效力中止，合同另有约定的除外', basisEn: 'Suspension after 60 days from the due date unless the contract says otherwise',
    severity: 'error', defaultDays: 60, minDays: 0, maxDays: 365,
  },
  /** 长期健康险: health cover over one year (or with guaranteed renewal, which may be short-term). */
  longTermHealthDefinition: {
    id: 'product.long_term_health_definition', specId: 'R-PO-3', lawRef: '健康保险管理办法（2019）',
    basisZh: '保险期间超过一年或含保证续保条款的健康保险为长期健康保险', basisEn: 'Health insurance with a term over one year, or with guaranteed renewal, is long-term health insurance',
    severity: 'error',
  },
  /** Participating, investment-linked and universal are distinct designs: one per product (R-NB-1). */
  newTypeProduct: {
    id: 'product.new_type_exclusive', specId: 'R-NB-1', lawRef: null,
    basisZh: '分红型、投资连结型、万能型为不同的人身保险新型产品，销售时须作风险提示', basisEn: 'Participating, investment-linked and universal are distinct product designs, each sold with a risk warning',
    severity: 'error',
  },
} as const satisfies Record<string, CatalogRule & Record<string, unknown>>;

/** A hesitation period in days is at most a year: anything longer is a typing mistake. */
export const HESITATION_MAX_DAYS = 365;
