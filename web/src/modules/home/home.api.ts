import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { deadlineKeys, listDeadlines, type Deadline } from '../../shared/deadlines';

/** How many deadlines each list on the home page shows; the rest are on 我的待办. */
export const HOME_LIST_SIZE = 5;

export type DemoStatus = ResponseOf<'/demo'>;

/** Whether the demo data set is loaded (GET /demo): then the admin is told which demo user to try for what. */
export function useDemoStatus(enabled: boolean): DemoStatus | null {
  const { data } = useQuery({
    queryKey: ['demo'],
    queryFn: () => api.get<DemoStatus>('/demo'),
    enabled,
    staleTime: Infinity,
    retry: false, // a hint is not worth an error message
  });
  return enabled ? (data ?? null) : null;
}

/** The first few deadlines of a list, soonest due first; under `deadlineKeys.all`, so every deadline change refreshes them. */
export function useFirstDeadlines(name: 'mine' | 'scopeOverdue', query: Parameters<typeof listDeadlines>[0], enabled: boolean) {
  return useQuery({
    queryKey: [...deadlineKeys.all, 'home', name, query],
    queryFn: async (): Promise<Deadline[]> => (await listDeadlines(query)).items.slice(0, HOME_LIST_SIZE),
    enabled,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}
