import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { LINES_OF_BUSINESS, TERM_TYPES } from '../catalog/catalog.tables.js';
import {
  BENEFICIARY_DESIGNATIONS, DIFFERENCE_RESOLUTIONS, NOTICE_CHANNELS, PARTY_RELATIONS, PAYMENT_FREQUENCIES,
  PAYMENT_MODES, POLICY_SOURCES, POLICY_STATES,
} from './policies.tables.js';
import { VERIFY_FIELDS } from './policy-rules.data.js';
import { STATE_REASON_CODES } from './state-reasons.js';
import { Id, Version } from '../../platform/http/schemas.js';
import { listQuery } from '../../platform/http/list-query.js';

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const IsoDate = Type.String({ format: 'date' });
/** Money as exact decimal text: '500000', '1234.50'. */
const Money = Type.String({ pattern: '^[0-9]{1,14}(\\.[0-9]{1,2})?$', maxLength: 17 });
const Text = (max: number) => Type.String({ maxLength: max });

export const PolicyState = lit(POLICY_STATES);
export const LineOfBusiness = lit(LINES_OF_BUSINESS);
export const TermType = lit(TERM_TYPES);
export const PaymentFrequency = lit(PAYMENT_FREQUENCIES);
export const PaymentMode = lit(PAYMENT_MODES);
export const BeneficiaryDesignation = lit(BENEFICIARY_DESIGNATIONS);
export const PartyRelation = lit(PARTY_RELATIONS);
export const NoticeChannel = lit(NOTICE_CHANNELS);
export const VerifyField = lit(VERIFY_FIELDS);

/** A policy as lists and the detail show it; the premium account masked (R-CL-6). */
export const Policy = Type.Object({
  id: Type.Integer(),
  /** 内部编号, e.g. GD-SZ-2026-000042 (R-PO-3). */
  internalNo: Type.String(),
  orgUnitId: Type.Integer(),
  orgUnitName: Type.String(),
  /** The names' English forms where the org unit / insurer / catalogue product has one (the web shows them in English). */
  orgUnitNameEn: Nullable(Type.String()),
  agentId: Nullable(Type.Integer()),
  agentName: Nullable(Type.String()),
  insurerId: Type.Integer(),
  insurerName: Type.String(),
  insurerNameEn: Nullable(Type.String()),
  insurerServicePhone: Nullable(Type.String()),
  productId: Nullable(Type.Integer()),
  productName: Type.String(),
  /** The catalogue product's English name; null for a product typed in (not catalogued). */
  productNameEn: Nullable(Type.String()),
  lineOfBusiness: LineOfBusiness,
  termType: TermType,
  policyNumber: Type.String(),
  source: lit(POLICY_SOURCES),
  policyholderId: Type.Integer(),
  policyholderName: Type.String(),
  sumInsured: Type.String(),
  premium: Type.String(),
  paymentFrequency: PaymentFrequency,
  paymentMode: PaymentMode,
  paymentYears: Nullable(Type.Integer()),
  bankAccount: Nullable(Type.String()),
  applicationDate: Nullable(IsoDate),
  issueDate: Nullable(IsoDate),
  effectiveDate: IsoDate,
  /** Null: whole of life. */
  endDate: Nullable(IsoDate),
  beneficiaryDesignation: BeneficiaryDesignation,
  state: PolicyState,
  /** The reason as written: a user's words, or the system's text in Chinese (see stateReasonCodes). */
  stateReason: Nullable(Type.String()),
  /** A system-written reason as codes, for the web to say in the UI language; null for a user's words (or none). */
  stateReasonCodes: Nullable(Type.Array(lit(STATE_REASON_CODES))),
  stateChangedAt: DateTime,
  receivedAt: DateTime,
  verifiedAt: Nullable(DateTime),
  version: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type Policy = Static<typeof Policy>;

/**
 * A row of the policy list (the list page, a client's policies tab, the header search): the columns
 * those show, not the whole record — about half the fields, no bank account to decrypt, one name
 * lookup fewer. At a list's rate the mapping and serialising of whole records was most of the app's
 * own CPU per request (docs/PERFORMANCE.md, screens). The page of one policy answers `PolicyDetail`.
 */
export const PolicyListItem = Type.Pick(Policy, [
  'id', 'internalNo', 'orgUnitId', 'orgUnitName', 'orgUnitNameEn', 'agentId', 'agentName', 'insurerId', 'insurerName', 'insurerNameEn',
  'productId', 'productName', 'productNameEn', 'lineOfBusiness', 'policyNumber', 'policyholderId', 'policyholderName', 'sumInsured',
  'premium', 'paymentFrequency', 'effectiveDate', 'endDate', 'state', 'receivedAt', 'version',
]);
export type PolicyListItem = Static<typeof PolicyListItem>;

export const PolicyParty = Type.Object({
  id: Type.Integer(),
  role: lit(['insured', 'beneficiary'] as const),
  clientId: Nullable(Type.Integer()),
  name: Type.String(),
  /** To the (first) insured. */
  relation: Nullable(PartyRelation),
  /** Masked; only for a beneficiary who is not a client. */
  idNumber: Nullable(Type.String()),
  rank: Nullable(Type.Integer()),
  share: Nullable(Type.String()),
});

export const PolicyReview = Type.Object({
  id: Type.Integer(),
  formatComplete: Type.Boolean(),
  sealsPresent: Type.Boolean(),
  noAlteration: Type.Boolean(),
  passed: Type.Boolean(),
  note: Nullable(Type.String()),
  reviewedAt: DateTime,
  reviewedByName: Nullable(Type.String()),
});

export const PolicyNotice = Type.Object({
  id: Type.Integer(),
  kind: lit(['on_hold', 'difference', 'reissue'] as const),
  channel: NoticeChannel,
  content: Type.String(),
  sentAt: DateTime,
  sentByName: Nullable(Type.String()),
});

export const PolicyDifference = Type.Object({
  id: Type.Integer(),
  field: VerifyField,
  onPolicy: Nullable(Type.String()),
  clientSays: Nullable(Type.String()),
  raisedAt: DateTime,
  raisedByName: Nullable(Type.String()),
  resolution: Nullable(lit(DIFFERENCE_RESOLUTIONS)),
  resolutionNote: Nullable(Type.String()),
  resolvedAt: Nullable(DateTime),
});

export const PolicyDetail = Type.Object({
  ...Policy.properties,
  parties: Type.Array(PolicyParty),
  reviews: Type.Array(PolicyReview),
  notices: Type.Array(PolicyNotice),
  differences: Type.Array(PolicyDifference),
  /** What the status action may move this policy to now (R-PO states). */
  allowedTransitions: Type.Array(PolicyState),
  /** The fields the verification step compares, each with the value on the policy. */
  verifyFields: Type.Array(Type.Object({ field: VerifyField, onPolicy: Nullable(Type.String()) })),
});
export type PolicyDetail = Static<typeof PolicyDetail>;

// ---- Input shapes. Domain checks (dates, shares, references) run together in the use case so a
// form gets every problem in one answer.

export const InsuredInput = Type.Object({ clientId: Id(), relation: Type.Optional(PartyRelation) });
export const BeneficiaryInput = Type.Object({
  /** A client of the archive, or a person given by name (and ID number). */
  clientId: Type.Optional(Nullable(Id())),
  name: Type.Optional(Nullable(Text(100))),
  idNumber: Type.Optional(Nullable(Text(40))),
  relation: PartyRelation,
  rank: Type.Optional(Type.Integer({ minimum: 1, maximum: 9, default: 1 })),
  /** Percent, up to 2 decimals; the shares of one rank total 100. */
  share: Type.String({ pattern: '^[0-9]{1,3}(\\.[0-9]{1,2})?$' }),
});
export const ReviewInput = Type.Object({
  /** 格式完整 */
  formatComplete: Type.Boolean(),
  /** 印章齐全 */
  sealsPresent: Type.Boolean(),
  /** 无涂改、伪造 */
  noAlteration: Type.Boolean(),
  note: Type.Optional(Nullable(Text(500))),
});
export const NoticeInput = Type.Object({ channel: NoticeChannel, content: Type.String({ minLength: 1, maxLength: 1000 }) });

const policyFields = {
  agentId: Type.Optional(Nullable(Id())),
  productId: Type.Optional(Nullable(Id())),
  /** Required without a catalogue product (a policy of an insurer whose products are not catalogued). */
  productName: Type.Optional(Nullable(Text(100))),
  lineOfBusiness: Type.Optional(Nullable(LineOfBusiness)),
  termType: Type.Optional(Nullable(TermType)),
  sumInsured: Type.Optional(Money),
  premium: Type.Optional(Money),
  paymentFrequency: Type.Optional(PaymentFrequency),
  paymentMode: Type.Optional(PaymentMode),
  paymentYears: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100 }))),
  bankAccount: Type.Optional(Nullable(Text(40))),
  applicationDate: Type.Optional(Nullable(Text(10))),
  issueDate: Type.Optional(Nullable(Text(10))),
  effectiveDate: Type.Optional(Text(10)),
  endDate: Type.Optional(Nullable(Text(10))),
  insured: Type.Optional(Type.Array(InsuredInput, { maxItems: 20 })),
  beneficiaryDesignation: Type.Optional(BeneficiaryDesignation),
  beneficiaries: Type.Optional(Type.Array(BeneficiaryInput, { maxItems: 20 })),
};

export const CreatePolicyBody = Type.Object({
  orgUnitId: Id(),
  insurerId: Id(),
  policyNumber: Type.String({ minLength: 1, maxLength: 40 }),
  policyholderId: Id(),
  ...policyFields,
  sumInsured: Money,
  premium: Money,
  paymentFrequency: PaymentFrequency,
  paymentMode: PaymentMode,
  effectiveDate: Text(10),
  insured: Type.Array(InsuredInput, { minItems: 1, maxItems: 20 }),
  beneficiaryDesignation: BeneficiaryDesignation,
  /** When the client handed the policy over; now when absent. */
  receivedAt: Type.Optional(DateTime),
  /** The initial review (初审, R-PO-2) run at intake. */
  review: ReviewInput,
  /** Required when the review fails: what the client was told (on hold, provide proof). */
  holdNotice: Type.Optional(NoticeInput),
});
export type CreatePolicyBody = Static<typeof CreatePolicyBody>;

export const UpdatePolicyBody = Type.Object({ version: Version(), ...policyFields });
export type UpdatePolicyBody = Static<typeof UpdatePolicyBody>;

export const ReviewBody = Type.Object({ version: Version(), review: ReviewInput, holdNotice: Type.Optional(NoticeInput) });
export type ReviewBody = Static<typeof ReviewBody>;

export const VerifyBody = Type.Object({
  version: Version(),
  /** Every field of VERIFY_FIELDS, compared with what the client provided (R-PO-4). */
  checks: Type.Array(
    Type.Object({ field: VerifyField, matches: Type.Boolean(), clientSays: Type.Optional(Nullable(Text(200))) }),
    { minItems: 1, maxItems: 20 },
  ),
  /** Required when a check differs: how the difference was raised with the client. */
  notice: Type.Optional(NoticeInput),
});
export type VerifyBody = Static<typeof VerifyBody>;

export const ResolveDifferenceBody = Type.Object({
  version: Version(),
  resolution: lit(DIFFERENCE_RESOLUTIONS),
  note: Type.String({ minLength: 1, maxLength: 500 }),
});

export const ChangeStatusBody = Type.Object({
  version: Version(),
  to: PolicyState,
  reason: Type.String({ minLength: 1, maxLength: 500 }),
});


export const POLICY_SORTS = ['effectiveDate', 'endDate', 'receivedAt', 'premium', 'policyNumber'] as const;
export const ListPoliciesQuery = listQuery({
  sorts: POLICY_SORTS,
  defaultSort: '-effectiveDate',
  filters: {
    state: Type.Optional(PolicyState),
    lineOfBusiness: Type.Optional(LineOfBusiness),
    agentId: Type.Optional(Id()),
    insurerId: Type.Optional(Id()),
    /** The org unit and every unit below it (within your scope). */
    orgUnitId: Type.Optional(Id()),
    /** Policies where the client is the policyholder, an insured or a named beneficiary. */
    clientId: Type.Optional(Id()),
    /** Ending on or before this date (expiry tracking). */
    endingBy: Type.Optional(IsoDate),
    /** Ending from today (Beijing) to today + N days, verified or in force (expiry tracking, R-PO-3). */
    endingWithinDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 366 })),
    /** Date ranges, both ends included. */
    effectiveFrom: Type.Optional(IsoDate),
    effectiveTo: Type.Optional(IsoDate),
    endFrom: Type.Optional(IsoDate),
    endTo: Type.Optional(IsoDate),
    /** Policy number or internal number prefix. */
    number: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  },
});
export type ListPoliciesQuery = Static<typeof ListPoliciesQuery>;

export const PolicyIdParams = Type.Object({ id: Id() });
export const DifferenceParams = Type.Object({ id: Id(), differenceId: Id() });
export const RevealPolicyBody = Type.Object({ field: lit(['bankAccount'] as const) });
