/**
 * Deadlines on any page: a record page shows its own with
 * `<DeadlineList entityType="claim" entityId={String(claim.id)} />` (see web/README.md).
 */
export { DeadlineList } from './DeadlineList';
export { DeadlineCards, replaceDeadline } from './DeadlineCards';
export { DeadlineCard } from './DeadlineCard';
export { DeadlineBasis } from './DeadlineBasis';
export { countdown, recordLabel, spanText } from './countdown';
export {
  deadlineKeys, getDeadlineCounts, getMyDueItems, invalidateDeadlines, listDeadlines, LIVE_STATES,
  type Deadline, type DeadlineCounts, type DeadlineQuery, type DeadlineState, type MyDueItems,
} from './deadlines.api';
export { useDeadlineCounts } from './useDeadlineCounts';
