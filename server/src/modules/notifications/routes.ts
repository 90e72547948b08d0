import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { unauthenticated } from '../../platform/http/errors.js';
import { pageOf } from '../../platform/http/pagination.js';
import { countUnread, listNotifications } from './find-notifications.js';
import { markAllNotificationsRead, markNotificationRead } from './mark-notifications-read.js';
import { ListNotificationsQuery, Notification, NotificationIdParams } from './notifications.types.js';

const tags = ['notifications'];

/**
 * In-app notifications: everyone sees only their own, whatever their roles. The marking routes
 * audit only a mark that changes something (see mark-notifications-read.ts), so they opt out of
 * the "every successful write has an entry" check: repeating a mark is a successful no-op.
 */
export async function notificationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const me = (userId: number | undefined) => {
    if (userId === undefined) throw unauthenticated();
    return userId;
  };

  app.get(
    '/api/v1/notifications',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Your notifications, newest first (cursor pagination)', querystring: ListNotificationsQuery, response: { 200: pageOf(Notification) } },
    },
    async (req) => listNotifications(app.db, me(req.actor?.userId), req.locale, req.query),
  );

  app.get(
    '/api/v1/notifications/unread-count',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'How many of your notifications are unread', response: { 200: Type.Object({ count: Type.Integer() }) } },
    },
    async (req) => ({ count: await countUnread(app.db, me(req.actor?.userId)) }),
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { permission: 'authenticated', auditRequired: false },
      schema: { tags, summary: 'Mark one of your notifications read', params: NotificationIdParams, response: { 200: Notification } },
    },
    async (req) => markNotificationRead(app.db, req, req.params.id),
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      config: { permission: 'authenticated', auditRequired: false },
      schema: { tags, summary: 'Mark all your notifications read', response: { 200: Type.Object({ marked: Type.Integer() }) } },
    },
    async (req) => markAllNotificationsRead(app.db, req),
  );
}
