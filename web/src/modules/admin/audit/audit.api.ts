import { api } from '../../../api/client';
import type { QueryOf, ResponseOf } from '../../../api/types';

export type AuditEntry = ResponseOf<'/audit'>['items'][number];

export type AuditFilters = Pick<QueryOf<'/audit'>, 'action' | 'entityType' | 'entityId' | 'actorId'>;

/** GET /audit/verify declares no answer schema on the server, so this one is written by hand. */
export type VerifyReport =
  | { ok: true; entries: number; lastSeq: number; lastHash: string }
  | { ok: false; entries: number; brokenAt: number; problem: 'altered' | 'missing' | 'relinked'; detail: string };

export const listAudit = (filters: AuditFilters, cursor?: string) =>
  api.get<ResponseOf<'/audit'>>('/audit', { ...filters, cursor, limit: 50 } satisfies QueryOf<'/audit'>);

export const verifyAudit = () => api.get<VerifyReport>('/audit/verify');

export const auditKeys = { list: () => ['audit', 'list'] as const };
