/** The times and state of an open deadline due in a working day, for web tests that need one (spread, then override). */
export const OPEN_DEADLINE = {
  startedAt: '2026-12-01T02:00:00Z',
  dueAt: '2026-12-08T15:59:00Z',
  warnAt: '2026-12-07T01:00:00Z',
  provisional: false,
  state: 'open',
  paused: false,
  pauseReason: null,
  completedAt: null,
  cancelReason: null,
  escalatedAt: null,
  secondsLeft: 86_400,
  workingDaysLeft: 1,
  version: 1,
} as const;
