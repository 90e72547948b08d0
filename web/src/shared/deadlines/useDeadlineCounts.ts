import { useCallback, useEffect, useState } from 'react';
import { useInterval } from '../timers';
import { getDeadlineCounts, onDeadlinesChanged, type DeadlineCounts } from './deadlines.api';

const MINUTE = 60_000;

/** My overdue and due-soon counts (and, for supervisors, overdue in scope): every minute and after any change here. */
export function useDeadlineCounts(enabled: boolean): DeadlineCounts | null {
  const [counts, setCounts] = useState<DeadlineCounts | null>(null);
  const load = useCallback(() => {
    getDeadlineCounts().then(setCounts, () => undefined); // a badge is not worth an error message
  }, []);
  useEffect(() => {
    if (!enabled) return;
    load();
    return onDeadlinesChanged(load);
  }, [enabled, load]);
  useInterval(load, MINUTE, enabled);
  return enabled ? counts : null;
}
