import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Channels, ChannelName, NotificationLogger, OutgoingMessage } from './channels/channel.js';
import { LEASE_MS, afterFailure } from './delivery-retry.js';
import { renderEmail, renderSms } from './templates.js';

export type DispatchOptions = {
  batchSize?: number;
  /** When the run starts: what is due and the leases count from it; later stamps add the time elapsed. */
  now?: Date;
  logger?: NotificationLogger;
};

export type DispatchResult = { claimed: number; sent: number; retrying: number; failed: number };

// A send that takes longer is abandoned (and retried); new sends stop early enough that the
// last one ends before the lease does, so no other dispatcher can claim a delivery mid-send.
const SEND_TIMEOUT_MS = 45_000;
const STOP_SENDING_AFTER_MS = LEASE_MS - SEND_TIMEOUT_MS - 15_000;
const MAX_ERROR_LENGTH = 1000;

type Claimed = { id: number; attempts: number };
type Outcome =
  | { status: 'sent'; providerMessageId: string }
  | { status: 'retry'; error: string }
  | { status: 'give_up'; error: string };

/**
 * Sends the deliveries that are due, once each. A short claim marks them 'sending' with a lease
 * (FOR UPDATE SKIP LOCKED: concurrent dispatchers take different rows), the sending happens
 * outside any transaction, and the result is written back only while the claim is still ours
 * (same attempt number). A delivery left in 'sending' by a dead process is claimable again
 * when its lease runs out.
 */
export async function dispatchDueDeliveries(
  db: Kysely<DB>,
  channels: Channels,
  { batchSize = 50, now = new Date(), logger }: DispatchOptions = {},
): Promise<DispatchResult> {
  const result: DispatchResult = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  const claimed = await claimDueDeliveries(db, batchSize, now);
  result.claimed = claimed.length;
  if (claimed.length === 0) return result;

  const startedAt = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - startedAt));
  const details = await loadDetails(db, claimed.map((c) => c.id));
  for (const [index, claim] of claimed.entries()) {
    if (Date.now() - startedAt > STOP_SENDING_AFTER_MS) {
      await releaseUnsent(db, claimed.slice(index));
      break;
    }
    const detail = details.get(claim.id);
    const outcome = detail ? await deliver(detail, channels) : ({ status: 'give_up', error: 'notification not found' } as const);
    const { status, kept } = await recordOutcome(db, claim, outcome, clock());
    if (!kept) logger?.warn({ deliveryId: claim.id }, 'notification delivery was re-claimed before its result was recorded');
    if (status === 'sent') result.sent++;
    else if (status === 'pending') result.retrying++;
    else result.failed++;
    if (status === 'failed' && outcome.status === 'retry') {
      logger?.warn({ deliveryId: claim.id, channel: detail?.channel, error: outcome.error }, 'notification delivery failed after the last attempt');
    }
  }
  return result;
}

async function claimDueDeliveries(db: Kysely<DB>, batchSize: number, now: Date): Promise<Claimed[]> {
  // Timestamps from the database carry microseconds, `now` only milliseconds: a row stamped
  // by now() earlier within the same millisecond must count as due.
  const dueBy = new Date(now.getTime() + 1);
  const rows = await db
    .updateTable('notification_delivery as d')
    .from(
      db
        .selectFrom('notification_delivery')
        .select('id')
        .where('status', 'in', ['pending', 'sending'])
        .where('next_attempt_at', '<', dueBy)
        // 'sending' past its lease: the dispatcher that claimed it is gone.
        .where((eb) => eb.or([eb('status', '=', 'pending'), eb('lease_until', '<=', now)]))
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(batchSize)
        .forUpdate()
        .skipLocked()
        .as('due'),
    )
    .set((eb) => ({
      status: 'sending',
      attempts: eb('d.attempts', '+', 1),
      lease_until: new Date(now.getTime() + LEASE_MS),
    }))
    .whereRef('d.id', '=', 'due.id')
    .returning(['d.id', 'd.attempts'])
    .execute();
  return rows.sort((a, b) => a.id - b.id);
}

type Detail = {
  id: number;
  channel: ChannelName;
  notificationId: number;
  kind: string;
  params: unknown;
  email: string | null;
  mobileEnc: string | null;
  active: boolean;
};

async function loadDetails(db: Kysely<DB>, ids: number[]): Promise<Map<number, Detail>> {
  const rows = await db
    .selectFrom('notification_delivery as d')
    .innerJoin('notification as n', 'n.id', 'd.notification_id')
    .innerJoin('app_user as u', 'u.id', 'n.recipient_id')
    .select(['d.id', 'd.channel', 'n.id as notification_id', 'n.kind', 'n.params', 'u.email', 'u.mobile_enc', 'u.status'])
    .where('d.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id, channel: r.channel, notificationId: r.notification_id, kind: r.kind, params: r.params,
        email: r.email, mobileEnc: r.mobile_enc, active: r.status === 'active',
      },
    ]),
  );
}

async function deliver(detail: Detail, channels: Channels): Promise<Outcome> {
  const channel = channels[detail.channel];
  if (!channel) return { status: 'give_up', error: `no ${detail.channel} channel is configured` };
  // The account may have changed since the notification was created.
  if (!detail.active) return { status: 'give_up', error: 'the recipient account is disabled' };
  const message = messageFor(detail);
  if (!message) return { status: 'give_up', error: `the recipient has no ${detail.channel === 'email' ? 'email address' : 'mobile number'} or the kind sends none` };
  try {
    const { providerMessageId } = await withTimeout(channel.send(message), SEND_TIMEOUT_MS);
    return { status: 'sent', providerMessageId };
  } catch (err) {
    return { status: 'retry', error: (err instanceof Error ? err.message : String(err)).slice(0, MAX_ERROR_LENGTH) };
  }
}

function messageFor(detail: Detail): OutgoingMessage | null {
  const messageId = `notification-${detail.notificationId}-${detail.channel}`;
  if (detail.channel === 'email') {
    if (!detail.email) return null;
    return { to: detail.email, messageId, ...renderEmail(detail.kind, detail.params) };
  }
  const sms = renderSms(detail.kind, detail.params);
  if (!detail.mobileEnc || !sms) return null;
  return { to: detail.mobileEnc, messageId, subject: '', text: sms.text, template: { code: sms.templateCode, params: sms.templateParam } };
}

/** The delivery's new status; `kept` is false when the claim was lost (lease ran out, another dispatcher took it). */
async function recordOutcome(
  db: Kysely<DB>,
  claim: Claimed,
  outcome: Outcome,
  now: Date,
): Promise<{ status: 'sent' | 'pending' | 'failed'; kept: boolean }> {
  const update = db
    .updateTable('notification_delivery')
    .where('id', '=', claim.id)
    .where('status', '=', 'sending')
    .where('attempts', '=', claim.attempts);
  if (outcome.status === 'sent') {
    const done = await update
      .set({ status: 'sent', sent_at: now, provider_message_id: outcome.providerMessageId, lease_until: null, last_error: null })
      .executeTakeFirst();
    return { status: 'sent', kept: done.numUpdatedRows > 0n };
  }
  const next = outcome.status === 'retry' ? afterFailure(claim.attempts, now) : ({ status: 'failed' } as const);
  const done = await update
    .set({
      status: next.status,
      lease_until: null,
      last_error: outcome.error,
      ...(next.status === 'pending' && { next_attempt_at: next.nextAttemptAt }),
    })
    .executeTakeFirst();
  return { status: next.status, kept: done.numUpdatedRows > 0n };
}

/** Out of lease time: hand the rest back untried, without counting an attempt. */
async function releaseUnsent(db: Kysely<DB>, claims: Claimed[]): Promise<void> {
  for (const claim of claims) {
    await db
      .updateTable('notification_delivery')
      .set((eb) => ({ status: 'pending', attempts: eb('attempts', '-', 1), lease_until: null }))
      .where('id', '=', claim.id)
      .where('status', '=', 'sending')
      .where('attempts', '=', claim.attempts)
      .execute();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
