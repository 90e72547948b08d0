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
