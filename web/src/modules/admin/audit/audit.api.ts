import { api } from '../../../api/client';
import type { QueryOf, ResponseOf } from '../../../api/types';

export type AuditEntry = ResponseOf<'/audit'>['items'][number];

export type VerifyReport = ResponseOf<'/audit/verify'>;

/** One page of the trail as the list asks for it (filters, sort, page, page size: the server's names). */
export const fetchAuditPage = (query: Record<string, string | number>) => api.get<ResponseOf<'/audit'>>('/audit', query as QueryOf<'/audit'>);

export const verifyAudit = () => api.get<VerifyReport>('/audit/verify');

export const auditKeys = { list: () => ['audit', 'list'] as const };
