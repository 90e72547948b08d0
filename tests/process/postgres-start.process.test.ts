import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/run-server.js';
import { adminQuery, databaseUrl } from '../helpers/test-database.js';

describe('the same start command on PostgreSQL (DATABASE_URL)', () => {
  const name = `anxin_proc_${process.pid}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'anxin-proc-pg-'));
  beforeAll(() => adminQuery(`create database ${name}`));
  afterAll(async () => {
    await adminQuery(`drop database if exists ${name} with (force)`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrates, seeds the demo data and reports postgres in health', async () => {
    const server = await startServer({ DATABASE_URL: databaseUrl(name), ANXIN_DATA_DIR: dataDir, ANXIN_ADMIN_PASSWORD: 'Process-Passw0rd-42' });
    try {
      expect(server.output()).toContain('database: PostgreSQL at 127.0.0.1:5432');
      const health = await (await fetch(`${server.url}/api/v1/health`)).json();
      expect(health).toMatchObject({ status: 'ok', db: 'postgres' });
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'gz.supervisor', password: 'anxin-demo-2026' }),
      });
      expect(login.status).toBe(200);

      // The database server ends the app's idle connections (a restart, an administrator): the
      // app keeps running, says so, and the next request opens new ones.
      // Each ended connection is reported once; the request below waits until the app has seen all
      // of them (a backend ends a few milliseconds after being told to, one after another).
      const ended = await adminQuery(`select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = '${name}' and application_name = 'anxin'`);
      const count = ended.rows.filter((r) => r.ended === true).length;
      expect(count).toBeGreaterThan(0);
      const reports = () => server.output().split('a database connection was closed by the server').length - 1;
      await expect.poll(reports, { timeout: 5_000 }).toBe(count);
      expect(server.child.exitCode).toBeNull();
      const again = await (await fetch(`${server.url}/api/v1/health`)).json();
      expect(again).toMatchObject({ status: 'ok', db: 'postgres' });
    } finally {
      expect(await server.stop(), server.output()).toBe(0);
    }
  });
});
