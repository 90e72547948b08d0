/**
 * When a delivery is tried again, as pure rules. A dispatcher holds a claimed delivery for a
 * lease; if it dies, the delivery becomes claimable again once the lease runs out.
 */

export const LEASE_MS = 2 * 60_000;
/** After this many attempts a delivery is given up ('failed'). */
export const MAX_ATTEMPTS = 8;

const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** Wait after the n-th failed attempt: 1 min · 2^(n−1), at most 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

export type FailureOutcome = { status: 'failed' } | { status: 'pending'; nextAttemptAt: Date };

export function afterFailure(attempts: number, now: Date): FailureOutcome {
  if (attempts >= MAX_ATTEMPTS) return { status: 'failed' };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
