import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database } from '../../server/src/platform/db/engine.js';
import { migrateToLatest } from '../../server/src/platform/db/migrate.js';
import { ensureAdmin } from '../../server/src/platform/bootstrap.js';
import { seedDemo } from '../../server/src/modules/demo/seed-demo.js';
import { generateKeyring, serializeKeyring } from '../../server/src/platform/pii/index.js';
import { adminQuery, databaseUrl } from './test-database.js';
import { TEST_ADMIN_PASSWORD } from './constants.js';

declare module 'vitest' {
  export interface ProvidedContext {
    snapshot: { pgliteDump: string; pgTemplate: string; keys: string };
  }
}

/**
 * Migrate and seed once per run; every test file then starts from a private copy
 * (STACK.md: a fresh PGlite per file would cost seconds and hundreds of MB each).
 */
export default async function setup(project: TestProject) {
  const keyring = generateKeyring();
  const prepare = async (database: Database) => {
    await migrateToLatest(database.db);
    await ensureAdmin(database.db, TEST_ADMIN_PASSWORD);
    await seedDemo(database.db, keyring);
  };

  // Runs in the main process, where the project's `env` is not applied: go by its name.
  if (project.name === 'pglite') {
    const pglite = await PGlite.create();
    const database = await openDatabase({ pglite });
    await prepare(database);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'anxin-test-'));
    const dumpPath = path.join(dir, 'snapshot.tar');
    const dump = await pglite.dumpDataDir('none');
    await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    project.provide('snapshot', { pgliteDump: dumpPath, pgTemplate: '', keys: serializeKeyring(keyring) });
    return async () => rm(dir, { recursive: true, force: true });
  }

  // PostgreSQL must be reachable: the suite fails here rather than skipping.
  const template = `anxin_tpl_${process.pid}`;
  await adminQuery(`drop database if exists ${template} with (force)`);
  await adminQuery(`create database ${template}`);
  const database = await openDatabase({ databaseUrl: databaseUrl(template), poolSize: 2 });
  await prepare(database);
  await database.close();
  project.provide('snapshot', { pgliteDump: '', pgTemplate: template, keys: serializeKeyring(keyring) });
  return async () => adminQuery(`drop database if exists ${template} with (force)`);
}
