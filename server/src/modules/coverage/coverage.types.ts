import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { LINES_OF_BUSINESS } from '../catalog/catalog.tables.js';
import { POLICY_STATES } from '../policies/policies.tables.js';
import { Id } from '../../platform/http/schemas.js';

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date' });

export const LineOfBusiness = lit(LINES_OF_BUSINESS);

export const CoverageParams = Type.Object({ id: Id() });

export const HouseholdMember = Type.Object({
  clientId: Type.Integer(),
  name: Type.String(),
  /** What this member is to the client under review. */
  relation: lit(['self', 'spouse', 'child', 'parent'] as const),
  kind: lit(['person', 'organisation'] as const),
  /** Full years today (Beijing date); null without a birth date. */
  age: Nullable(Type.Integer()),
  gender: Nullable(lit(['male', 'female'] as const)),
});

export const CoveragePolicy = Type.Object({
  id: Type.Integer(),
  internalNo: Type.String(),
  policyNumber: Type.String(),
  productName: Type.String(),
  insurerName: Type.String(),
  state: lit(POLICY_STATES),
  /** COV-2: in_force counts; starts_later (verified, starts on effectiveDate), pending_verification, lapsed and ended do not. */
  standing: lit(['in_force', 'starts_later', 'pending_verification', 'lapsed', 'ended'] as const),
  counts: Type.Boolean(),
  sumInsured: Type.String(),
  effectiveDate: IsoDate,
  /** Null: whole of life. */
  endDate: Nullable(IsoDate),
});

export const CoverageCell = Type.Object({
  clientId: Type.Integer(),
  line: LineOfBusiness,
  /** For colouring: an overlap (COV-7) or gap (COV-3..6) finding on this cell, else covered / pending / none. */
  status: lit(['covered', 'overlap', 'gap', 'pending', 'none'] as const),
  policies: Type.Array(CoveragePolicy),
  /** Sum of the in-force sums insured, exact decimal text. */
  totalSumInsured: Type.String(),
  nextExpiry: Nullable(IsoDate),
});

export const CoverageFinding = Type.Object({
  ruleId: Type.String(),
  kind: lit(['gap', 'overlap', 'expiring', 'lapsed'] as const),
  clientId: Type.Integer(),
  line: LineOfBusiness,
  policyIds: Type.Array(Type.Integer()),
  message: Type.String(),
  basis: Type.String(),
});

export const CoverageRuleView = Type.Object({
  id: Type.String(),
  kind: lit(['scope', 'gap', 'overlap', 'expiring', 'lapsed'] as const),
  specId: Type.String(),
  lawRef: Nullable(Type.String()),
  text: Type.String(),
  basis: Type.String(),
});

export const CoverageReview = Type.Object({
  /** The Beijing date the review was made for. */
  asOf: IsoDate,
  household: Type.Array(HouseholdMember),
  lines: Type.Array(Type.Object({ line: LineOfBusiness, name: Type.String() })),
  cells: Type.Array(CoverageCell),
  findings: Type.Array(CoverageFinding),
  rules: Type.Array(CoverageRuleView),
});
export type CoverageReview = Static<typeof CoverageReview>;
