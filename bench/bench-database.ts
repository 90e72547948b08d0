import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../server/src/platform/db/engine.js';
import { migrateToLatest } from '../server/src/platform/db/migrate.js';
import { ensureAdmin } from '../server/src/platform/bootstrap.js';
import { seedDemo, type SeedReport } from '../server/src/modules/demo/seed-demo.js';
import { generateKeyring, parseKeyring, serializeKeyring, type Keyring } from '../server/src/platform/pii/index.js';
import { createServices } from '../server/src/services.js';

export const BENCH_DATABASE = 'anxin_bench';

export type BenchDatabase = {
  url: string;
  database: Database;
  keyring: Keyring;
  seed: SeedReport & { seconds: number };
};

/** Drop and recreate the database `name` (default `anxin_bench`), migrate, and seed the demo data at `scale`. */
export async function prepareBenchDatabase(serverUrl: string, scale: number, name = BENCH_DATABASE): Promise<BenchDatabase> {
  await recreateDatabase(serverUrl, name);
  const url = withDatabase(serverUrl, name);
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

/**
 * Drop `name` if it exists and create it empty, or as a copy of `template` (file copy: the
 * same pages, statistics and visibility map, so each run starts from identical data).
 */
export async function recreateDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  await withAdmin(serverUrl, async (admin) => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(template ? `create database ${name} template ${template} strategy file_copy` : `create database ${name}`);
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`));
}

export async function serverVersion(serverUrl: string): Promise<string> {
  return withAdmin(serverUrl, async (admin) => (await admin.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]!.v);
}

async function withAdmin<T>(serverUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

export function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** As a first start does it: migrate, the admin, the demo data with the offices' work in progress (the seed refreshes the planner statistics itself). */
export async function seedAsFirstStart(database: Database, keyring: Keyring, scale: number): Promise<SeedReport> {
  await migrateToLatest(database.db);
  await ensureAdmin(database.db, undefined);
  return seedDemo(database.db, keyring, { scale, services: createServices(database.db) });
}

export type KeptDatabase<M> = M & { keys: string; keyring: Keyring; /** null: reused as it was */ seededSeconds: number | null };

/**
 * A database kept between runs while `fingerprint` (what its data depends on: the migrations, the
 * generator, the scale) is unchanged — seeding 1M rows takes minutes. Reused when its marker table
 * names the fingerprint; otherwise dropped, created, filled by `fill` (what it returns is kept with
 * the keys in the marker) and vacuumed, as a live PostgreSQL has been by autovacuum.
 */
export async function keptDatabase<M extends object>(
  serverUrl: string,
  name: string,
  fingerprint: string,
  fill: (database: Database, keyring: Keyring) => Promise<M>,
): Promise<KeptDatabase<M>> {
  const url = withDatabase(serverUrl, name);
  try {
    const existing = await openDatabase({ databaseUrl: url, poolSize: 1 });
    try {
      const { rows } = await sql<{ meta: string }>`select meta from bench_meta where fingerprint = ${fingerprint}`.execute(existing.db);
      if (rows[0]) {
        const m = JSON.parse(rows[0].meta) as M & { keys: string };
        return { ...m, keyring: parseKeyring({ json: m.keys, source: 'bench database' }), seededSeconds: null };
      }
    } finally {
      await existing.close();
    }
  } catch {
    /* no such database or no marker: seed it */
  }
  await recreateDatabase(serverUrl, name);
  const started = performance.now();
  const database = await openDatabase({ databaseUrl: url });
  try {
    const keyring = generateKeyring();
    const filled = await fill(database, keyring);
    await sql`vacuum analyze`.execute(database.db);
    const m = { ...filled, keys: serializeKeyring(keyring) };
    await sql`create table bench_meta (fingerprint text primary key, meta text not null)`.execute(database.db);
    await sql`insert into bench_meta values (${fingerprint}, ${JSON.stringify(m)})`.execute(database.db);
    return { ...m, keyring, seededSeconds: (performance.now() - started) / 1000 };
  } finally {
    await database.close();
  }
}
