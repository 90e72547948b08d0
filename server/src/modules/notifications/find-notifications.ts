import type { Selectable } from 'kysely';
import type { NotificationTable } from '../../platform/db/schema.js';
import type { Context } from '../../platform/context/context.js';
import { unauthenticated } from '../../platform/http/errors.js';
import type { Locale } from '../../platform/http/locale.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { renderNotification } from './templates.js';
import type { ListNotificationsQuery, Notification } from './notifications.types.js';

/** Everyone sees only their own notifications: the signed-in user is the recipient. */
export function recipientOf(ctx: Context): number {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor.userId;
}

/** The recipient's own notifications, newest first. */
export async function listNotifications(ctx: Context, query: ListNotificationsQuery) {
  const recipientId = recipientOf(ctx);
  const limit = query.limit ?? 50;
  const cursor = decodeCursor(query.cursor);
  let q = ctx.db.selectFrom('notification').selectAll().where('recipient_id', '=', recipientId);
  if (query.unread) q = q.where('read_at', 'is', null);
  if (cursor) q = q.where('id', '<', cursor.id);
  const rows = await q.orderBy('id', 'desc').limit(limit + 1).execute();
  return toPage(rows, limit, (r) => ({ key: r.id, id: r.id }), (r) => toNotification(r, ctx.locale));
}

export async function countUnread(ctx: Context): Promise<number> {
  const recipientId = recipientOf(ctx);
  const row = await ctx.db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('recipient_id', '=', recipientId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function toNotification(row: Selectable<NotificationTable>, locale: Locale): Notification {
  return {
    id: row.id,
    kind: row.kind,
    ...renderNotification(row.kind, row.params, locale),
    entityType: row.entity_type,
    entityId: row.entity_id,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}
