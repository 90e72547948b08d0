import type { Selectable } from 'kysely';
import type { NotificationTable } from '../../platform/db/schema.js';
import type { Context } from '../../platform/context/context.js';
import { unauthenticated } from '../../platform/http/errors.js';
import type { Locale } from '../../platform/http/locale.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { resolveRecords, type RecordRef } from '../deadlines/record-labels.js';
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
  const page = toPage(rows, limit, (r) => ({ key: r.id, id: r.id }), (r) => r);
  return { items: await presentNotifications(ctx, page.items), nextCursor: page.nextCursor };
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

/** Notifications as their recipient reads them: in the caller's language, each with its record's label and link. */
export async function presentNotifications(ctx: Context, rows: Selectable<NotificationTable>[]): Promise<Notification[]> {
  const recordOf = await resolveRecords(ctx, rows.map((r) => ({ entityType: r.entity_type, entityId: r.entity_id })));
  return rows.map((row) => toNotification(row, ctx.locale, row.entity_type && row.entity_id !== null ? recordOf(row.entity_type, row.entity_id) : null));
}

function toNotification(row: Selectable<NotificationTable>, locale: Locale, record: RecordRef | null): Notification {
  return {
    id: row.id,
    kind: row.kind,
    ...renderNotification(row.kind, row.params, locale),
    entityType: row.entity_type,
    entityId: row.entity_id,
    record,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}
