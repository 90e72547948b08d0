import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../api/client';

/**
 * A cursor-paginated list ("load more"): the first page whenever the filters change, then
 * further pages appended. Answers to superseded requests are dropped.
 */
export function useCursorList<T, F>(fetchPage: (filters: F, cursor: string | undefined) => Promise<Page<T>>, filters: F) {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback(async (cursor: string | undefined, append: boolean) => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const page = await fetchRef.current(filters, cursor);
      if (mine !== generation.current) return;
      setItems((prev) => (append ? [...prev, ...page.items] : page.items));
      setNextCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      if (mine === generation.current) setError(err);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [filters]);

  useEffect(() => {
    void load(undefined, false);
  }, [load]);

  return {
    items,
    setItems,
    loading,
    error,
    hasMore: nextCursor !== null,
    loadMore: () => (nextCursor ? load(nextCursor, true) : Promise.resolve()),
    reload: () => load(undefined, false),
  };
}
