import { api, type Page } from '../../api/client';
import type { BodyOf, QueryOf } from '../../api/types';

// The deadline routes declare no answer schema on the server: the answers (Deadline, MyDueItems,
// DeadlineCounts) are written by hand here; the queries and request bodies are the server's.

export type DeadlineState = NonNullable<QueryOf<'/deadlines'>['state']>;
export const LIVE_STATES: readonly DeadlineState[] = ['open', 'due_soon', 'overdue'];

/** A deadline as GET /deadlines… sends it, in the caller's language. */
export type Deadline = {
  id: number;
  ruleId: string;
  ruleName: string;
  module: string;
  /** Why it exists: SPEC rule id, law article (if any) and the rule's text. */
  basis: { specId: string | null; lawRef: string | null; text: string };
  entityType: string;
  entityId: string;
  orgUnitId: number;
  orgUnitName: string;
  ownerId: number | null;
  ownerName: string | null;
  startedAt: string;
  dueAt: string;
  warnAt: string;
  /** The due date touches a year whose official holiday schedule is not entered yet. */
  provisional: boolean;
  state: DeadlineState;
  paused: boolean;
  pauseReason: string | null;
  completedAt: string | null;
  cancelReason: string | null;
  escalatedAt: string | null;
  /** Seconds to the due time when the server answered (negative: overdue); null once ended. */
  secondsLeft: number | null;
  /** For working-day rules: working days after today up to the due date (negative: since it passed). */
  workingDaysLeft: number | null;
  version: number;
  /** Added here: the due instant on this browser's clock (secondsLeft from the server, so a wrong PC clock does not matter). */
  dueClockMs: number;
};

type Sent = Omit<Deadline, 'dueClockMs'>;

const received = (d: Sent): Deadline => ({
  ...d,
  dueClockMs: d.secondsLeft === null ? Date.parse(d.dueAt) : Date.now() + d.secondsLeft * 1000,
});

export type DeadlineQuery = Omit<QueryOf<'/deadlines'>, 'cursor' | 'limit'>;

export type MyDueItems = { overdue: Deadline[]; dueToday: Deadline[]; upcoming: Deadline[]; horizon: string };

export type DeadlineCounts = { mine: { overdue: number; dueSoon: number }; scopeOverdue: number | null };

export type DeadlineChange = 'pause' | 'resume' | 'cancel';

export const DEADLINE_PAGE_SIZE = 20;

export const listDeadlines = (query: DeadlineQuery, cursor?: string) =>
  api
    .get<Page<Sent>>('/deadlines', { ...query, cursor, limit: DEADLINE_PAGE_SIZE } satisfies QueryOf<'/deadlines'>)
    .then((page) => ({ ...page, items: page.items.map(received) }));

export const getDeadline = (id: number) => api.get<Sent>(`/deadlines/${id}`).then(received);

export const getMyDueItems = () =>
  api.get<{ overdue: Sent[]; dueToday: Sent[]; upcoming: Sent[]; horizon: string }>('/deadlines/mine').then(
    (r): MyDueItems => ({ overdue: r.overdue.map(received), dueToday: r.dueToday.map(received), upcoming: r.upcoming.map(received), horizon: r.horizon }),
  );

export const getDeadlineCounts = () => api.get<DeadlineCounts>('/deadlines/counts');

/** Pause, resume or cancel, sending the version read (pause and cancel need the reason); the answer is the deadline as it now is. */
export const changeDeadline = (id: number, change: DeadlineChange, body: BodyOf<'/deadlines/{id}/resume', 'post'>) =>
  api.post<Sent>(`/deadlines/${id}/${change}`, body).then(received);

const CHANGED = 'anxin:deadlines-changed';

/** Tell the navigation badge (and anything else listening) that deadlines changed here. */
export function announceDeadlinesChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

export function onDeadlinesChanged(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}
