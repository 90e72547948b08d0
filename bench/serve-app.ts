// Child process: the real Anxin app (all plugins, guard, schemas) on an ephemeral port.
// Runs apart from the load generator so the two do not share an event loop. On PostgreSQL when
// DATABASE_URL is set (a pool of 20, as in production), else on the embedded engine in
// ANXIN_DATA_DIR (one connection, as in production).
import { buildApp } from '../server/src/app.js';
import { readConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/platform/db/engine.js';
import { loadKeyring } from '../server/src/platform/pii/index.js';
import { reportListening } from './child-server.js';

const config = readConfig(); // DATABASE_URL or ANXIN_DATA_DIR, and ANXIN_KEYS, come from the parent
const database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
const keyring = loadKeyring({ env: process.env, keyFile: config.keyFile, createIfMissing: false });
const app = await buildApp({ database, config, keyring, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
reportListening(app.server, async () => {
  await app.close();
  await database.close();
});
