import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Id, Nullable, Version } from '../../platform/http/schemas.js';
import { listQuery } from '../../platform/http/list-query.js';
import { IsoDate } from '../calendar/calendar.types.js';
import { SERVICING_CHANNELS, SERVICING_STATES } from './servicing.tables.js';
import { IDENTITY_METHODS, REISSUE_REASONS, SERVICING_TYPE_CODES } from './servicing-types.data.js';
import { BeneficiaryDesignation, BeneficiaryInput } from '../policies/policies.types.js';
import { Gender } from '../clients/clients.types.js';

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const ServicingTypeCode = Type.Unsafe<string>({ type: 'string', enum: SERVICING_TYPE_CODES });
export const ServicingState = lit(SERVICING_STATES);
export const ServicingChannel = lit(SERVICING_CHANNELS);

/** What a request records beside its change: a refund's figures (R-SV-3, R-NB-8), a reinstatement's explanation, a reissue's identity check (R-PO-7). */
export const RequestDetails = Type.Object({
  /** The insurer's figures, as the insurer gives them (exact text amounts). */
  cashValue: Type.Optional(Type.String({ pattern: '^\\d{1,12}(\\.\\d{1,2})?$' })),
  fees: Type.Optional(Type.String({ pattern: '^\\d{1,12}(\\.\\d{1,2})?$' })),
  outstandingLoan: Type.Optional(Type.String({ pattern: '^\\d{1,12}(\\.\\d{1,2})?$' })),
  refund: Type.Optional(Type.String({ pattern: '^\\d{1,12}(\\.\\d{1,2})?$' })),
  /** Who is paid: the policyholder; never the agent (sales rules, LAW.md Art. 29, 32). */
  payee: Type.Optional(Type.Union([Type.Literal('policyholder'), Type.Literal('agent'), Type.Literal('other')])),
  /** Who signed the request: the client in person; never the agent for the client. */
  signedBy: Type.Optional(Type.Union([Type.Literal('client'), Type.Literal('agent')])),
  /** R-SV-3: the explanation given, item by item. */
  explained: Type.Optional(Type.Object({
    feeDeduction: Type.Boolean(),
    refundVersusCashValue: Type.Boolean(),
    noRefundCases: Type.Boolean(),
  })),
  /** R-NB-8: the date the policyholder signed the policy receipt (回执), from which the hesitation period runs. */
  receiptSignedOn: Type.Optional(IsoDate),
  /** R-SV-5, Art. 44: the clerk explained that the two-year suicide exclusion runs again from the reinstatement. */
  suicideExclusionExplained: Type.Optional(Type.Boolean()),
  /** R-PO-7, a lost policy's reissue: why, and the applicant's identity checked against the ID document, how. */
  reissueReason: Type.Optional(lit(REISSUE_REASONS)),
  identityChecked: Type.Optional(Type.Boolean()),
  identityMethod: Type.Optional(lit(IDENTITY_METHODS)),
  identityNote: Type.Optional(Type.String({ maxLength: 500 })),
});

const Amount = Type.String({ pattern: '^[0-9]{1,12}(\\.[0-9]{1,2})?$', maxLength: 15 });

/**
 * 变更内容 — what a change request changes (the type's `changes.fields`, servicing-types.data.ts):
 * kept encrypted with the request until completion applies it (apply-change.ts); shown masked.
 */
export const ChangeBody = Type.Object({
  /** The policyholder's new mobile (contact change). */
  mobile: Type.Optional(Type.String({ maxLength: 20 })),
  /** The policyholder's new address (address change). */
  address: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  /** The new debit account (payment account change; the signed debit authorisation is a required document, R-NB-5). */
  bankAccount: Type.Optional(Type.String({ maxLength: 40 })),
  /** The insured's birth date and gender as the ID shows them (age or gender correction). */
  birthDate: Type.Optional(IsoDate),
  gender: Type.Optional(Gender),
  /** The premium after the insurer's adjustment, and the difference it asks for (+) or refunds (−). */
  premium: Type.Optional(Amount),
  premiumDifference: Type.Optional(Type.String({ pattern: '^-?[0-9]{1,12}(\\.[0-9]{1,2})?$', maxLength: 16 })),
  /** The new beneficiaries (beneficiary change): the shares of each rank total 100 %. */
  beneficiaryDesignation: Type.Optional(BeneficiaryDesignation),
  beneficiaries: Type.Optional(Type.Array(BeneficiaryInput, { maxItems: 20 })),
});
export type ChangeBody = Static<typeof ChangeBody>;

/** The change as the request page shows it: personal data masked. */
export const ChangeView = Type.Object({
  mobile: Type.Optional(Type.String()),
  address: Type.Optional(Type.String()),
  bankAccount: Type.Optional(Type.String()),
  birthDate: Type.Optional(Type.String()),
  gender: Type.Optional(Type.String()),
  premium: Type.Optional(Type.String()),
  premiumDifference: Type.Optional(Type.String()),
  beneficiaryDesignation: Type.Optional(Type.String()),
  beneficiaries: Type.Optional(Type.Array(Type.Object({
    name: Type.String(), relation: Type.String(), rank: Type.Integer(), share: Type.String(), idNumber: Nullable(Type.String()),
  }))),
});
export type ChangeView = Static<typeof ChangeView>;

export const CreateRequestBody = Type.Object({
  type: ServicingTypeCode,
  channel: ServicingChannel,
  /** Who asks: the policyholder unless another client is named. */
  applicantClientId: Type.Optional(Id()),
  /** The counter's request was made in person: types done on the spot complete at once (R-SV-1). */
  walkIn: Type.Optional(Type.Boolean()),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  details: Type.Optional(RequestDetails),
  change: Type.Optional(ChangeBody),
});
export type CreateRequestBody = Static<typeof CreateRequestBody>;

/** The steps a person fires on a request (the lifecycle's transitions but `receive`). */
export const STEP_EVENTS = ['start', 'record_medical_result', 'record_insurer_agreement', 'record_referral', 'record_insurer_figures', 'submit_to_insurer', 'issue_endorsement', 'complete', 'refuse', 'withdraw'] as const;

export const FireRequestBody = Type.Object({
  version: Version(),
  event: lit(STEP_EVENTS),
  /** Why (refuse, withdraw), or the outcome (complete). */
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
  details: Type.Optional(RequestDetails),
  /** Given or corrected on the way (the insurer's premium adjustment arrives later): merged over what the request holds. */
  change: Type.Optional(ChangeBody),
});
export type FireRequestBody = Static<typeof FireRequestBody>;

export const ServicingRequest = Type.Object({
  id: Type.Integer(),
  requestNo: Type.String(),
  policyId: Type.Integer(),
  policyInternalNo: Type.String(),
  policyNumber: Type.String(),
  policyholderName: Type.String(),
  orgUnitId: Type.Integer(),
  orgUnitName: Type.String(),
  orgUnitNameEn: Nullable(Type.String()),
  type: Type.String(),
  typeName: Type.String(),
  typeNameEn: Type.String(),
  /** The type issues an endorsement (批单) to sign before it completes. */
  endorsement: Type.Boolean(),
  /** Who may complete it: any servicing clerk, or a holder of servicing.approve (supervisor). */
  approval: Type.Union([Type.Literal('clerk'), Type.Literal('supervisor')]),
  /** What it changes, masked; null for a type that changes nothing. */
  change: Nullable(ChangeView),
  state: ServicingState,
  channel: ServicingChannel,
  applicantClientId: Type.Integer(),
  applicantName: Type.String(),
  receivedAt: DateTime,
  ownerId: Nullable(Type.Integer()),
  ownerName: Nullable(Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
  outcome: Nullable(Type.String()),
  stateReason: Nullable(Type.String()),
  completedAt: Nullable(DateTime),
  version: Type.Integer(),
  /** The moves the state allows now (the request page's actions). */
  allowedEvents: Type.Array(Type.String()),
});
export type ServicingRequest = Static<typeof ServicingRequest>;

export const SERVICING_SORTS = ['receivedAt'] as const;
export const ListRequestsQuery = listQuery({
  sorts: SERVICING_SORTS,
  defaultSort: '-receivedAt',
  filters: {
    state: Type.Optional(ServicingState),
    type: Type.Optional(ServicingTypeCode),
    policyId: Type.Optional(Id()),
    ownerId: Type.Optional(Id()),
    open: Type.Optional(Type.Boolean({ description: 'only requests not yet ended' })),
  },
});
export type ListRequestsQuery = Static<typeof ListRequestsQuery>;

export const ServicingTypeInfo = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  specId: Type.String(),
  walkInOnTheSpot: Type.Boolean(),
  endorsement: Type.Boolean(),
  refund: Type.Boolean(),
  approval: Type.Union([Type.Literal('clerk'), Type.Literal('supervisor')]),
  /** The fields a request of the type carries (ChangeBody), and those it must. */
  changeFields: Type.Array(Type.String()),
  requiredChangeFields: Type.Array(Type.String()),
  /** The deadline events that open and close its SLA (the deadline rules page shows each rule's basis). */
  receivedEvent: Nullable(Type.String()),
  completedEvent: Nullable(Type.String()),
  effect: Type.Union([Type.Literal('none'), Type.Literal('terminate'), Type.Literal('reinstate')]),
  /** Who may apply: anyone, or the policyholder in person with the identity checked (a reissue, R-PO-7). */
  applicant: Type.Union([Type.Literal('any'), Type.Literal('policyholderIdentityChecked')]),
  /** One request of the type at a time per policy. */
  onePerPolicy: Type.Boolean(),
  /** Its checklist: document type codes, required or not; `onlyWhen` a condition of the request. */
  documents: Type.Array(Type.Object({ typeCode: Type.String(), required: Type.Boolean(), onlyWhen: Nullable(Type.String()) })),
});
