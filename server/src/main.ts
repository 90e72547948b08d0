#!/usr/bin/env node
import { readConfig } from './config.js';
import { buildApp } from './app.js';
import { describeDatabase, openRuntime } from './runtime.js';
import { ensureAdmin } from './platform/bootstrap.js';
import { DataDirLockedError } from './platform/db/lock.js';
import { KeyringError } from './platform/pii/index.js';
import { DEMO_PASSWORD, isDemoSeeded, seedDemo } from './modules/demo/seed-demo.js';
import { MODULES } from './modules/index.js';
import { startStatisticsJob } from './platform/db/statistics-job.js';

async function main() {
  const config = readConfig();
  const runtime = await openRuntime(config);
  const { database, keyring, system } = runtime;
  const say = (line = '') => process.stdout.write(`${line}\n`);

  const admin = await ensureAdmin(database.db, config.adminPassword);
  let seeded = false;
  if (admin.created && config.demoOnFirstStart && !(await isDemoSeeded(database.db))) {
    await seedDemo(database.db, keyring, { services: system }); // with the offices' work in progress: overdue, escalated, unread
    seeded = true;
  }

  const app = await buildApp({ database, config, keyring, services: system });
  // Every module's jobs, in this process (each stops on shutdown).
  const stops = MODULES.flatMap((m) => m.jobs ?? []).map((job) => job.start({ system, log: app.log, env: process.env, engine: database.kind }));
  // The embedded engine runs no autovacuum: keep its planner statistics current (platform/db/statistics.ts).
  if (database.kind === 'pglite') stops.push(startStatisticsJob(database.db, app.log));
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    try {
      for (const stop of stops) await stop();
      await app.close();
      await database.close(); // PGlite: checkpoint, close, release the data-directory lock
      process.exit(0);
    } catch (err) {
      app.log.error(err);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  say();
  say(`安心 Anxin ${config.version} is running — database: ${describeDatabase(config)}`);
  say(`  Open      http://${host}:${port}/`);
  say(`  API docs  http://${host}:${port}/api/docs`);
  if (runtime.keyFileCreated) say(`  Created the personal-data key file ${config.keyFile} (0600): back it up apart from the database.`);
  if (admin.created && admin.generated) {
    say(`  Log in as: admin   password: ${admin.password}   (shown only now; you will be asked to change it)`);
  } else if (admin.created) {
    say('  Log in as: admin   password: the value of ANXIN_ADMIN_PASSWORD');
  } else {
    say('  Log in as: admin   (password set at first start; `anxin user reset-password admin` resets it)');
  }
  if (seeded) say(`  Demo data loaded: demo users (see README) log in with password ${DEMO_PASSWORD}`);
  say();
}

main().catch((err: unknown) => {
  if (err instanceof DataDirLockedError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(3);
  }
  if (err instanceof KeyringError) {
    // A key problem is the operator's to fix; the message says how (a stack trace would only hide it).
    process.stderr.write(`Anxin did not start: ${err.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`Anxin failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
