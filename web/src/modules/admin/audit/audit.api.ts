import { api, type Page } from '../../../api/client';

export type AuditEntry = {
  seq: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  orgUnitId: number | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  hash: string;
};

export type AuditFilters = { action?: string; entityType?: string; entityId?: string; actorId?: number };

export type VerifyReport =
  | { ok: true; entries: number; lastSeq: number; lastHash: string }
  | { ok: false; entries: number; brokenAt: number; problem: 'altered' | 'missing' | 'relinked'; detail: string };

export const listAudit = (filters: AuditFilters, cursor?: string) =>
  api.get<Page<AuditEntry>>('/audit', { ...filters, cursor, limit: 50 });

export const verifyAudit = () => api.get<VerifyReport>('/audit/verify');
