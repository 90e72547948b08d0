import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

/**
 * Search as the user types: `search(term)` runs `delay` ms after the term stops changing, while
 * `enabled`, cached under `[...queryKey, term]`. A term shorter than `minLength` clears the
 * results without asking the server.
 */
export function useRemoteSearch<T>(
  queryKey: QueryKey,
  search: (term: string) => Promise<T[]>,
  term: string,
  { delay = 250, enabled = true, minLength = 0 }: { delay?: number; enabled?: boolean; minLength?: number } = {},
) {
  const trimmed = term.trim();
  const [settled, setSettled] = useState(trimmed);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(trimmed), delay);
    return () => window.clearTimeout(timer);
  }, [trimmed, delay]);
  const searchRef = useRef(search);
  searchRef.current = search;
  const wanted = enabled && trimmed.length >= minLength;
  const query = useQuery({
    queryKey: [...queryKey, settled],
    queryFn: () => searchRef.current(settled),
    enabled: wanted && settled === trimmed,
    placeholderData: keepPreviousData,
  });
  return {
    items: wanted ? (query.data ?? []) : [],
    loading: wanted && (settled !== trimmed || query.isFetching),
    error: wanted ? (query.error ?? null) : null,
  };
}
