import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../../server/src/platform/db/engine.js';
import { adminQuery, databaseUrl } from '../helpers/test-database.js';

// The server ends connections the app is using (a restart, an administrator's pg_terminate_backend).
// What was in flight fails with the server's reason; the process keeps running and the next query
// opens a new connection. Before the fix an ended connection that was checked out of the pool
// raised an 'error' event no one listened to: an uncaught exception that stopped the server.
describe('PostgreSQL ends a connection the app is using', () => {
  const name = `anxin_loss_${process.pid}`;
  let database: Database;
  beforeAll(async () => {
    await adminQuery(`create database ${name}`);
    database = await openDatabase({ databaseUrl: databaseUrl(name), poolSize: 4 });
  });
  afterAll(async () => {
    await database?.close();
    await adminQuery(`drop database if exists ${name} with (force)`);
  });

  const terminate = (pid: number) => adminQuery(`select pg_terminate_backend(${pid})`);
  const settle = () => new Promise((r) => setTimeout(r, 300));

  it('inside a transaction, between two queries: the transaction fails, the process does not', async () => {
    const run = database.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
      await terminate(rows[0]!.pid);
      await settle(); // the 'error' event arrives while the client is still checked out
      await sql`select 1`.execute(trx);
    });
    await expect(run).rejects.toThrow(/terminat|not queryable/i);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(rows[0]!.one).toBe(1);
  });

  it('during a running query: the query fails with the reason, the next one succeeds', async () => {
    const running = database.db.connection().execute(async (conn) => {
      const mine = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(conn);
      const slow = sql`select pg_sleep(5)`.execute(conn);
      const outcome = slow.then(() => 'finished', (err: Error) => err.message);
      await settle();
      await terminate(mine.rows[0]!.pid);
      return outcome;
    });
    expect(await running).toMatch(/terminating connection due to administrator command/);
    await settle();
    const after = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(after.rows[0]!.one).toBe(1);
  });
});
