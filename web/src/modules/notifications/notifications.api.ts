import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { QueryOf, ResponseOf } from '../../api/types';

/**
 * An in-app notification, its title and body rendered by the server in the caller's language;
 * `kind`: deadline.due_soon, deadline.overdue, deadline.escalated, system.message, …
 */
export type AppNotification = ResponseOf<'/notifications'>['items'][number];

export type NotificationFilters = Pick<QueryOf<'/notifications'>, 'unread'>;

export const listNotifications = (filters: NotificationFilters, cursor?: string) =>
  api.get<ResponseOf<'/notifications'>>('/notifications', { unread: filters.unread || undefined, cursor, limit: 20 } satisfies QueryOf<'/notifications'>);

export const getUnreadCount = () => api.get<ResponseOf<'/notifications/unread-count'>>('/notifications/unread-count').then((r) => r.count);

export const markRead = (id: number) => api.post<ResponseOf<'/notifications/{id}/read', 'post'>>(`/notifications/${id}/read`);

export const markAllRead = () => api.post<ResponseOf<'/notifications/read-all', 'post'>>('/notifications/read-all');

export const notificationKeys = {
  all: ['notifications'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
  unreadCount: () => [...notificationKeys.all, 'unread-count'] as const,
};

/** The bell's number: every minute, on return to the page, and after deadlines change here (a deadline notice may be about them). */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount(),
    queryFn: getUnreadCount,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    retry: false, // a badge is not worth an error message, nor a retry
    meta: { followsDeadlines: true },
  });
}

/** Mark one read; the count is read again (the list row takes the answer: see NotificationList). */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.unreadCount() }),
  });
}

/** Mark all read; the list and the count are read again. */
export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
