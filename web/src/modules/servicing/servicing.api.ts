import { api } from '../../api/client';
import { everyOf, type BodyOf, type ResponseOf } from '../../api/types';

// The server's shapes (web/src/api/schema.d.ts): servicing requests (保全申请, R-SV-1..5).
export type ServicingRequest = ResponseOf<'/servicing-requests/{id}'>;
export type ServicingList = ResponseOf<'/servicing-requests'>;
export type ServicingTypeInfo = ResponseOf<'/servicing-types'>['items'][number];
export type CreateServicingBody = BodyOf<'/policies/{id}/servicing-requests', 'post'>;
export type StepBody = BodyOf<'/servicing-requests/{id}/steps', 'post'>;
export type ServicingEvent = StepBody['event'];
export type ServicingState = ServicingRequest['state'];

export const SERVICING_STATES: ServicingState[] = ['received', 'processing', 'awaiting_signature', 'completed', 'refused', 'withdrawn'];

/** A reissue's details (R-PO-7): why, and how the policyholder's identity was checked. */
type RequestDetails = NonNullable<CreateServicingBody['details']>;
export type ReissueReason = NonNullable<RequestDetails['reissueReason']>;
export type IdentityMethod = NonNullable<RequestDetails['identityMethod']>;
export const REISSUE_REASONS = everyOf<ReissueReason>()(['lost', 'damaged', 'other']);
export const IDENTITY_METHODS = everyOf<IdentityMethod>()(['id_card_in_person', 'id_card_copy_and_call', 'video', 'other']);
/** Whether a value read from a request's details is one of the known values. */
export const isOneOf = <T extends string>(value: unknown, values: readonly T[]): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);

export const servicingKeys = {
  all: ['servicing'] as const,
  list: () => ['servicing', 'list'] as const,
  one: (id: number) => ['servicing', 'one', id] as const,
  types: () => ['servicing', 'types'] as const,
};

export const getServicingTypes = () => api.get<ResponseOf<'/servicing-types'>>('/servicing-types');
export const getServicingRequest = (id: number) => api.get<ServicingRequest>(`/servicing-requests/${id}`);
export const createServicingRequest = (policyId: number, body: CreateServicingBody) => api.post<ServicingRequest>(`/policies/${policyId}/servicing-requests`, body);
export const fireServicingStep = (id: number, body: StepBody) => api.post<ServicingRequest>(`/servicing-requests/${id}/steps`, body);
