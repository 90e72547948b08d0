import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { invalidateDeadlines } from '../../shared/deadlines/deadlines.api';
import { everyOf, type BodyOf, type QueryOf, type ResponseOf } from '../../api/types';

// The shapes are the server's (web/src/api/schema.d.ts, generated from the route schemas); the
// lists below are checked against them, so a value added or renamed on the server fails the build.

export type PolicyDetail = ResponseOf<'/policies/{id}'>;
/** A whole policy (what the detail, a save and an intake answer); the premium account masked (R-CL-6). */
export type Policy = Omit<PolicyDetail, 'parties' | 'reviews' | 'notices' | 'differences' | 'allowedTransitions' | 'verifyFields'>;
/** A row of the policy list: the columns lists show (the list page, a client's tab, the header search). */
export type PolicyListItem = ResponseOf<'/policies'>['items'][number];
export type PolicyParty = PolicyDetail['parties'][number];
export type PolicyReview = PolicyDetail['reviews'][number];
export type PolicyNotice = PolicyDetail['notices'][number];
export type PolicyDifference = PolicyDetail['differences'][number];

/** R-PO-1..7: registered → on hold → verified → in force → lapsed / terminated / expired. */
export type PolicyState = Policy['state'];
export const POLICY_STATES = everyOf<PolicyState>()(['registered', 'on_hold', 'verified', 'in_force', 'lapsed', 'terminated', 'expired']);
/** 险种类别 (R-PO-3). */
export type LineOfBusiness = Policy['lineOfBusiness'];
export const LINES_OF_BUSINESS = everyOf<LineOfBusiness>()(['life', 'health', 'accident', 'property', 'auto', 'liability', 'other']);
/** 人身保险: only these name beneficiaries (Insurance Law Art. 18, 39-42). */
export const PERSONAL_LINES: readonly LineOfBusiness[] = ['life', 'health', 'accident'];
export type TermType = Policy['termType'];
export const TERM_TYPES = everyOf<TermType>()(['short_term', 'long_term']);
export type PaymentFrequency = Policy['paymentFrequency'];
export const PAYMENT_FREQUENCIES = everyOf<PaymentFrequency>()(['single', 'annual', 'semiannual', 'quarterly', 'monthly']);
export type PaymentMode = Policy['paymentMode'];
export const PAYMENT_MODES = everyOf<PaymentMode>()(['auto_debit', 'bank_transfer', 'cash', 'card', 'online', 'other']);
export type BeneficiaryDesignation = Policy['beneficiaryDesignation'];
export type PartyRelation = NonNullable<PolicyParty['relation']>;
export const PARTY_RELATIONS = everyOf<PartyRelation>()(['self', 'spouse', 'child', 'parent', 'other']);
export type NoticeChannel = PolicyNotice['channel'];
export const NOTICE_CHANNELS = everyOf<NoticeChannel>()(['phone', 'sms', 'letter', 'visit', 'wechat', 'email']);
export type DifferenceResolution = NonNullable<PolicyDifference['resolution']>;
export const DIFFERENCE_RESOLUTIONS = everyOf<DifferenceResolution>()(['policy_correct', 'client_confirmed_policy', 'insurer_correction', 'record_corrected']);
/** R-PO-4: what verification compares with the client's own papers. */
export type VerifyField = PolicyDifference['field'];

// ---- Inputs

export type CreatePolicyBody = BodyOf<'/policies', 'post'>;
/** The fields a correction may carry (PATCH without its version). */
export type PolicyFieldsInput = Omit<BodyOf<'/policies/{id}', 'patch'>, 'version'>;
export type InsuredInput = NonNullable<PolicyFieldsInput['insured']>[number];
export type BeneficiaryInput = NonNullable<PolicyFieldsInput['beneficiaries']>[number];
export type ReviewInput = CreatePolicyBody['review'];
export type NoticeInput = NonNullable<CreatePolicyBody['holdNotice']>;

export type PolicyFilters = Omit<QueryOf<'/policies'>, 'cursor' | 'limit'>;

export const PAGE_SIZE = 20;

export const listPolicies = (filters: PolicyFilters, cursor?: string, limit = PAGE_SIZE) =>
  api.get<ResponseOf<'/policies'>>('/policies', { ...filters, cursor, limit } satisfies QueryOf<'/policies'>);

export const getPolicy = (id: number) => api.get<PolicyDetail>(`/policies/${id}`);

export const createPolicy = (body: CreatePolicyBody) => api.post<ResponseOf<'/policies', 'post', 201>>('/policies', body);

export const updatePolicy = (id: number, body: BodyOf<'/policies/{id}', 'patch'>) => api.patch<ResponseOf<'/policies/{id}', 'patch'>>(`/policies/${id}`, body);

export const reviewPolicy = (id: number, body: BodyOf<'/policies/{id}/review', 'post'>) =>
  api.post<ResponseOf<'/policies/{id}/review', 'post'>>(`/policies/${id}/review`, body);

export type VerifyCheck = BodyOf<'/policies/{id}/verify', 'post'>['checks'][number];
export const verifyPolicy = (id: number, body: BodyOf<'/policies/{id}/verify', 'post'>) =>
  api.post<ResponseOf<'/policies/{id}/verify', 'post'>>(`/policies/${id}/verify`, body);

export const resolveDifference = (id: number, differenceId: number, body: BodyOf<'/policies/{id}/differences/{differenceId}/resolve', 'post'>) =>
  api.post<ResponseOf<'/policies/{id}/differences/{differenceId}/resolve', 'post'>>(`/policies/${id}/differences/${differenceId}/resolve`, body);

export const changePolicyStatus = (id: number, body: BodyOf<'/policies/{id}/status', 'post'>) =>
  api.post<ResponseOf<'/policies/{id}/status', 'post'>>(`/policies/${id}/status`, body);

export const revealBankAccount = (id: number) =>
  api.post<ResponseOf<'/policies/{id}/reveal', 'post'>>(`/policies/${id}/reveal`, { field: 'bankAccount' } satisfies BodyOf<'/policies/{id}/reveal', 'post'>);

// ---- Catalogue (company-wide reference data: GET /insurers, GET /products)

export type Insurer = ResponseOf<'/insurers'>['items'][number];
export type Product = ResponseOf<'/products'>['items'][number];

export const listInsurers = () => api.get<ResponseOf<'/insurers'>>('/insurers', { active: true, limit: 200 } satisfies QueryOf<'/insurers'>).then((p) => p.items);
export const listProducts = (insurerId: number) =>
  api.get<ResponseOf<'/products'>>('/products', { insurerId, active: true, limit: 200 } satisfies QueryOf<'/products'>).then((p) => p.items);

/** Query keys: a policy's reads sit under policyKeys.all. */
export const policyKeys = {
  all: ['policies'] as const,
  list: () => [...policyKeys.all, 'list'] as const,
  detail: (id: number) => [...policyKeys.all, 'detail', id] as const,
};

/**
 * A write on a policy (intake, edit, review, verification, a difference, a status move, a reissue):
 * `mutateAsync(() => verifyPolicy(id, body))`. Every step opens or closes deadlines, so after it the
 * policies and the deadlines on screen are read again; the caller shows the answer at once.
 */
export function usePolicyStep<Answer = PolicyDetail>() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (send: () => Promise<Answer>) => send(),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: policyKeys.all });
      void invalidateDeadlines(client);
    },
  });
}
