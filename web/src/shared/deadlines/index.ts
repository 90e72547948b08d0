/**
 * Deadlines on any page: a record page shows its own with
 * `<DeadlineList entityType="claim" entityId={String(claim.id)} />` (see web/README.md).
 */
export { DeadlineList } from './DeadlineList';
export { DeadlineCards, replaceDeadline } from './DeadlineCards';
export { DeadlineCard } from './DeadlineCard';
export { DeadlineBasis } from './DeadlineBasis';
export { LawCitation } from './LawCitation';
export { countdown, entityTypeName, spanText } from './countdown';
export { RecordLink } from './RecordLink';
export {
  deadlineKeys, getDeadlineCounts, getMyDueItems, invalidateDeadlines, listDeadlines, LIVE_STATES,
  type Deadline, type DeadlineCounts, type DeadlineQuery, type DeadlineState, type MyDueItems, type RecordRef,
} from './deadlines.api';
export { useDeadlineCounts } from './useDeadlineCounts';
