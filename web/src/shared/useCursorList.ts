import { keepPreviousData, useInfiniteQuery, useQueryClient, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Page } from '../api/client';

/**
 * A cursor-paginated list ("load more") through the query cache: the first page whenever the
 * filters change (the key is `[...queryKey, filters]`), then further pages appended.
 */
export function useCursorList<T, F>(
  queryKey: QueryKey,
  fetchPage: (filters: F, cursor: string | undefined) => Promise<Page<T>>,
  filters: F,
  options: { enabled?: boolean } = {},
) {
  const client = useQueryClient();
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const key = [...queryKey, filters];
  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => fetchRef.current(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    ...options,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  /** Put what a write answered into the list on screen (replace a row, add one); the pages keep their cursors. */
  const setItems = (update: (items: T[]) => T[]) =>
    client.setQueryData<InfiniteData<Page<T>, string | undefined>>(key, (data) => {
      if (!data) return data;
      const next = update(data.pages.flatMap((p) => p.items));
      let from = 0;
      const pages = data.pages.map((page, i) => {
        const to = i === data.pages.length - 1 ? next.length : from + page.items.length;
        const slice = next.slice(from, to);
        from = to;
        return { ...page, items: slice };
      });
      return { ...data, pages };
    });

  return {
    items,
    setItems,
    loading: query.isFetching,
    error: query.error ?? null,
    hasMore: query.hasNextPage,
    loadMore: () => (query.hasNextPage ? query.fetchNextPage().then(() => undefined) : Promise.resolve()),
  };
}
