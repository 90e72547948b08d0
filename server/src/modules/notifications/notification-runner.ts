import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Keyring } from '../../platform/pii/index.js';
import type { Channels, NotificationLogger } from './channels/channel.js';
import { createEmailChannel } from './channels/email-channel.js';
import { createLoggingSmsGateway, createSmsChannel } from './channels/sms-channel.js';
import { dispatchDueDeliveries } from './dispatch-notifications.js';
import { DEFAULT_SMS_SIGN_NAME } from './templates.js';

export type NotificationRunner = {
  /** Dispatch now (e.g. in tests), unless a run is already under way; resolves when it ends. */
  runNow(): Promise<void>;
  /** No further runs; resolves once the current one has finished. */
  stop(): Promise<void>;
};

// One tick drains at most this many batches, so a large backlog cannot hold the runner for long.
const MAX_BATCHES_PER_RUN = 20;

/**
 * Sends due notification deliveries every `intervalMs` in this process. The timer does not keep
 * the process alive, and runs never overlap; a second process running its own runner is safe
 * (claims skip each other's rows).
 */
export function startNotificationRunner({
  db,
  channels,
  intervalMs = 30_000,
  batchSize = 50,
  logger,
}: {
  db: Kysely<DB>;
  channels: Channels;
  intervalMs?: number;
  batchSize?: number;
  logger?: NotificationLogger;
}): NotificationRunner {
  let current: Promise<void> | null = null;
  let stopped = false;

  const run = async () => {
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN && !stopped; batch++) {
      const result = await dispatchDueDeliveries(db, channels, { batchSize, logger });
      if (result.claimed > 0) logger?.info(result, 'notification deliveries dispatched');
      if (result.claimed < batchSize) break;
    }
  };
  const runNow = () => {
    if (!current) {
      current = run()
        .catch((err: unknown) => logger?.error({ err }, 'notification dispatch failed'))
        .finally(() => {
          current = null;
        });
    }
    return current;
  };

  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref();
  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}

/**
 * The channels configured in the environment:
 * - `ANXIN_SMTP_URL` (smtp://host:port, smtps://user:pass@host:465) and `ANXIN_MAIL_FROM` → email;
 * - `ANXIN_SMS_DRIVER=log` → SMS to the log (the only driver so far), signed `ANXIN_SMS_SIGN_NAME`.
 * A channel left unconfigured is off: its deliveries are marked failed with the reason, so no
 * backlog of stale messages goes out the day it is switched on.
 */
export function createChannelsFromEnv(env: NodeJS.ProcessEnv, keyring: Keyring, logger: NotificationLogger): Channels {
  const channels: Channels = {};
  if (env.ANXIN_SMTP_URL) {
    channels.email = createEmailChannel({ url: env.ANXIN_SMTP_URL, from: env.ANXIN_MAIL_FROM || '"安心 Anxin" <noreply@anxin.invalid>' });
    if (!env.ANXIN_MAIL_FROM) logger.warn('ANXIN_MAIL_FROM is not set: notification emails come from noreply@anxin.invalid');
  } else {
    logger.info('ANXIN_SMTP_URL is not set: notifications are not emailed');
  }
  const driver = env.ANXIN_SMS_DRIVER ?? 'none';
  if (driver === 'log') {
    channels.sms = createSmsChannel({
      gateway: createLoggingSmsGateway(logger),
      keyring,
      signName: env.ANXIN_SMS_SIGN_NAME || DEFAULT_SMS_SIGN_NAME,
    });
  } else if (driver !== 'none') {
    throw new Error(`ANXIN_SMS_DRIVER must be "log" or "none", got "${driver}"`);
  }
  return channels;
}
