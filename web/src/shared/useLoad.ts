import { keepPreviousData, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';

type Updater<T> = T | null | ((prev: T | null) => T | null);

/**
 * Read something through the query cache under `queryKey` (the key names the resource and every
 * input, e.g. `policyKeys.detail(id)`), keeping the last good answer while reloading. `setData`
 * puts an answer the server sent to a write straight into the cache.
 */
export function useLoad<T>(
  queryKey: QueryKey,
  load: () => Promise<T>,
  options: { enabled?: boolean; staleTime?: number; refetchInterval?: number; refetchOnWindowFocus?: boolean } = {},
) {
  const client = useQueryClient();
  const query = useQuery({ queryKey, queryFn: load, placeholderData: keepPreviousData, ...options });
  const setData = (next: Updater<T>) =>
    client.setQueryData<T>(queryKey, (prev) => (typeof next === 'function' ? (next as (p: T | null) => T | null)(prev ?? null) : next) ?? undefined);
  return {
    data: query.data ?? null,
    setData,
    loading: query.isFetching,
    error: query.error ?? null,
    reload: () => query.refetch(),
  };
}
