import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Config } from './config.js';
import { openDatabase, type Database } from './platform/db/engine.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { KeyringError, databaseNeedsKeys, keySource, loadKeyring, reconcileKeys, serializeKeyring, type Keyring } from './platform/pii/index.js';
import { fillClientMasks } from './modules/clients/fill-client-masks.js';
import { fillClientNameKeys } from './modules/clients/fill-client-name-keys.js';
import { fillUserMasks } from './modules/users/fill-user-masks.js';
import { systemContext, type Context } from './platform/context/context.js';
import { createServices } from './services.js';

/** `system`: the context jobs and the CLI act in (every org unit, no user; platform/context). */
export type Runtime = { database: Database; keyring: Keyring; system: Context; keyFileCreated: boolean; migrations: string[] };

/** Open the configured database, bring its schema up to date and load the keys: shared by server and CLI. */
export async function openRuntime(config: Config, env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  // Read the keys before touching the database: a broken key file stops here.
  const existing = findKeyring(config, env);
  const database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    const { applied } = await migrateToLatest(database.db);
    const { keyring, created } = existing
      ? { keyring: await checked(database, existing, keySource(env, config.keyFile)), created: false }
      : await createKeys(database, config);
    // Steps of a migration that need the keys (a migration has none).
    await fillClientMasks(database.db, keyring);
    await fillClientNameKeys(database.db);
    await fillUserMasks(database.db, keyring);
    const system = systemContext({ ...createServices(database.db, undefined, config), db: database.db, keyring });
    return { database, keyring, system, keyFileCreated: created, migrations: applied };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** The keys from env ANXIN_KEYS or the key file; null when neither is there. */
export function findKeyring(config: Config, env: NodeJS.ProcessEnv): Keyring | null {
  try {
    return loadKeyring({ env, keyFile: config.keyFile, createIfMissing: false });
  } catch (err) {
    if (err instanceof KeyringError && err.code === 'KEYS_NOT_FOUND') return null;
    throw err;
  }
}

async function checked(database: Database, keyring: Keyring, source: string): Promise<Keyring> {
  await reconcileKeys(database.db, keyring, source);
  return keyring;
}

/**
 * A key file is made only for a database that holds no encrypted data yet: otherwise a server
 * started with another data directory (or a CLI run from another folder) would seal new data
 * under a second key with the same id (issue 9, items 1 and 10).
 */
async function createKeys(database: Database, config: Config): Promise<{ keyring: Keyring; created: boolean }> {
  if (await databaseNeedsKeys(database.db)) {
    throw new KeyringError(
      'KEYS_MISSING_FOR_DATABASE',
      `This database holds personal data encrypted with keys that are not here: env ANXIN_KEYS is not set and ` +
        `key file ${config.keyFile} does not exist. Copy the key file of the server that created the data to that path ` +
        '(or set ANXIN_KEY_FILE / ANXIN_KEYS); see server/src/platform/pii/KEYS.md. No key was created.',
    );
  }
  const keyring = loadKeyring({ env: {}, keyFile: config.keyFile, createIfMissing: true });
  try {
    await reconcileKeys(database.db, keyring, `key file ${config.keyFile}`);
  } catch (err) {
    // Another process claimed the empty database with its own new keys a moment earlier:
    // withdraw ours (only if it is still ours) so that no key file is left that fits nothing.
    if (existsSync(config.keyFile) && readFileSync(config.keyFile, 'utf8') === serializeKeyring(keyring)) rmSync(config.keyFile);
    throw err;
  }
  return { keyring, created: true };
}

export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
