import type { PolicyDetail } from './policies.api';

/**
 * What a part of the policy page that changes the policy gets: the policy as read, what to do
 * with the policy a change returns, and what to do when someone changed it meanwhile (409).
 */
export type PolicyChangeProps = { policy: PolicyDetail; onDone: (d: PolicyDetail) => void; onStale: () => void };

/** A panel of the policy page: its changes offered only to holders of policy.write. */
export type PolicyPanelProps = PolicyChangeProps & { canWrite: boolean };
