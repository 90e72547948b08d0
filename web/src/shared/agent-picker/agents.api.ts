import { api } from '../../api/client';
import type { QueryOf, ResponseOf } from '../../api/types';

/** GET /agents: an active holder of the agent role in the caller's scope, and the unit where they are one. */
export type Agent = ResponseOf<'/agents'>['items'][number];

export const findAgents = (query: QueryOf<'/agents'>) => api.get<ResponseOf<'/agents'>>('/agents', { limit: 20, ...query }).then((r) => r.items);

export const agentKeys = {
  all: ['agents'] as const,
  search: (orgUnitId: number | undefined) => [...agentKeys.all, 'search', orgUnitId ?? null] as const,
};
