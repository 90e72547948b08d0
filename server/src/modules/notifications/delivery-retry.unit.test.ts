import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, afterFailure, retryDelayMs } from './delivery-retry.js';

const MIN = 60_000;

describe('delivery retry backoff', () => {
  it('waits 1, 2, 4 … minutes after each failed attempt, at most an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 12].map((n) => retryDelayMs(n) / MIN)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('schedules the next attempt from the dispatcher’s clock', () => {
    const now = new Date('2026-12-01T02:00:00Z');
    expect(afterFailure(3, now)).toEqual({ status: 'pending', nextAttemptAt: new Date('2026-12-01T02:04:00Z') });
  });

  it('gives up after the eighth attempt', () => {
    const now = new Date();
    expect(MAX_ATTEMPTS).toBe(8);
    expect(afterFailure(7, now).status).toBe('pending');
    expect(afterFailure(8, now)).toEqual({ status: 'failed' });
  });
});
