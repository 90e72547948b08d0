/**
 * The coverage review of a household (保障检视, R-PO-5) as a pure function: who is covered on
 * which line, the totals, and the gaps, overlaps, expiries and lapses the rules in
 * coverage-rules.data.ts find. No database, no clock: `today` is a Beijing date given by the caller.
 */
import { LINES_OF_BUSINESS, type LineOfBusiness, type TermType } from '../catalog/catalog.tables.js';
import type { ClientKind, Gender } from '../clients/clients.tables.js';
import type { PolicyState } from '../policies/policies.tables.js';
import { toDayNumber } from '../calendar/dates.js';
import { COVERAGE_RULES, EXPIRING_RULE, GAP_RULES, LAPSED_RULE, OVERLAP_RULE, type FindingKind, type GapRule } from './coverage-rules.data.js';
import { sumMoney } from './sum-money.js';

export type HouseholdRelation = 'self' | 'spouse' | 'child' | 'parent';

export type Member = {
  clientId: number;
  name: string;
  relation: HouseholdRelation;
  kind: ClientKind;
  gender: Gender | null;
  /** YYYY-MM-DD */
  birthDate: string | null;
};

export type CoveragePolicy = {
  id: number;
  internalNo: string;
  policyNumber: string;
  /** In the caller's language (the catalogue's English name in English). */
  productName: string;
  /** The name as registered on the policy, which the rules' product names are matched against; productName when absent. */
  registeredProductName?: string;
  insurerName: string;
  lineOfBusiness: LineOfBusiness;
  termType: TermType;
  state: PolicyState;
  /** Exact decimal text, as stored. */
  sumInsured: string;
  effectiveDate: string;
  /** Null: whole of life. */
  endDate: string | null;
  /** The household members this policy insures (被保险人). */
  insuredClientIds: readonly number[];
  /** A lapsed policy: the Beijing date it lapsed; otherwise null. */
  lapsedOn: string | null;
  /** A lapsed policy: the last day of its reinstatement window, from the deadline engine; otherwise null. */
  reinstatementUntil: string | null;
};

/** Where a policy stands today for the review (COV-2): only `in_force` counts as cover. */
export type Standing = 'in_force' | 'starts_later' | 'pending_verification' | 'lapsed' | 'ended';
export type CellStatus = 'covered' | 'overlap' | 'gap' | 'pending' | 'none';

export type CellPolicy = CoveragePolicy & { standing: Standing; counts: boolean };

export type Cell = {
  clientId: number;
  line: LineOfBusiness;
  status: CellStatus;
  policies: CellPolicy[];
  /** In-force sums insured, exact ('0.00' when none counts). */
  totalSumInsured: string;
  /** The nearest end date of the in-force policies (null: none, or all whole of life). */
  nextExpiry: string | null;
};

export type Finding = {
  ruleId: string;
  kind: FindingKind;
  clientId: number;
  line: LineOfBusiness;
  policyIds: number[];
  /** Filled into the rule's message by the renderer. */
  params: Record<string, string | number>;
};

export type HouseholdMember = Member & { age: number | null };

export type CoverageAnalysis = {
  today: string;
  household: HouseholdMember[];
  lines: LineOfBusiness[];
  cells: Cell[];
  findings: Finding[];
};

/** Age in full years on `today` (both Beijing dates); a 29 February birthday comes on 1 March in common years. */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const age = ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
  return age < 0 ? null : age;
}

export function standingOf(p: Pick<CoveragePolicy, 'state' | 'effectiveDate' | 'endDate'>, today: string): Standing {
  switch (p.state) {
    case 'registered':
    case 'on_hold':
      return 'pending_verification';
    case 'verified':
      return 'starts_later';
    case 'in_force':
      if (p.effectiveDate > today) return 'starts_later';
      return p.endDate !== null && p.endDate < today ? 'ended' : 'in_force';
    case 'lapsed':
      return 'lapsed';
    default:
      return 'ended';
  }
}

const NOT_YET = new Set<Standing>(['starts_later', 'pending_verification']);
const RULE_ORDER = new Map(COVERAGE_RULES.map((r, i) => [r.id, i]));

export function analyseCoverage(input: { today: string; members: readonly Member[]; policies: readonly CoveragePolicy[] }): CoverageAnalysis {
  const { today, members } = input;
  const household = members.map((m) => ({ ...m, age: ageOn(m.birthDate, today) }));
  const policies: CellPolicy[] = input.policies.map((p) => {
    const standing = standingOf(p, today);
    return { ...p, standing, counts: standing === 'in_force' };
  });
  const byOrder = [...policies].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.id - b.id);

  const cells: Cell[] = [];
  const cellOf = new Map<string, Cell>();
  for (const m of household) {
    for (const line of LINES_OF_BUSINESS) {
      const mine = byOrder.filter((p) => p.lineOfBusiness === line && p.insuredClientIds.includes(m.clientId));
      const counted = mine.filter((p) => p.counts);
      const ends = counted.map((p) => p.endDate).filter((d): d is string => d !== null).sort();
      const cell: Cell = {
        clientId: m.clientId,
        line,
        status: counted.length ? 'covered' : mine.some((p) => NOT_YET.has(p.standing)) ? 'pending' : 'none',
        policies: mine,
        totalSumInsured: sumMoney(counted.map((p) => p.sumInsured)),
        nextExpiry: ends[0] ?? null,
      };
      cells.push(cell);
      cellOf.set(`${m.clientId}:${line}`, cell);
    }
  }
  const cell = (clientId: number, line: LineOfBusiness) => cellOf.get(`${clientId}:${line}`)!;

  const findings: Finding[] = [];
  for (const m of household) {
    if (m.kind === 'person') for (const rule of GAP_RULES) findings.push(...gapFindings(rule, m, cell));
    for (const line of LINES_OF_BUSINESS) {
      const overlap = overlapFinding(m, cell(m.clientId, line));
      if (overlap) findings.push(overlap);
    }
  }
  for (const p of policies) {
    // One reminder per policy, on the first member it insures, however many it covers.
    const first = household.find((m) => p.insuredClientIds.includes(m.clientId));
    if (!first) continue;
    const expiring = expiringFinding(p, first.clientId, cell(first.clientId, p.lineOfBusiness), today);
    if (expiring) findings.push(expiring);
    if (p.state === 'lapsed' && p.reinstatementUntil !== null && p.reinstatementUntil >= today) {
      findings.push({
        ruleId: LAPSED_RULE.id, kind: 'lapsed', clientId: first.clientId, line: p.lineOfBusiness, policyIds: [p.id],
        params: { number: p.policyNumber, product: p.productName, lapsedOn: p.lapsedOn ?? '', until: p.reinstatementUntil },
      });
    }
  }

  // A gap (no cover today) outweighs an overlap of policies that have not started yet.
  for (const kind of ['overlap', 'gap'] as const) {
    for (const f of findings) if (f.kind === kind) cell(f.clientId, f.line).status = kind;
  }
  const memberOrder = new Map(household.map((m, i) => [m.clientId, i]));
  const lineOrder = new Map(LINES_OF_BUSINESS.map((l, i) => [l, i]));
  findings.sort(
    (a, b) =>
      memberOrder.get(a.clientId)! - memberOrder.get(b.clientId)! ||
      lineOrder.get(a.line)! - lineOrder.get(b.line)! ||
      RULE_ORDER.get(a.ruleId)! - RULE_ORDER.get(b.ruleId)! ||
      (a.policyIds[0] ?? 0) - (b.policyIds[0] ?? 0),
  );
  return { today, household, lines: [...LINES_OF_BUSINESS], cells, findings };
}

function gapFindings(rule: GapRule, m: HouseholdMember, cell: (clientId: number, line: LineOfBusiness) => Cell): Finding[] {
  if (rule.minAge !== null && (m.age === null || m.age < rule.minAge)) return [];
  if (rule.maxAge !== null && (m.age === null || m.age > rule.maxAge)) return [];
  const cells = rule.anyOf.map((line) => cell(m.clientId, line));
  if (cells.some((c) => c.policies.some((p) => p.counts))) return [];
  const coming = cells.flatMap((c) => c.policies.filter((p) => NOT_YET.has(p.standing)));
  return [{
    ruleId: rule.id, kind: 'gap', clientId: m.clientId, line: rule.line, policyIds: coming.map((p) => p.id),
    params: { name: m.name, age: m.age ?? '', pendingCount: coming.length },
  }];
}

function isIndemnity(p: CellPolicy): boolean {
  const terms = OVERLAP_RULE.indemnity[p.lineOfBusiness];
  if (!terms?.includes(p.termType)) return false;
  const name = (p.registeredProductName ?? p.productName).toLowerCase();
  return !OVERLAP_RULE.compulsoryMotorNames.some((n) => name.includes(n.toLowerCase()));
}

const periodsOverlap = (a: CellPolicy, b: CellPolicy) =>
  (a.endDate === null || b.effectiveDate <= a.endDate) && (b.endDate === null || a.effectiveDate <= b.endDate);

function overlapFinding(m: HouseholdMember, cell: Cell): Finding | null {
  // In force now, or verified and about to start: a renewal that starts before the old one ends is paid twice too.
  const candidates = cell.policies.filter((p) => (p.standing === 'in_force' || p.standing === 'starts_later') && isIndemnity(p));
  const overlapping = candidates.filter((p) => candidates.some((q) => q !== p && periodsOverlap(p, q)));
  if (overlapping.length < 2) return null;
  return {
    ruleId: OVERLAP_RULE.id, kind: 'overlap', clientId: m.clientId, line: cell.line, policyIds: overlapping.map((p) => p.id),
    params: { name: m.name, line: cell.line, count: overlapping.length, numbers: overlapping.map((p) => p.policyNumber).join(', ') },
  };
}

function expiringFinding(p: CellPolicy, clientId: number, cell: Cell, today: string): Finding | null {
  if (!p.counts || p.endDate === null) return null;
  const days = toDayNumber(p.endDate) - toDayNumber(today);
  if (days < 0 || days > EXPIRING_RULE.withinDays) return null;
  const dayAfter = toDayNumber(p.endDate) + 1;
  const renewed = cell.policies.some(
    (q) =>
      q.id !== p.id && (q.standing === 'in_force' || q.standing === 'starts_later') &&
      q.effectiveDate > p.effectiveDate && toDayNumber(q.effectiveDate) <= dayAfter && (q.endDate === null || q.endDate > p.endDate!),
  );
  if (renewed) return null;
  return {
    ruleId: EXPIRING_RULE.id, kind: 'expiring', clientId, line: p.lineOfBusiness, policyIds: [p.id],
    params: { number: p.policyNumber, product: p.productName, endDate: p.endDate, days },
  };
}
