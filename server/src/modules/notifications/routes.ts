import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { pageOf } from '../../platform/http/pagination.js';
import { contextOf } from '../../platform/http/request-context.js';
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

  app.get(
    '/api/v1/notifications',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Your notifications, newest first (cursor pagination)', querystring: ListNotificationsQuery, response: { 200: pageOf(Notification) } },
    },
    async (req) => listNotifications(contextOf(req), req.query),
  );

  app.get(
    '/api/v1/notifications/unread-count',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'How many of your notifications are unread', response: { 200: Type.Object({ count: Type.Integer() }) } },
    },
    async (req) => ({ count: await countUnread(contextOf(req)) }),
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { permission: 'authenticated', auditRequired: false },
      schema: { tags, summary: 'Mark one of your notifications read', params: NotificationIdParams, response: { 200: Notification } },
    },
    async (req) => markNotificationRead(contextOf(req), req.params.id),
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      config: { permission: 'authenticated', auditRequired: false },
      schema: { tags, summary: 'Mark all your notifications read', response: { 200: Type.Object({ marked: Type.Integer() }) } },
    },
    async (req) => markAllNotificationsRead(contextOf(req)),
  );
}
