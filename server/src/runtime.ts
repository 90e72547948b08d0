import type { Config } from './config.js';
import { openDatabase, type Database } from './platform/db/engine.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { loadKeyring, type Keyring } from './platform/pii/index.js';
import { fillClientMasks } from './modules/clients/fill-client-masks.js';
import { existsSync } from 'node:fs';

export type Runtime = { database: Database; keyring: Keyring; keyFileCreated: boolean; migrations: string[] };

/** Open the configured database, bring its schema up to date and load the keys: shared by server and CLI. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const keyFileExisted = !!process.env.ANXIN_KEYS || existsSync(config.keyFile);
  const keyring = loadKeyring({ env: process.env, keyFile: config.keyFile, createIfMissing: true });
  const database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    const { applied } = await migrateToLatest(database.db);
    // Steps of a migration that need the keys (a migration has none).
    await fillClientMasks(database.db, keyring);
    return { database, keyring, keyFileCreated: !keyFileExisted, migrations: applied };
  } catch (err) {
    await database.close();
    throw err;
  }
}

export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
