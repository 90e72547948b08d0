import { mkdtempSync, existsSync, statSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY, SERVER_ENTRY, runNode, startServer, type ServerProcess } from '../helpers/run-server.js';

const ADMIN_PASSWORD = 'Process-Passw0rd-42';

async function loginAsAdmin(url: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

describe('first start on the embedded database (PGlite)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'anxin-proc-'));
  const env = { ANXIN_DATA_DIR: dataDir, ANXIN_ADMIN_PASSWORD: ADMIN_PASSWORD, DATABASE_URL: '' };
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with demo data, prints where and how to log in, and reports pglite', async () => {
    server = await startServer(env);
    expect(server.output()).toContain(`Open      ${server.url}/`);
    expect(server.output()).toContain('Log in as: admin');
    expect(server.output()).toContain('Demo data loaded');
    const health = await (await fetch(`${server.url}/api/v1/health`)).json();
    expect(health).toMatchObject({ status: 'ok', db: 'pglite' });
    // The personal-data key file sits outside the database, readable by the owner only.
    const keyFile = path.join(dataDir, 'keys', 'anxin-keys.json');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  });

  it('refuses a second process on the same data directory, and the first keeps its data', async () => {
    const { cookie, csrfToken } = await loginAsAdmin(server!.url);
    const created = await fetch(`${server!.url}/api/v1/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ username: 'lock.check', displayName: '锁测试', orgUnitId: 1, roles: [{ role: 'clerk', orgUnitId: 1 }] }),
    });
    expect(created.status).toBe(201);

    const second = await runNode(SERVER_ENTRY, [], { ...env, PORT: '0' });
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/in use by another Anxin process/);
    const cli = await runNode(CLI_ENTRY, ['audit', 'verify'], env);
    expect(cli.code).toBe(3);
    expect(cli.stderr).toMatch(/stop the running server first/);

    const list = await fetch(`${server!.url}/api/v1/users?q=lock.check`, { headers: { cookie } });
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('checkpoints and closes cleanly on SIGTERM, releasing the lock; a restart finds the data', async () => {
    expect(await server!.stop('SIGTERM')).toBe(0);
    expect(existsSync(path.join(dataDir, 'anxin.lock'))).toBe(false);

    const verify = await runNode(CLI_ENTRY, ['audit', 'verify'], env);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/Audit chain intact: \d+ entries/);

    server = await startServer(env);
    expect(server.output()).not.toContain('Demo data loaded'); // not seeded twice
    const { cookie } = await loginAsAdmin(server.url);
    const list = await fetch(`${server.url}/api/v1/users?q=lock.check`, { headers: { cookie } });
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(1);
    expect(await server.stop('SIGINT')).toBe(0);
  });
});
