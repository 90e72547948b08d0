import { api } from '../../api/client';

export type LineOfBusiness = 'life' | 'health' | 'accident' | 'property' | 'auto' | 'liability' | 'other';
export type HouseholdRelation = 'self' | 'spouse' | 'child' | 'parent';
/** COV-2: only in_force counts as cover. */
export type Standing = 'in_force' | 'starts_later' | 'pending_verification' | 'lapsed' | 'ended';
export type CellStatus = 'covered' | 'overlap' | 'gap' | 'pending' | 'none';
export type FindingKind = 'gap' | 'overlap' | 'expiring' | 'lapsed';

export type HouseholdMember = {
  clientId: number;
  name: string;
  relation: HouseholdRelation;
  kind: 'person' | 'organisation';
  age: number | null;
  gender: 'male' | 'female' | null;
};

export type CoveragePolicy = {
  id: number;
  internalNo: string;
  policyNumber: string;
  productName: string;
  insurerName: string;
  state: string;
  standing: Standing;
  counts: boolean;
  sumInsured: string;
  effectiveDate: string;
  endDate: string | null;
};

export type CoverageCell = {
  clientId: number;
  line: LineOfBusiness;
  status: CellStatus;
  policies: CoveragePolicy[];
  /** Exact decimal text; in-force policies only. */
  totalSumInsured: string;
  nextExpiry: string | null;
};

export type CoverageFinding = {
  ruleId: string;
  kind: FindingKind;
  clientId: number;
  line: LineOfBusiness;
  policyIds: number[];
  /** In the UI language (sent as Accept-Language). */
  message: string;
  basis: string;
};

export type CoverageRule = { id: string; kind: 'scope' | FindingKind; specId: string; lawRef: string | null; text: string; basis: string };

/** GET /clients/:id/coverage (R-PO-5). */
export type CoverageReview = {
  asOf: string;
  household: HouseholdMember[];
  lines: { line: LineOfBusiness; name: string }[];
  cells: CoverageCell[];
  findings: CoverageFinding[];
  rules: CoverageRule[];
};

export const getCoverage = (clientId: number) => api.get<CoverageReview>(`/clients/${clientId}/coverage`);

/** '2310000.50' → '2,310,000.50'; '1000000.00' → '1,000,000': exact, from the text. */
export function formatAmount(amount: string): string {
  const [whole = '0', cents = '00'] = amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return /^0*$/.test(cents) ? grouped : `${grouped}.${cents.padEnd(2, '0')}`;
}
