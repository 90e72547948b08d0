// Child process: the real Anxin app (all plugins, guard, schemas) on an ephemeral port.
// Runs apart from the load generator so the two do not share an event loop.
import { buildApp } from '../server/src/app.js';
import { readConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/platform/db/engine.js';
import { loadKeyring } from '../server/src/platform/pii/index.js';
import { reportListening } from './child-server.js';

const config = readConfig(); // DATABASE_URL and ANXIN_KEYS come from the parent
const database = await openDatabase({ databaseUrl: config.databaseUrl! }); // pool of 20, as in production
const keyring = loadKeyring({ env: process.env, keyFile: config.keyFile, createIfMissing: false });
const app = await buildApp({ database, config, keyring, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
reportListening(app.server, async () => {
  await app.close();
  await database.close();
});
