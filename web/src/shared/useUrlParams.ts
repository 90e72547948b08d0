import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * A list's filters kept in the address (so a reload, a bookmark or a shared link shows the same
 * list): the current values and a setter that removes a filter when it is cleared.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const setParam = useCallback(
    (key: string, value: string | undefined) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      }),
    [setParams],
  );
  return [params, setParam] as const;
}
