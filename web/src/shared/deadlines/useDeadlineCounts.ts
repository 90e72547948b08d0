import { useQuery } from '@tanstack/react-query';
import { deadlineKeys, getDeadlineCounts, type DeadlineCounts } from './deadlines.api';

const MINUTE = 60_000;

/** My overdue and due-soon counts (and, for supervisors, overdue in scope): every minute, on return to the page, and after any change here. */
export function useDeadlineCounts(enabled: boolean): DeadlineCounts | null {
  const { data } = useQuery({
    queryKey: deadlineKeys.counts(),
    queryFn: getDeadlineCounts,
    enabled,
    refetchInterval: MINUTE,
    refetchOnWindowFocus: true,
    retry: false, // a badge is not worth an error message, nor a retry
  });
  return enabled ? (data ?? null) : null;
}
