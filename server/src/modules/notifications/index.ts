import pino from 'pino';
import { defineModule } from '../../kit/module.js';
import { notificationRoutes } from './routes.js';
import { createChannelsFromEnv, startNotificationRunner } from './notification-runner.js';
import { dispatchDueDeliveries } from './dispatch-notifications.js';

/** The outbox: in-app notifications, email (SMTP) and SMS deliveries with retry. */
export default defineModule({
  name: 'notifications',
  label: { zh: '通知', en: 'Notifications' },
  routes: notificationRoutes,
  jobs: [{
    name: 'notification dispatch',
    start({ system, log, env }) {
      const runner = startNotificationRunner({ db: system.db, channels: createChannelsFromEnv(env, system.keyring, log), logger: log });
      return () => runner.stop();
    },
  }],
  cli(program, kit) {
    program
      .command('notifications')
      .description('the notification outbox')
      .command('dispatch')
      .description('send the due email and SMS deliveries now (safe to run in several processes)')
      .option('--batch <n>', 'deliveries claimed at a time', kit.positiveInt, 50)
      .action((options: { batch: number }) =>
        kit.withRuntime(async ({ system }) => {
          const channels = createChannelsFromEnv(process.env, system.keyring, pino({ level: 'warn' }, pino.destination(2)));
          let total = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
          for (;;) {
            const r = await dispatchDueDeliveries(system.db, channels, { batchSize: options.batch });
            total = { claimed: total.claimed + r.claimed, sent: total.sent + r.sent, retrying: total.retrying + r.retrying, failed: total.failed + r.failed };
            if (r.claimed < options.batch) break;
          }
          console.log(JSON.stringify(total));
        }),
      );
  },
});
