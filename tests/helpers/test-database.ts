import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database, type EngineKind } from '../../server/src/platform/db/engine.js';

/** PostgreSQL for tests: the machine's server, or TEST_DATABASE_URL. Trust auth on 127.0.0.1. */
export const PG_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function testEngine(): EngineKind {
  const engine = process.env.ANXIN_TEST_ENGINE ?? 'pglite';
  if (engine !== 'pglite' && engine !== 'postgres') throw new Error(`ANXIN_TEST_ENGINE must be pglite or postgres, got ${engine}`);
  return engine;
}

export function databaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { database: Database; dropDatabase(): Promise<void> };

/**
 * A private copy of the migrated, seeded snapshot made by global-setup: loaded from a
 * PGlite dump, or created from the PostgreSQL template database.
 */
export async function openTestDatabase(snapshot: { pgliteDump: string; pgTemplate: string }): Promise<TestDatabase> {
  if (testEngine() === 'pglite') {
    const dump = await readFile(snapshot.pgliteDump);
    const pglite = await PGlite.create({ loadDataDir: new Blob([dump]) });
    const database = await openDatabase({ pglite });
    return { database, dropDatabase: async () => database.close() };
  }
  const name = `anxin_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`create database ${name} template ${snapshot.pgTemplate}`);
  const database = await openDatabase({ databaseUrl: databaseUrl(name), poolSize: 5 });
  return {
    database,
    async dropDatabase() {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
