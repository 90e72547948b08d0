import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Context } from '../../platform/context/context.js';
import { decodeCursor, toPage, type PageQuery } from '../../platform/http/pagination.js';
import { findClientRecord } from './find-clients.js';

export type TimelineEvent = {
  clientId: number;
  /** When it happened; now when absent. */
  at?: Date;
  /** e.g. `client.created`, `policy.issued`, `claim.reported`. */
  kind: string;
  /** The record it is about (policy, claim, callback, …); null for the client itself. */
  entityType?: string | null;
  entityId?: string | number | null;
  summaryZh: string;
  summaryEn: string;
  actorId: number | null;
};

/** The client archive's own timeline lines (R-CL-4): the text is written here only, for the form and the import. */
export const CLIENT_TIMELINE = {
  created: (complete: boolean, via: 'form' | 'import') => ({
    kind: 'client.created',
    zh: `${via === 'import' ? '批量导入' : ''}建立客户档案${complete ? '（资料完整）' : ''}`,
    en: `Client archive created${via === 'import' ? ' by import' : ''}${complete ? ' (complete)' : ''}`,
  }),
};

/**
 * R-CL-4: the one way a module puts something on a client's timeline, inside its own
 * transaction (so the entry exists exactly when the change does).
 */
export async function appendTimeline(trx: Transaction<DB>, event: TimelineEvent): Promise<void> {
  await trx
    .insertInto('client_timeline')
    .values({
      client_id: event.clientId,
      at: event.at ?? new Date(),
      kind: event.kind,
      entity_type: event.entityType ?? null,
      entity_id: event.entityId == null ? null : String(event.entityId),
      summary_zh: event.summaryZh,
      summary_en: event.summaryEn,
      actor_id: event.actorId,
    })
    .execute();
}

/** A client's timeline, newest first, in the caller's language. */
export async function listTimeline(ctx: Context, clientId: number, query: PageQuery) {
  const { db, scope, locale } = ctx;
  await findClientRecord(db, scope, clientId);
  const limit = query.limit ?? 50;
  const cursor = decodeCursor(query.cursor, 'timestamp');
  let q = db
    .selectFrom('client_timeline as t')
    .leftJoin('app_user as u', 'u.id', 't.actor_id')
    .selectAll('t')
    .select('u.display_name as actor_name')
    .where('t.client_id', '=', clientId);
  if (cursor) {
    const at = new Date(String(cursor.key));
    q = q.where((eb) => eb.or([eb('t.at', '<', at), eb.and([eb('t.at', '=', at), eb('t.id', '<', cursor.id)])]));
  }
  const rows = await q.orderBy('t.at', 'desc').orderBy('t.id', 'desc').limit(limit + 1).execute();
  return toPage(
    rows,
    limit,
    (r) => ({ key: r.at.toISOString(), id: r.id }),
    (r) => ({
      id: r.id,
      at: r.at.toISOString(),
      kind: r.kind,
      entityType: r.entity_type,
      entityId: r.entity_id,
      summary: locale === 'en' ? r.summary_en : r.summary_zh,
      actorId: r.actor_id,
      actorName: r.actor_name,
    }),
  );
}
