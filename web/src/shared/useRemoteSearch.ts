import { useEffect, useRef, useState } from 'react';

/**
 * Search as the user types: `search(term)` runs `delay` ms after the term stops changing,
 * while `enabled`; answers to superseded terms are dropped. A term shorter than `minLength`
 * clears the results without asking the server.
 */
export function useRemoteSearch<T>(
  search: (term: string) => Promise<T[]>,
  term: string,
  { delay = 250, enabled = true, minLength = 0 }: { delay?: number; enabled?: boolean; minLength?: number } = {},
) {
  const [items, setItems] = useState<T[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);
  const searchRef = useRef(search);
  searchRef.current = search;
  const trimmed = term.trim();

  useEffect(() => {
    const mine = ++generation.current;
    if (!enabled || trimmed.length < minLength) {
      setItems([]);
      setLoading(false);
      return;
    }
    setLoading(true);
    const timer = window.setTimeout(() => {
      searchRef.current(trimmed).then(
        (found) => {
          if (mine !== generation.current) return;
          setItems(found);
          setError(null);
          setLoading(false);
        },
        (err: unknown) => {
          if (mine !== generation.current) return;
          setError(err);
          setLoading(false);
        },
      );
    }, delay);
    return () => window.clearTimeout(timer);
  }, [trimmed, enabled, minLength, delay]);

  return { items, loading, error };
}
