import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, type Page } from '../../api/client';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/types';

// The answers are the server's (route schemas → api/schema.d.ts); a deadline gains its due instant on this browser's clock.

export type DeadlineState = NonNullable<QueryOf<'/deadlines'>['state']>;
export const LIVE_STATES: readonly DeadlineState[] = ['open', 'due_soon', 'overdue'];

/** A deadline as GET /deadlines… sends it, in the caller's language. */
type Sent = ResponseOf<'/deadlines/{id}'>;

/** The record a deadline is about: its label ("GZ01-2026-0001 王小明", "咨询 17") and page (null: none, or out of scope). */
export type RecordRef = Sent['record'];

export type Deadline = Sent & {
  /** Added here: the due instant on this browser's clock (secondsLeft from the server, so a wrong PC clock does not matter). */
  dueClockMs: number;
};

const received = (d: Sent): Deadline => ({
  ...d,
  dueClockMs: d.secondsLeft === null ? Date.parse(d.dueAt) : Date.now() + d.secondsLeft * 1000,
});

export type DeadlineQuery = Omit<QueryOf<'/deadlines'>, 'cursor' | 'limit'>;

export type MyDueItems = { overdue: Deadline[]; dueToday: Deadline[]; upcoming: Deadline[]; horizon: string };

export type DeadlineCounts = ResponseOf<'/deadlines/counts'>;

export type DeadlineChange = 'pause' | 'resume' | 'cancel';

export const DEADLINE_PAGE_SIZE = 20;

export const listDeadlines = (query: DeadlineQuery, cursor?: string) =>
  api
    .get<Page<Sent>>('/deadlines', { ...query, cursor, limit: DEADLINE_PAGE_SIZE } satisfies QueryOf<'/deadlines'>)
    .then((page) => ({ ...page, items: page.items.map(received) }));

export const getDeadline = (id: number) => api.get<Sent>(`/deadlines/${id}`).then(received);

export const getMyDueItems = () =>
  api.get<ResponseOf<'/deadlines/mine'>>('/deadlines/mine').then(
    (r): MyDueItems => ({ overdue: r.overdue.map(received), dueToday: r.dueToday.map(received), upcoming: r.upcoming.map(received), horizon: r.horizon }),
  );

export const getDeadlineCounts = () => api.get<DeadlineCounts>('/deadlines/counts');

/** Pause, resume or cancel, sending the version read (pause and cancel need the reason); the answer is the deadline as it now is. */
export const changeDeadline = (id: number, change: DeadlineChange, body: BodyOf<'/deadlines/{id}/resume', 'post'>) =>
  api.post<Sent>(`/deadlines/${id}/${change}`, body).then(received);

/** Query keys: every deadline read sits under `deadlineKeys.all`, so one invalidation refreshes them all. */
export const deadlineKeys = {
  all: ['deadlines'] as const,
  list: () => [...deadlineKeys.all, 'list'] as const,
  mine: () => [...deadlineKeys.all, 'mine'] as const,
  counts: () => [...deadlineKeys.all, 'counts'] as const,
};

/**
 * After a write that may have opened, closed or changed deadlines (most record steps do): every
 * deadline on screen, the navigation badge, and whatever follows deadlines (`meta.followsDeadlines`,
 * e.g. the unread notifications) are read again.
 */
export function invalidateDeadlines(client: QueryClient): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: deadlineKeys.all }),
    client.invalidateQueries({ predicate: followsDeadlines }),
  ]).then(() => undefined);
}

const followsDeadlines = (q: { meta?: { followsDeadlines?: boolean } }) => q.meta?.followsDeadlines === true;

/**
 * After a change made on a deadline's own card: the card already shows the server's answer and
 * stays where it is (a cancelled one does not vanish from under the user); the lists are read
 * again when next shown or refreshed, the badge and what follows deadlines at once.
 */
function afterCardChange(client: QueryClient): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: deadlineKeys.all, refetchType: 'none' }),
    client.invalidateQueries({ queryKey: deadlineKeys.counts() }),
    client.invalidateQueries({ predicate: followsDeadlines }),
  ]).then(() => undefined);
}

/** Pause, resume or cancel; on success — or a 409, the deadline having changed meanwhile — see afterCardChange. */
export function useChangeDeadline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change, body }: { id: number; change: DeadlineChange; body: BodyOf<'/deadlines/{id}/resume', 'post'> }) =>
      changeDeadline(id, change, body),
    onSuccess: () => afterCardChange(client),
    onError: (err) => (err instanceof ApiError && err.status === 409 ? afterCardChange(client) : undefined),
  });
}
