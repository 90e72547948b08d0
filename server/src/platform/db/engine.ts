import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { DB } from './schema.js';
import { lockDataDir, type DataDirLock } from './lock.js';

export type EngineKind = 'pglite' | 'postgres';

/** One database handle for the whole process, whichever engine is underneath. */
export type Database = {
  kind: EngineKind;
  db: Kysely<DB>;
  close(): Promise<void>;
};

// Parse types once for both engines (PGlite speaks the wire protocol to `pg` too).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v)); // counts and seqs, < 2^53
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v); // business dates stay 'YYYY-MM-DD'
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v); // money stays exact as text

export type OpenOptions =
  | { databaseUrl: string; poolSize?: number }
  | { dataDir: string }
  /** Tests: an already-loaded PGlite instance (e.g. from a migrated snapshot). */
  | { pglite: PGlite };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if ('databaseUrl' in options) return openPostgres(options.databaseUrl, options.poolSize ?? 20);
  if ('pglite' in options) return wrapPglite(options.pglite, undefined);
  const lock = lockDataDir(options.dataDir);
  try {
    const pglite = new PGlite(path.join(options.dataDir, 'pglite'));
    await pglite.waitReady;
    return wrapPglite(pglite, lock);
  } catch (err) {
    lock.release();
    throw err;
  }
}

function openPostgres(connectionString: string, max: number): Database {
  // Connections are kept (5 minutes idle, not pg-pool's 10 s): a new PostgreSQL backend costs a fork
  // and its first statements load the catalog caches and plan afresh — under a burst, a pool that
  // had let its connections go answers the burst's slowest requests late (docs/PERFORMANCE.md,
  // screens: every backend was younger than 25 s in the middle of a run). An idle pool never keeps
  // a finished command's process alive (allowExitOnIdle).
  const pool = new pg.Pool({ connectionString, max, application_name: 'anxin', idleTimeoutMillis: 300_000, allowExitOnIdle: true });
  // A connection the server ends (a restart, pg_terminate_backend, DROP DATABASE … FORCE) emits
  // 'error' on its client, idle or in use: it is reported here, once per connection, and dropped
  // from the pool (an idle one at once, one in use when released; the query or transaction that
  // held it fails on its own). The next query opens a new connection. Without a listener that
  // event is an uncaught exception and stops the process (CI saw it as exit 1).
  pool.on('connect', (client) => client.on('error', (err) => console.warn(`anxin: a database connection was closed by the server (${err.message}); the next query opens a new one`)));
  // pg-pool re-emits an idle client's error on the pool; it is already reported above.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    async close() {
      await db.destroy();
    },
  };
}

function wrapPglite(pglite: PGlite, lock: DataDirLock | undefined): Database {
  // PGlite is one connection: the pool must never hand out a second one.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    kind: 'pglite',
    db,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await sql`checkpoint`.execute(db);
        await db.destroy();
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}
