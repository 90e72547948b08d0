import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';

// The guard's resolved sessions (session-cache.ts): a write that cannot change who may do what (a
// servicing request) keeps them, so the next call does not look its session up again; a write that
// can (a user disabled by the administrator) forgets them at once, in this process.
describe('resolved sessions across writes', () => {
  let t: TestApp;
  let clerk: Client;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
    admin = await t.login('admin');
  });
  afterAll(() => t.close());
  const stats = () => t.app.sessionCacheStats();

  it('a servicing request keeps the clerk’s session resolved; disabling the clerk forgets it and the next call is refused', async () => {
    const gz01 = await t.orgId('GZ01');
    const policy = (await sql<{ id: number }>`select id from policy where org_unit_id = ${gz01} and state = 'in_force' order by id limit 1`.execute(t.db)).rows[0]!;
    expect((await clerk.get('/api/v1/auth/me')).statusCode).toBe(200);
    const created = await clerk.post(`/api/v1/policies/${policy.id}/servicing-requests`, { type: 'policy_enquiry', channel: 'counter', walkIn: true });
    expect(created.statusCode, created.body).toBe(201);
    const before = stats();
    expect((await clerk.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect(stats()).toMatchObject({ hits: before.hits + 1, misses: before.misses, clears: before.clears });

    const user = (await admin.get(`/api/v1/users/${clerk.userId}`)).json() as { version: number };
    const disabled = await admin.request('PATCH', `/api/v1/users/${clerk.userId}`, { version: user.version, status: 'disabled' });
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(stats().clears).toBeGreaterThan(before.clears);
    expect((await clerk.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});
