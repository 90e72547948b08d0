import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/helpers/test-suite.js';
import { DEMO_PASSWORD } from '../../../../tests/helpers/constants.js';

// A session cookie alone never authorises a change: a forged cross-site request has no CSRF token.
describe('CSRF protection', () => {
  const { t, user: admin } = useTestApp({ login: 'admin' });

  const orgUnitCount = async () => (await t.db.selectFrom('org_unit').select('id').execute()).length;
  const newOffice = async () => ({ parentId: await t.orgId('GZ'), code: 'GZ09', name: '广州第九营业部' });

  it('refuses a write carrying the session cookie but no CSRF token, and creates nothing', async () => {
    const before = await orgUnitCount();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/org-units', headers: { cookie: admin.cookie }, payload: await newOffice() });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'CSRF_FAILED', message: '安全校验失败，请刷新页面后重试' });
    expect(await orgUnitCount()).toBe(before);
    expect(await t.db.selectFrom('org_unit').select('id').where('code', '=', 'GZ09').executeTakeFirst()).toBeUndefined();
  });

  it('refuses a wrong CSRF token, including the token of another session', async () => {
    const other = await t.login('gd.admin');
    const before = await orgUnitCount();
    for (const token of ['forged-token', other.csrfToken, '']) {
      const res = await t.app.inject({
        method: 'POST', url: '/api/v1/org-units', headers: { cookie: admin.cookie, 'x-csrf-token': token }, payload: await newOffice(),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('CSRF_FAILED');
    }
    expect(await orgUnitCount()).toBe(before);
  });

  it('refuses a PATCH without the token and leaves the record and its version as they were', async () => {
    const clerkId = await t.userId('gz01.clerk');
    const before = await t.db.selectFrom('app_user').selectAll().where('id', '=', clerkId).executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'PATCH', url: `/api/v1/users/${clerkId}`, headers: { cookie: admin.cookie, 'x-csrf-token': 'nope' },
      payload: { version: before.version, displayName: '被篡改', status: 'disabled' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
    expect(await t.db.selectFrom('app_user').selectAll().where('id', '=', clerkId).executeTakeFirstOrThrow()).toEqual(before);
  });

  it('refuses a forged logout: the session stays alive', async () => {
    const agent = await t.login('gz02.agent1');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: agent.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
    expect((await agent.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('accepts the same write with the right token', async () => {
    const before = await orgUnitCount();
    const res = await admin.post('/api/v1/org-units', await newOffice());
    expect(res.statusCode).toBe(201);
    expect(await orgUnitCount()).toBe(before + 1);
  });

  it('refuses a form-encoded login (no cross-site login form) with 415, without a session', async () => {
    const clerkId = await t.userId('fs01.clerk');
    const form = await t.app.inject({
      method: 'POST', url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `username=fs01.clerk&password=${DEMO_PASSWORD}`,
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(form.headers['set-cookie']).toBeUndefined();

    // A text/plain body (the other content type a cross-site form can send) does not log in either.
    const text = await t.app.inject({
      method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ username: 'fs01.clerk', password: DEMO_PASSWORD }),
    });
    expect(text.statusCode).toBeGreaterThanOrEqual(400);
    expect(text.statusCode).toBeLessThan(500);
    expect(text.headers['set-cookie']).toBeUndefined();
    expect(await t.db.selectFrom('user_session').select('id_hash').where('user_id', '=', clerkId).execute()).toHaveLength(0);
  });
});
