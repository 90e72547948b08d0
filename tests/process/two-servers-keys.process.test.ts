import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY, ServerExitedError, runNode, startServer, type ServerProcess } from '../helpers/run-server.js';
import { adminQuery, databaseUrl } from '../helpers/test-database.js';
import { residentId } from '../helpers/client-test-ids.js';
import { generateKeyring, serializeKeyring } from '../../server/src/platform/pii/index.js';

const ADMIN_PASSWORD = 'Process-Passw0rd-42';

async function login(url: string, username: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'anxin-demo-2026' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (method: string, route: string, body?: unknown) =>
    fetch(`${url}${route}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

async function startFails(env: Record<string, string>): Promise<ServerExitedError> {
  try {
    const server = await startServer(env);
    await server.stop('SIGKILL');
  } catch (err) {
    if (err instanceof ServerExitedError) return err;
    throw err;
  }
  throw new Error('the server started, but it should have refused');
}

// Issue 9, items 1 and 10: one database, several processes — they must all use the same keys.
describe('two servers on one PostgreSQL database', () => {
  const name = `anxin_keys_${process.pid}`;
  const root = mkdtempSync(path.join(os.tmpdir(), 'anxin-keys-'));
  const dirA = path.join(root, 'a');
  const dirB = path.join(root, 'b');
  const common = { DATABASE_URL: databaseUrl(name), ANXIN_ADMIN_PASSWORD: ADMIN_PASSWORD, ANXIN_KEYS: '', ANXIN_KEY_FILE: '' };
  const servers: ServerProcess[] = [];
  beforeAll(() => adminQuery(`create database ${name}`));
  afterAll(async () => {
    for (const s of servers) await s.stop('SIGKILL');
    await adminQuery(`drop database if exists ${name} with (force)`);
    rmSync(root, { recursive: true, force: true });
  });

  it('the first server creates the keys; a second with other keys or none refuses to start and creates nothing', async () => {
    const first = await startServer({ ...common, ANXIN_DATA_DIR: dirA });
    servers.push(first);
    expect(first.output()).toContain('Created the personal-data key file');
    const keyFileA = path.join(dirA, 'keys', 'anxin-keys.json');
    expect(existsSync(keyFileA)).toBe(true);
    // The database records a fingerprint of each key id, never the key itself.
    const keys = JSON.parse(readFileSync(keyFileA, 'utf8')) as { encryption: { keys: Record<string, string> } };
    const pgClient = new pg.Client({ connectionString: databaseUrl(name) });
    await pgClient.connect();
    const stored = JSON.stringify((await pgClient.query('select * from key_fingerprint')).rows);
    await pgClient.end();
    expect(stored).toContain('"k1"');
    expect(stored).not.toContain(keys.encryption.keys.k1);

    // Another data directory without a key file: no key is made, the server does not start.
    const none = await startFails({ ...common, ANXIN_DATA_DIR: dirB });
    expect(none.exitCode).toBe(1);
    expect(none.output).toContain('holds personal data encrypted with keys that are not here');
    expect(none.output).not.toContain('Created the personal-data key file');
    expect(existsSync(path.join(dirB, 'keys', 'anxin-keys.json'))).toBe(false);

    // Other keys under the same ids: refused, the message says what to do.
    const other = await startFails({ ...common, ANXIN_DATA_DIR: dirB, ANXIN_KEYS: serializeKeyring(generateKeyring()) });
    expect(other.exitCode).toBe(1);
    expect(other.output).toContain('do not match this database');
    expect(other.output).toContain('copy the key file of the first server');

    // The CLI goes through the same check (item 10): run from another folder it makes no key file
    // and imports nothing (it stops before reading the file).
    const csv = path.join(root, 'clients.csv');
    writeFileSync(csv, '姓名/名称,证件号码,所属机构\n王小明,' + residentId('44010619900101001') + ',GZ01\n');
    const elsewhere = path.join(root, 'elsewhere');
    mkdirSync(elsewhere);
    const cli = await runNode(CLI_ENTRY, ['import', 'clients', csv], { ...common, ANXIN_DATA_DIR: path.join(elsewhere, 'data') });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('keys that are not here');
    expect(existsSync(path.join(elsewhere, 'data', 'keys'))).toBe(false);
  });

  it('with the same keys (ANXIN_KEYS) both serve, and what one writes the other reads', async () => {
    const keyJson = readFileSync(path.join(dirA, 'keys', 'anxin-keys.json'), 'utf8');
    const second = await startServer({ ...common, ANXIN_DATA_DIR: dirB, ANXIN_KEYS: keyJson });
    servers.push(second);
    const [first] = servers;
    const onSecond = await login(second.url, 'gz.supervisor');
    const { items } = (await (await onSecond('GET', '/api/v1/org-units')).json()) as { items: { id: number; code: string }[] };
    const office = items.find((u) => u.code === 'GZ01');
    expect(office).toBeDefined();
    const idNumber = residentId('44010619851212123');
    const created = await onSecond('POST', '/api/v1/clients', { kind: 'person', orgUnitId: office!.id, name: '两台服务器', idNumber, mobile: '13912345678' });
    expect(created.status).toBe(201);
    const { client } = (await created.json()) as { client: { id: number } };

    const onFirst = await login(first!.url, 'gz.supervisor');
    const revealed = await onFirst('POST', `/api/v1/clients/${client.id}/reveal`, { field: 'idNumber' });
    expect(revealed.status).toBe(200);
    expect(await revealed.json()).toEqual({ value: idNumber });
  });

  // Issue 12, reliability: two servers on one PostgreSQL firing the same transition of one record —
  // the row lock and the version decide: one succeeds, the other answers 409 with the current record.
  it('both fire the same step of one servicing request at once: one succeeds, the other gets 409', async () => {
    const [first, second] = servers;
    const onFirst = await login(first!.url, 'gz01.clerk');
    const onSecond = await login(second!.url, 'gz01.clerk');
    const { items } = (await (await onFirst('GET', '/api/v1/policies?state=in_force&pageSize=10')).json()) as { items: { id: number }[] };
    const created = await onFirst('POST', `/api/v1/policies/${items[0]!.id}/servicing-requests`, { type: 'address_change', channel: 'counter', change: { address: '广州市天河区体育西路 191 号' } });
    expect(created.status).toBe(201);
    const request = (await created.json()) as { id: number; version: number };

    const step = (on: typeof onFirst, body: Record<string, unknown>) => on('POST', `/api/v1/servicing-requests/${request.id}/steps`, body);
    // Refused alike on both (start needs the documents): nothing changes.
    const refused = await Promise.all([step(onFirst, { version: request.version, event: 'start' }), step(onSecond, { version: request.version, event: 'start' })]);
    expect(refused.map((a) => a.status)).toEqual([400, 400]);

    const withdraw = { version: request.version, event: 'withdraw', reason: '客户撤回' };
    const answers = await Promise.all([step(onFirst, withdraw), step(onSecond, withdraw)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const conflict = (await answers.find((a) => a.status === 409)!.json()) as { error: { code: string } };
    expect(conflict.error.code).toBe('VERSION_CONFLICT');
    const after = (await (await onSecond('GET', `/api/v1/servicing-requests/${request.id}`)).json()) as { version: number; state: string };
    expect(after).toMatchObject({ state: 'withdrawn', version: request.version + 1 });
    const db = new pg.Client({ connectionString: databaseUrl(name) });
    await db.connect();
    const audited = await db.query(`select count(*)::int as n from audit_log where entity_type = 'servicing' and entity_id = $1 and action like '%withdraw%'`, [String(request.id)]);
    await db.end();
    expect(audited.rows[0].n).toBe(1);
  });
});
