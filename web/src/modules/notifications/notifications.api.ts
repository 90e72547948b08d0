import { api, type Page } from '../../api/client';

/** An in-app notification, its title and body rendered by the server in the caller's language. */
export type AppNotification = {
  id: number;
  /** deadline.due_soon, deadline.overdue, deadline.escalated, system.message, … */
  kind: string;
  title: string;
  body: string;
  entityType: string | null;
  entityId: string | null;
  createdAt: string;
  readAt: string | null;
};

export type NotificationFilters = { unread?: boolean };

export const listNotifications = (filters: NotificationFilters, cursor?: string) =>
  api.get<Page<AppNotification>>('/notifications', { unread: filters.unread || undefined, cursor, limit: 20 });

export const getUnreadCount = () => api.get<{ count: number }>('/notifications/unread-count').then((r) => r.count);

export const markRead = (id: number) => api.post<AppNotification>(`/notifications/${id}/read`);

export const markAllRead = () => api.post<{ marked: number }>('/notifications/read-all');
