import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { notFound, unauthenticated } from '../../platform/http/errors.js';
import { presentNotifications } from './find-notifications.js';
import type { Notification } from './notifications.types.js';

// Marking read is audited when it changes something: it is the record that a person saw an
// overdue or escalated deadline. Marking an already-read one again changes nothing and writes nothing.

/** Mark one of the caller's own notifications read; anyone else's is 404. */
export async function markNotificationRead(ctx: Context, id: number): Promise<Notification> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const marked = await trx
      .updateTable('notification')
      .set({ read_at: tx.clock.now() })
      .where('id', '=', id)
      .where('recipient_id', '=', actor.userId)
      .where('read_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (marked) {
      await audit(tx, {
        action: 'notification.read', entityType: 'notification', entityId: id,
        orgUnitId: marked.org_unit_id ?? actor.orgUnitId, after: { kind: marked.kind, readAt: marked.read_at },
      });
      return (await presentNotifications(tx, [marked]))[0]!;
    }
    const row = await trx.selectFrom('notification').selectAll().where('id', '=', id).where('recipient_id', '=', actor.userId).executeTakeFirst();
    if (!row) throw notFound();
    return (await presentNotifications(tx, [row]))[0]!;
  });
}

/** Mark every unread notification of the caller read. */
export async function markAllNotificationsRead(ctx: Context): Promise<{ marked: number }> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const readAt = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const rows = await trx
      .updateTable('notification')
      .set({ read_at: readAt })
      .where('recipient_id', '=', actor.userId)
      .where('read_at', 'is', null)
      .returning('id')
      .execute();
    if (rows.length > 0) {
      await audit(tx, {
        action: 'notification.read_all', entityType: 'notification', entityId: null, orgUnitId: actor.orgUnitId,
        // The marked ones are those with this read_at: no need to list thousands of ids.
        after: { count: rows.length, readAt },
      });
    }
    return { marked: rows.length };
  });
}
