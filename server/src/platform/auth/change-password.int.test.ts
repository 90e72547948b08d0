import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.js';
import { DEMO_PASSWORD } from '../../../../tests/helpers/constants.js';

// Changing one's own password, and the forced change after an administrator set it.
describe('password change', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const storedPassword = async (userId: number) =>
    t.db.selectFrom('app_user').select(['password_hash', 'must_change_password', 'password_changed_at']).where('id', '=', userId).executeTakeFirstOrThrow();

  const loginStatus = async (username: string, password: string) =>
    (await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } })).statusCode;

  it('refuses a change when the current password is wrong, and keeps the old one', async () => {
    const clerk = await t.login('gz01.clerk');
    const before = await storedPassword(clerk.userId);
    const res = await clerk.post('/api/v1/auth/password', { currentPassword: 'not-my-password-1', newPassword: 'Brand-new-pass-77' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'WRONG_PASSWORD', message: '当前密码不正确', fields: [{ path: 'currentPassword' }] });
    expect(await storedPassword(clerk.userId)).toEqual(before);
  });

  it('explains what is wrong with a weak new password, field by field, in both languages', async () => {
    const clerk = await t.login('gz01.clerk');
    const before = await storedPassword(clerk.userId);
    const change = (newPassword: string, lang?: string) =>
      clerk.request('POST', '/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword }, lang ? { 'accept-language': lang } : {});

    const short = await change('abc12');
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: '提交的内容有误，请按提示修改' });
    expect(short.json().error.fields).toEqual([{ path: 'newPassword', message: '密码至少 10 位' }]);

    const lettersOnly = await change('onlylettershere', 'en');
    expect(lettersOnly.json().error.message).toBe('Some fields need correcting');
    expect(lettersOnly.json().error.fields).toEqual([{ path: 'newPassword', message: 'must contain both letters and digits' }]);

    const withUsername = await change('my-gz01.clerk-2026');
    expect(withUsername.json().error.fields).toEqual([{ path: 'newPassword', message: '密码不能包含用户名' }]);

    const reused = await change(DEMO_PASSWORD, 'en');
    expect(reused.json().error.fields).toEqual([{ path: 'newPassword', message: 'must differ from the current password' }]);

    expect(await storedPassword(clerk.userId)).toEqual(before);
  });

  it('a successful change ends the other sessions of the user but keeps the current one', async () => {
    const here = await t.login('sz01.clerk');
    const elsewhere = await t.login('sz01.clerk');
    const before = await storedPassword(here.userId);

    const res = await here.post('/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'Shenzhen-desk-2026' });
    expect(res.statusCode).toBe(204);

    expect((await here.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/auth/me')).statusCode).toBe(401);
    const sessions = await t.db.selectFrom('user_session').select('id_hash').where('user_id', '=', here.userId).execute();
    expect(sessions).toHaveLength(1);

    const after = await storedPassword(here.userId);
    expect(after.password_hash).not.toBe(before.password_hash);
    expect(after.password_hash).not.toContain('Shenzhen-desk-2026');
    expect(after.password_changed_at).not.toBeNull();
    expect(await loginStatus('sz01.clerk', DEMO_PASSWORD)).toBe(401);
    expect(await loginStatus('sz01.clerk', 'Shenzhen-desk-2026')).toBe(200);

    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.password_change').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: here.userId, entity_id: String(here.userId), org_unit_id: await t.orgId('SZ01') });
  });

  it('a user created by an administrator must change the password before doing any work', async () => {
    const admin = await t.login('admin');
    const gz02 = await t.orgId('GZ02');
    const created = await admin.post('/api/v1/users', {
      username: 'gz02.newclerk', displayName: '新内勤', orgUnitId: gz02, roles: [{ role: 'clerk', orgUnitId: gz02 }],
    });
    expect(created.statusCode).toBe(201);
    const { user, temporaryPassword } = created.json();
    expect(user.mustChangePassword).toBe(true);

    const newcomer = await t.login('gz02.newclerk', temporaryPassword);
    const me = await newcomer.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.mustChangePassword).toBe(true);

    const blocked = await newcomer.get('/api/v1/org-units');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const change = await newcomer.post('/api/v1/auth/password', { currentPassword: temporaryPassword, newPassword: 'Guangzhou-desk-88' });
    expect(change.statusCode).toBe(204);
    expect((await storedPassword(user.id)).must_change_password).toBe(false);

    const units = await newcomer.get('/api/v1/org-units');
    expect(units.statusCode).toBe(200);
    expect(units.json().items.map((u: { id: number }) => u.id)).toEqual([gz02]);
  });
});
