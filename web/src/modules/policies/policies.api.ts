import { api, type Page } from '../../api/client';

// Mirrors server/src/modules/policies/policies.types.ts (the API contract) and policies.tables.ts.

/** R-PO-1..7: registered → on hold → verified → in force → lapsed / terminated / expired. */
export const POLICY_STATES = ['registered', 'on_hold', 'verified', 'in_force', 'lapsed', 'terminated', 'expired'] as const;
export type PolicyState = (typeof POLICY_STATES)[number];
/** 险种类别 (R-PO-3). */
export const LINES_OF_BUSINESS = ['life', 'health', 'accident', 'property', 'auto', 'liability', 'other'] as const;
export type LineOfBusiness = (typeof LINES_OF_BUSINESS)[number];
/** 人身保险: only these name beneficiaries (Insurance Law Art. 18, 39-42). */
export const PERSONAL_LINES: readonly LineOfBusiness[] = ['life', 'health', 'accident'];
export const TERM_TYPES = ['short_term', 'long_term'] as const;
export type TermType = (typeof TERM_TYPES)[number];
export const PAYMENT_FREQUENCIES = ['single', 'annual', 'semiannual', 'quarterly', 'monthly'] as const;
export type PaymentFrequency = (typeof PAYMENT_FREQUENCIES)[number];
export const PAYMENT_MODES = ['auto_debit', 'bank_transfer', 'cash', 'card', 'online', 'other'] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number];
export type BeneficiaryDesignation = 'legal' | 'named';
export const PARTY_RELATIONS = ['self', 'spouse', 'child', 'parent', 'other'] as const;
export type PartyRelation = (typeof PARTY_RELATIONS)[number];
export const NOTICE_CHANNELS = ['phone', 'sms', 'letter', 'visit', 'wechat', 'email'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];
export const DIFFERENCE_RESOLUTIONS = ['policy_correct', 'client_confirmed_policy', 'insurer_correction', 'record_corrected'] as const;
export type DifferenceResolution = (typeof DIFFERENCE_RESOLUTIONS)[number];
export const REISSUE_REASONS = ['lost', 'damaged', 'other'] as const;
export type ReissueReason = (typeof REISSUE_REASONS)[number];
export const IDENTITY_METHODS = ['id_card_in_person', 'id_card_copy_and_call', 'video', 'other'] as const;
export type IdentityMethod = (typeof IDENTITY_METHODS)[number];
export type ReissueState = 'requested' | 'submitted' | 'reissued' | 'cancelled';
/** R-PO-4: what verification compares with the client's own papers. */
export type VerifyField = 'insured' | 'beneficiary' | 'sumInsured' | 'term' | 'effectiveDate' | 'endDate' | 'insurerContact' | 'premium';

/** A policy as lists and the detail show it; the premium account masked (R-CL-6). */
export type Policy = {
  id: number;
  /** 内部编号 (R-PO-3). */
  internalNo: string;
  orgUnitId: number;
  orgUnitName: string;
  agentId: number | null;
  agentName: string | null;
  insurerId: number;
  insurerName: string;
  insurerServicePhone: string | null;
  productId: number | null;
  productName: string;
  lineOfBusiness: LineOfBusiness;
  termType: TermType;
  policyNumber: string;
  source: 'handover' | 'import' | 'new_business';
  policyholderId: number;
  policyholderName: string;
  sumInsured: string;
  premium: string;
  paymentFrequency: PaymentFrequency;
  paymentMode: PaymentMode;
  paymentYears: number | null;
  bankAccount: string | null;
  applicationDate: string | null;
  issueDate: string | null;
  effectiveDate: string;
  /** Null: whole of life. */
  endDate: string | null;
  beneficiaryDesignation: BeneficiaryDesignation;
  state: PolicyState;
  stateReason: string | null;
  stateChangedAt: string;
  receivedAt: string;
  verifiedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type PolicyParty = {
  id: number;
  role: 'insured' | 'beneficiary';
  clientId: number | null;
  name: string;
  relation: PartyRelation | null;
  /** Masked; only for a beneficiary who is not a client. */
  idNumber: string | null;
  rank: number | null;
  share: string | null;
};

export type PolicyReview = {
  id: number;
  formatComplete: boolean;
  sealsPresent: boolean;
  noAlteration: boolean;
  passed: boolean;
  note: string | null;
  reviewedAt: string;
  reviewedByName: string | null;
};

export type PolicyNotice = {
  id: number;
  kind: 'on_hold' | 'difference' | 'reissue';
  channel: NoticeChannel;
  content: string;
  sentAt: string;
  sentByName: string | null;
};

export type PolicyDifference = {
  id: number;
  field: VerifyField;
  onPolicy: string | null;
  clientSays: string | null;
  raisedAt: string;
  raisedByName: string | null;
  resolution: DifferenceResolution | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
};

export type PolicyReissue = {
  id: number;
  reason: ReissueReason;
  applicantClientId: number;
  applicantName: string;
  identityMethod: IdentityMethod;
  identityNote: string | null;
  state: ReissueState;
  requestedAt: string;
  requestedByName: string | null;
  submittedAt: string | null;
  reissuedAt: string | null;
  note: string | null;
  version: number;
};

export type PolicyDetail = Policy & {
  parties: PolicyParty[];
  reviews: PolicyReview[];
  notices: PolicyNotice[];
  differences: PolicyDifference[];
  reissues: PolicyReissue[];
  /** What the status action may move this policy to now. */
  allowedTransitions: PolicyState[];
  /** The fields verification compares, each with the value on the policy. */
  verifyFields: { field: VerifyField; onPolicy: string | null }[];
};

// ---- Inputs

export type InsuredInput = { clientId: number; relation?: PartyRelation };
export type BeneficiaryInput = {
  clientId?: number | null;
  name?: string | null;
  idNumber?: string | null;
  relation: PartyRelation;
  rank?: number;
  /** Percent, up to 2 decimals; the shares of one rank total 100. */
  share: string;
};
export type ReviewInput = { formatComplete: boolean; sealsPresent: boolean; noAlteration: boolean; note?: string | null };
export type NoticeInput = { channel: NoticeChannel; content: string };

export type PolicyFieldsInput = {
  agentId?: number | null;
  productId?: number | null;
  productName?: string | null;
  lineOfBusiness?: LineOfBusiness | null;
  termType?: TermType | null;
  sumInsured?: string;
  premium?: string;
  paymentFrequency?: PaymentFrequency;
  paymentMode?: PaymentMode;
  paymentYears?: number | null;
  bankAccount?: string | null;
  applicationDate?: string | null;
  issueDate?: string | null;
  effectiveDate?: string;
  endDate?: string | null;
  insured?: InsuredInput[];
  beneficiaryDesignation?: BeneficiaryDesignation;
  beneficiaries?: BeneficiaryInput[];
};

export type CreatePolicyBody = PolicyFieldsInput & {
  orgUnitId: number;
  insurerId: number;
  policyNumber: string;
  policyholderId: number;
  sumInsured: string;
  premium: string;
  paymentFrequency: PaymentFrequency;
  paymentMode: PaymentMode;
  effectiveDate: string;
  insured: InsuredInput[];
  beneficiaryDesignation: BeneficiaryDesignation;
  receivedAt?: string;
  review: ReviewInput;
  holdNotice?: NoticeInput;
};

export type PolicyFilters = {
  state?: PolicyState;
  lineOfBusiness?: LineOfBusiness;
  agentId?: number;
  insurerId?: number;
  clientId?: number;
  endingBy?: string;
  number?: string;
};

export const PAGE_SIZE = 20;

export const listPolicies = (filters: PolicyFilters, cursor?: string, limit = PAGE_SIZE) =>
  api.get<Page<Policy>>('/policies', { ...filters, cursor, limit });

export const getPolicy = (id: number) => api.get<PolicyDetail>(`/policies/${id}`);

export const createPolicy = (body: CreatePolicyBody) => api.post<Policy>('/policies', body);

export const updatePolicy = (id: number, body: PolicyFieldsInput & { version: number }) => api.patch<Policy>(`/policies/${id}`, body);

export const reviewPolicy = (id: number, body: { version: number; review: ReviewInput; holdNotice?: NoticeInput }) =>
  api.post<PolicyDetail>(`/policies/${id}/review`, body);

export type VerifyCheck = { field: VerifyField; matches: boolean; clientSays?: string | null };
export const verifyPolicy = (id: number, body: { version: number; checks: VerifyCheck[]; notice?: NoticeInput }) =>
  api.post<PolicyDetail>(`/policies/${id}/verify`, body);

export const resolveDifference = (id: number, differenceId: number, body: { version: number; resolution: DifferenceResolution; note: string }) =>
  api.post<PolicyDetail>(`/policies/${id}/differences/${differenceId}/resolve`, body);

export const changePolicyStatus = (id: number, body: { version: number; to: PolicyState; reason: string }) =>
  api.post<PolicyDetail>(`/policies/${id}/status`, body);

export type RequestReissueBody = {
  reason: ReissueReason;
  applicantClientId: number;
  identityMethod: IdentityMethod;
  identityChecked: boolean;
  identityNote?: string | null;
  note?: string | null;
};
export const requestReissue = (id: number, body: RequestReissueBody) => api.post<PolicyDetail>(`/policies/${id}/reissues`, body);

export type ReissueStep = 'submitted' | 'reissued' | 'cancelled';
export const advanceReissue = (id: number, reissueId: number, body: { version: number; to: ReissueStep; note?: string | null }) =>
  api.post<PolicyDetail>(`/policies/${id}/reissues/${reissueId}/advance`, body);

export const revealBankAccount = (id: number) => api.post<{ value: string | null }>(`/policies/${id}/reveal`, { field: 'bankAccount' });

// ---- Catalogue (company-wide reference data: GET /insurers, GET /products)

export type Insurer = { id: number; code: string; name: string; nameEn: string | null; servicePhone: string | null; active: boolean };
export type Product = {
  id: number;
  insurerId: number;
  code: string;
  name: string;
  nameEn: string | null;
  lineOfBusiness: LineOfBusiness;
  termType: TermType;
  active: boolean;
};

export const listInsurers = () => api.get<Page<Insurer>>('/insurers', { active: true, limit: 200 }).then((p) => p.items);
export const listProducts = (insurerId: number) =>
  api.get<Page<Product>>('/products', { insurerId, active: true, limit: 200 }).then((p) => p.items);
