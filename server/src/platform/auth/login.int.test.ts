import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.js';
import { DEMO_PASSWORD } from '../../../../tests/helpers/constants.js';
import { ROLES } from '../authz/roles.js';
import { beijingDateTime } from '../time/beijing.js';

// Logging in, lockout after repeated failures, logging out, disabled accounts.
describe('login and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const attempt = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers });

  const sessionsOf = async (userId: number) =>
    (await t.db.selectFrom('user_session').select('id_hash').where('user_id', '=', userId).execute()).length;

  const throttleOf = (usernameKey: string) =>
    t.db.selectFrom('login_throttle').selectAll().where('username_key', '=', usernameKey).executeTakeFirst();

  const auditOf = (userId: number) =>
    t.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'user').where('entity_id', '=', String(userId)).orderBy('seq').execute();

  it('a clerk logs in: HttpOnly SameSite session cookie, CSRF token and the permissions of the role', async () => {
    const clerkId = await t.userId('gz01.clerk');
    const res = await attempt('gz01.clerk', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);

    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^anxin_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=(Lax|Strict)/);
    expect(setCookie).toMatch(/; Path=\//);

    const body = res.json();
    expect(body.user).toMatchObject({ id: clerkId, username: 'gz01.clerk', mustChangePassword: false });
    expect(body.orgUnit).toMatchObject({ id: await t.orgId('GZ01'), level: 'office' });
    expect(body.permissions).toEqual([...ROLES.clerk.permissions].sort());
    expect(body.roles).toEqual([{ role: 'clerk', orgUnitId: await t.orgId('GZ01'), orgUnitName: '天河营业部', orgUnitNameEn: 'Tianhe Office', orgUnitLevel: 'office' }]);

    // The session is stored by a hash of the cookie, never the cookie itself; its CSRF token is the one returned.
    const token = res.cookies.find((c) => c.name === 'anxin_session')!.value;
    const stored = await t.db.selectFrom('user_session').selectAll().where('user_id', '=', clerkId).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id_hash).not.toBe(token);
    expect(stored[0]!.csrf_token).toBe(body.csrfToken);
    const user = await t.db.selectFrom('app_user').select('last_login_at').where('id', '=', clerkId).executeTakeFirstOrThrow();
    expect(user.last_login_at).not.toBeNull();
    expect((await auditOf(clerkId)).map((e) => e.action)).toContain('auth.login');
  });

  it('a wrong password is refused in Chinese by default and in English on request, like an unknown username', async () => {
    const serviceId = await t.userId('gz.service');
    const zh = await attempt('gz.service', 'not-the-password-1');
    expect(zh.statusCode).toBe(401);
    expect(zh.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码不正确', fields: [] });
    expect(zh.headers['set-cookie']).toBeUndefined();

    const en = await attempt('gz.service', 'not-the-password-1', { 'accept-language': 'en' });
    expect(en.statusCode).toBe(401);
    expect(en.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Wrong username or password' });

    // No hint whether the account exists.
    const unknown = await attempt('nobody.here', 'not-the-password-1');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe(zh.json().error.message);
    // Filed under the head office, where its auditors see attempts on names that do not exist.
    const guess = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.login_failed').where('actor_id', 'is', null).execute();
    expect(guess).toHaveLength(1);
    expect(guess[0]).toMatchObject({ org_unit_id: await t.orgId('HO'), after: expect.objectContaining({ username: 'nobody.here', reason: 'unknown_user' }) });

    const stored = await throttleOf('gz.service');
    expect(stored).toMatchObject({ failures: 2, locked_until: null });
    expect(await sessionsOf(serviceId)).toBe(0);
    const failures = (await auditOf(serviceId)).filter((e) => e.action === 'auth.login_failed');
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatchObject({ actor_id: serviceId, after: expect.objectContaining({ failures: 1 }) });
  });

  it('five wrong passwords lock the account; even the right password is refused until the unlock time', async () => {
    const agentId = await t.userId('gz01.agent1');
    for (let i = 1; i <= 4; i++) expect((await attempt('gz01.agent1', `wrong-guess-${i}`)).statusCode).toBe(401);

    const locked = await attempt('gz01.agent1', 'wrong-guess-5');
    expect(locked.statusCode).toBe(423);
    const until = (await throttleOf('gz01.agent1'))!.locked_until!;
    expect(until.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(until.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    // The message tells the clerk when to try again, in Beijing time.
    const hhmm = beijingDateTime(until).slice(11); // HH:mm
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(locked.json().error.message).toContain(hhmm);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    const right = await attempt('gz01.agent1', DEMO_PASSWORD, { 'accept-language': 'en' });
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(right.json().error.message).toContain(hhmm);
    expect(right.headers['set-cookie']).toBeUndefined();
    expect(await sessionsOf(agentId)).toBe(0);

    // The failures and the lock are in the audit trail (R-SE-2).
    const entries = await auditOf(agentId);
    expect(entries.filter((e) => e.action === 'auth.login_failed')).toHaveLength(4);
    const lockEntry = entries.find((e) => e.action === 'auth.account_locked');
    expect(lockEntry).toMatchObject({ actor_id: agentId, org_unit_id: await t.orgId('GZ01') });
    expect(new Date((lockEntry!.after as { lockedUntil: string }).lockedUntil).getTime()).toBe(until.getTime());
  });

  it('an administrator lifts a lockout and the user can log in again', async () => {
    const agentId = await t.userId('gz01.agent1');
    expect((await attempt('gz01.agent1', DEMO_PASSWORD)).statusCode).toBe(423); // still locked from before

    const admin = await t.login('admin');
    expect((await admin.get(`/api/v1/users/${agentId}`)).json().lockedUntil).toBe((await throttleOf('gz01.agent1'))!.locked_until!.toISOString());
    const unlock = await admin.post(`/api/v1/users/${agentId}/unlock`);
    expect(unlock.statusCode).toBe(204);
    expect(await throttleOf('gz01.agent1')).toBeUndefined();
    expect((await admin.get(`/api/v1/users/${agentId}`)).json().lockedUntil).toBeNull();
    const entry = (await auditOf(agentId)).find((e) => e.action === 'user.unlock');
    expect(entry).toMatchObject({ actor_id: admin.userId, actor_name: 'admin' });

    expect((await attempt('gz01.agent1', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('logging out ends the session: the same cookie is no longer accepted', async () => {
    const surveyor = await t.login('gz.surveyor');
    expect((await surveyor.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect(await sessionsOf(surveyor.userId)).toBe(1);

    const out = await surveyor.post('/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(await sessionsOf(surveyor.userId)).toBe(0);

    const me = await surveyor.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('UNAUTHENTICATED');
    expect((await auditOf(surveyor.userId)).map((e) => e.action)).toContain('auth.logout');
  });

  it('a disabled user is logged out everywhere and cannot log in again', async () => {
    const agent = await t.login('gz01.agent2');
    const admin = await t.login('admin');
    const { version } = (await admin.get(`/api/v1/users/${agent.userId}`)).json();

    const disable = await admin.patch(`/api/v1/users/${agent.userId}`, { version, status: 'disabled' });
    expect(disable.statusCode).toBe(200);
    expect(disable.json().status).toBe('disabled');
    expect(await sessionsOf(agent.userId)).toBe(0);
    expect((await agent.get('/api/v1/auth/me')).statusCode).toBe(401);

    const right = await attempt('gz01.agent2', DEMO_PASSWORD);
    expect(right.statusCode).toBe(403);
    expect(right.json().error.code).toBe('ACCOUNT_DISABLED');
    expect(right.headers['set-cookie']).toBeUndefined();
    // A wrong password says nothing about the account's status.
    expect((await attempt('gz01.agent2', 'wrong-guess-1')).json().error.code).toBe('INVALID_CREDENTIALS');
    expect(await sessionsOf(agent.userId)).toBe(0);

    const entries = await auditOf(agent.userId);
    expect(entries.find((e) => e.action === 'user.update')).toMatchObject({
      actor_id: admin.userId,
      before: expect.objectContaining({ status: 'active' }),
      after: expect.objectContaining({ status: 'disabled' }),
    });
    expect(entries.find((e) => e.action === 'auth.login_failed' && (e.after as { reason?: string }).reason === 'disabled')).toBeDefined();
  });
});
