import { api } from '../../api/client';

/** GET /agents: an active holder of the agent role in the caller's scope, and the unit where they are one. */
export type Agent = { id: number; displayName: string; orgUnitId: number; orgUnitName: string; orgUnitNameEn: string | null };

export const findAgents = (query: { q?: string; orgUnitId?: number; limit?: number }) =>
  api.get<{ items: Agent[] }>('/agents', { limit: 20, ...query }).then((r) => r.items);
