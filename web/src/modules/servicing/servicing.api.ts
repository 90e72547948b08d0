import { api } from '../../api/client';
import type { BodyOf, ResponseOf } from '../../api/types';

// The server's shapes (web/src/api/schema.d.ts): servicing requests (保全申请, R-SV-1..5).
export type ServicingRequest = ResponseOf<'/servicing-requests/{id}'>;
export type ServicingList = ResponseOf<'/servicing-requests'>;
export type ServicingTypeInfo = ResponseOf<'/servicing-types'>['items'][number];
export type CreateServicingBody = BodyOf<'/policies/{id}/servicing-requests', 'post'>;
export type StepBody = BodyOf<'/servicing-requests/{id}/steps', 'post'>;
export type ServicingEvent = StepBody['event'];
export type ServicingState = ServicingRequest['state'];

export const SERVICING_STATES: ServicingState[] = ['received', 'processing', 'awaiting_signature', 'completed', 'refused', 'withdrawn'];

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
