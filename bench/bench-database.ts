import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../server/src/platform/db/engine.js';
import { migrateToLatest } from '../server/src/platform/db/migrate.js';
import { ensureAdmin } from '../server/src/platform/bootstrap.js';
import { seedDemo, type SeedReport } from '../server/src/modules/demo/seed-demo.js';
import { generateKeyring, type Keyring } from '../server/src/platform/pii/index.js';

export const BENCH_DATABASE = 'anxin_bench';

export type BenchDatabase = {
  url: string;
  database: Database;
  keyring: Keyring;
  seed: SeedReport & { seconds: number };
};

/** Drop and recreate `anxin_bench`, migrate, and seed the demo data at `scale`. */
export async function prepareBenchDatabase(serverUrl: string, scale: number): Promise<BenchDatabase> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
    await admin.query(`create database ${BENCH_DATABASE}`);
  } finally {
    await admin.end();
  }

  const url = withDatabase(serverUrl, BENCH_DATABASE);
  const database = await openDatabase({ databaseUrl: url });
  const keyring = generateKeyring();
  await migrateToLatest(database.db);
  await ensureAdmin(database.db, undefined);
  const started = performance.now();
  const report = await seedDemo(database.db, keyring, { scale });
  const seconds = (performance.now() - started) / 1000;
  // A live database has planner statistics; a freshly loaded one has none until autovacuum runs.
  await sql`vacuum analyze`.execute(database.db);
  return { url, database, keyring, seed: { ...report, seconds } };
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
