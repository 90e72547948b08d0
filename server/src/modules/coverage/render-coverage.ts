import { format } from '../../platform/http/messages.js';
import type { Locale } from '../../platform/http/locale.js';
import type { CoverageAnalysis, Finding } from './analyse-coverage.js';
import { COVERAGE_RULES, GAP_RULES, LINE_NAMES, PENDING_NOTE, EXPIRING_RULE, LAPSED_RULE, OVERLAP_RULE, type Text } from './coverage-rules.data.js';
import type { CoverageReview } from './coverage.types.js';

const RULES = new Map(COVERAGE_RULES.map((r) => [r.id, r]));
const MESSAGES = new Map<string, Text>([
  ...GAP_RULES.map((r) => [r.id, r.message] as const),
  [OVERLAP_RULE.id, OVERLAP_RULE.message],
  [EXPIRING_RULE.id, EXPIRING_RULE.message],
  [LAPSED_RULE.id, LAPSED_RULE.message],
]);

/** A finding in the caller's language, with its rule's basis (every judgement shows why). */
export function renderFinding(f: Finding, locale: Locale) {
  const params = { ...f.params, line: LINE_NAMES[f.line] };
  let message = format(MESSAGES.get(f.ruleId)!, locale, params);
  if (f.kind === 'gap' && Number(f.params.pendingCount) > 0) message += format(PENDING_NOTE, locale, { count: f.params.pendingCount });
  const { policyIds, ruleId, kind, clientId, line } = f;
  return { ruleId, kind, clientId, line, policyIds, message, basis: RULES.get(ruleId)!.basis[locale] };
}

/** The analysis as the API answers it, in the caller's language, with the rules as written. */
export function renderCoverage(a: CoverageAnalysis, locale: Locale): CoverageReview {
  return {
    asOf: a.today,
    household: a.household.map(({ clientId, name, relation, kind, age, gender }) => ({ clientId, name, relation, kind, age, gender })),
    lines: a.lines.map((line) => ({ line, name: LINE_NAMES[line][locale] })),
    cells: a.cells.map((c) => ({
      ...c,
      policies: c.policies.map((p) => ({
        id: p.id, internalNo: p.internalNo, policyNumber: p.policyNumber, productName: p.productName, insurerName: p.insurerName,
        state: p.state, standing: p.standing, counts: p.counts, sumInsured: p.sumInsured, effectiveDate: p.effectiveDate, endDate: p.endDate,
      })),
    })),
    findings: a.findings.map((f) => renderFinding(f, locale)),
    rules: COVERAGE_RULES.map((r) => ({ id: r.id, kind: r.kind, specId: r.specId, lawRef: r.lawRef, text: r.text[locale], basis: r.basis[locale] })),
  };
}
