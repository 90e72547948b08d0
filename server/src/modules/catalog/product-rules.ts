import type { FieldProblem } from '../../platform/http/errors.js';
import { format } from '../../platform/http/messages.js';
import { CATALOG_FIELD_MESSAGES } from './catalog.messages.js';
import type { Locale } from '../../platform/http/locale.js';
import { CATALOG_RULES, type CatalogRule } from './catalog-rules.data.js';
import type { LineOfBusiness, TermType } from './catalog.tables.js';
import { lawRefEn } from '../deadlines/law-citations.data.js';

/** The cited law in the caller's language; in English with the Chinese beside it (the authoritative text). */
const citation = (lawRef: string | null, locale: string) => {
  const en = locale === 'en' ? lawRefEn(lawRef) : null;
  return en ? `${en} (${lawRef})` : lawRef;
};
import type { ProductWarning } from './catalog.types.js';

/** What the rules look at: a product as it would be stored. */
export type ProductFacts = {
  lineOfBusiness: LineOfBusiness;
  termType: TermType;
  longTermHealth: boolean;
  participating: boolean;
  investmentLinked: boolean;
  universal: boolean;
  hesitationPeriodDays: number | null;
  gracePeriodDays: number;
};

export type Finding = FieldProblem & { rule: CatalogRule };

const PERSONAL_LINES: ReadonlySet<LineOfBusiness> = new Set(['life', 'health']);

/**
 * 长期健康险 when the caller does not say: health cover over one year, or a health product
 * that was long-term health before (guaranteed renewal makes a short term long-term health).
 */
export function deriveLongTermHealth(lineOfBusiness: LineOfBusiness, termType: TermType, previous = false): boolean {
  return lineOfBusiness === 'health' && (termType === 'long_term' || previous);
}

/**
 * Check a product against the catalogue rules (catalog-rules.data.ts). Errors refuse the save;
 * warnings let it through and are shown to the administrator.
 */
export function checkProduct(p: ProductFacts): { errors: Finding[]; warnings: Finding[] } {
  const R = CATALOG_RULES;
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const hesitation = p.hesitationPeriodDays;

  if (p.longTermHealth && p.lineOfBusiness !== 'health') {
    errors.push({ path: 'longTermHealth', reason: 'longTermHealthNotHealth', rule: R.longTermHealthDefinition });
  } else if (!p.longTermHealth && p.lineOfBusiness === 'health' && p.termType === 'long_term') {
    errors.push({ path: 'longTermHealth', reason: 'longTermHealthRequired', rule: R.longTermHealthDefinition });
  }
  if (p.longTermHealth && (hesitation === null || hesitation < R.longTermHealthHesitation.minDays)) {
    errors.push({
      path: 'hesitationPeriodDays', reason: 'hesitationBelowLongTermHealthMinimum',
      params: { min: R.longTermHealthHesitation.minDays }, rule: R.longTermHealthHesitation,
    });
  }
  const newTypes = (['participating', 'investmentLinked', 'universal'] as const).filter((flag) => p[flag]);
  for (const flag of newTypes.slice(1)) {
    errors.push({ path: flag, reason: 'newTypeProductExclusive', rule: R.newTypeProduct });
  }
  if (p.gracePeriodDays < R.gracePeriod.minDays || p.gracePeriodDays > R.gracePeriod.maxDays) {
    errors.push({
      path: 'gracePeriodDays', reason: 'gracePeriodOutOfRange',
      params: { min: R.gracePeriod.minDays, max: R.gracePeriod.maxDays }, rule: R.gracePeriod,
    });
  }

  if (PERSONAL_LINES.has(p.lineOfBusiness) && !p.longTermHealth) {
    if (hesitation !== null && hesitation < R.hesitationUsual.warnBelowDays) {
      warnings.push({
        path: 'hesitationPeriodDays', reason: 'hesitationPeriodShort',
        params: { days: hesitation, usual: R.hesitationUsual.warnBelowDays }, rule: R.hesitationUsual,
      });
    } else if (hesitation === null && p.termType === 'long_term') {
      warnings.push({ path: 'hesitationPeriodDays', reason: 'hesitationPeriodMissing', rule: R.hesitationExpected });
    }
  }
  return { errors, warnings };
}

/** Warnings as the caller reads them: text and basis in their language. */
export function renderWarnings(findings: Finding[], locale: Locale): ProductWarning[] {
  return findings.map((f) => ({
    code: f.reason,
    path: f.path,
    message: format(CATALOG_FIELD_MESSAGES[f.reason as keyof typeof CATALOG_FIELD_MESSAGES], locale, f.params),
    basis: [locale === 'en' ? f.rule.basisEn : f.rule.basisZh, citation(f.rule.lawRef, locale)].filter(Boolean).join(' — '),
  }));
}

/** Errors as field problems, the `rule` dropped (the error shape carries path and message only). */
export const asFieldProblems = (findings: Finding[]): FieldProblem[] => findings.map(({ path, reason, params }) => ({ path, reason, ...(params && { params }) }));
