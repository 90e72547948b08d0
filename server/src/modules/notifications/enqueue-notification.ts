import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { SMS_KINDS, isNotificationKind, type NotificationKind, type NotificationParams } from './templates.js';

/** One notification to create; `dedupeKey` (e.g. `deadline:42:overdue:user:7`) makes a re-run create nothing. */
export type NotificationItem = {
  [K in NotificationKind]: {
    dedupeKey: string;
    recipientId: number;
    kind: K;
    params: NotificationParams[K];
    entityType?: string | null;
    entityId?: string | number | null;
    orgUnitId?: number | null;
  };
}[NotificationKind];

export type EnqueuedNotification = { id: number; dedupeKey: string; recipientId: number; kind: string };

// 7 parameters a row: 1000 rows stay far below PostgreSQL's 65535 parameters per statement.
const BATCH_SIZE = 1000;

/**
 * Creates the notifications that do not exist yet, and their outbound deliveries: email when
 * the recipient has an address, SMS when they have a mobile and the kind is urgent. The in-app
 * notification is the row itself. Set-based and batched (a sweep may pass thousands); run it in
 * the caller's transaction so the notifications commit with the change that caused them.
 * Returns only the notifications created by this call.
 */
export async function enqueueNotifications(db: Kysely<DB>, items: readonly NotificationItem[]): Promise<EnqueuedNotification[]> {
  const byKey = new Map<string, NotificationItem>();
  for (const item of items) {
    if (!isNotificationKind(item.kind)) throw new Error(`Unknown notification kind "${String(item.kind)}"`);
    if (!byKey.has(item.dedupeKey)) byKey.set(item.dedupeKey, item);
  }
  const unique = [...byKey.values()];
  const created: EnqueuedNotification[] = [];
  for (let start = 0; start < unique.length; start += BATCH_SIZE) {
    const rows = await db
      .insertInto('notification')
      .values(
        unique.slice(start, start + BATCH_SIZE).map((item) => ({
          dedupe_key: item.dedupeKey,
          recipient_id: item.recipientId,
          kind: item.kind,
          params: JSON.stringify(item.params),
          entity_type: item.entityType ?? null,
          entity_id: item.entityId == null ? null : String(item.entityId),
          org_unit_id: item.orgUnitId ?? null,
        })),
      )
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning(['id', 'dedupe_key', 'recipient_id', 'kind'])
      .execute();
    if (rows.length === 0) continue;
    await addDeliveries(db, rows.map((r) => r.id));
    created.push(...rows.map((r) => ({ id: r.id, dedupeKey: r.dedupe_key, recipientId: r.recipient_id, kind: r.kind })));
  }
  return created;
}

async function addDeliveries(db: Kysely<DB>, notificationIds: number[]): Promise<void> {
  await insertDeliveriesFor(sql`(select id, recipient_id, kind from notification where id = any(${notificationIds}::bigint[]))`).execute(db);
}

/**
 * The delivery rule, as SQL over a relation of new notifications with columns (id,
 * recipient_id, kind): email when the recipient has an address, SMS when they have a mobile
 * and the kind is urgent. A disabled account gets its in-app notification but no mail or
 * text: the person has left. The set-based deadline sweep passes its `notified` CTE: rows
 * inserted by a sibling CTE are not visible through the table in the same statement.
 */
export function insertDeliveriesFor(notifications: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    insert into notification_delivery (notification_id, channel)
    select n.id, c.channel
    from ${notifications} as n
    join app_user u on u.id = n.recipient_id
    cross join (values ('email'), ('sms')) as c (channel)
    where u.status = 'active'
      and case c.channel
            when 'email' then coalesce(u.email, '') <> ''
            else u.mobile_enc is not null and n.kind = any(${[...SMS_KINDS]}::text[])
          end
    on conflict (notification_id, channel) do nothing`;
}
