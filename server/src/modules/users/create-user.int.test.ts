import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp } from '../../../../tests/helpers/test-suite.js';
import { decryptField } from '../../platform/pii/index.js';
import { MOBILE_CONTEXT } from './find-users.js';

// Creating staff accounts within one's own part of the org tree, and how their mobiles are kept (R-CL-6, R-SE-1).
describe('creating users', () => {
  const { t, user: admin } = useTestApp({ login: 'admin' });

  const userCount = async () => (await t.db.selectFrom('app_user').select('id').execute()).length;
  const paths = (res: { json(): { error: { fields: { path: string }[] } } }) => res.json().error.fields.map((f) => f.path).sort();

  it('creates an agent with a role; the temporary password is shown once, works, and must be changed', async () => {
    const gz01 = await t.orgId('GZ01');
    const res = await admin.post('/api/v1/users', {
      username: 'gz01.agent9', displayName: '陈新', orgUnitId: gz01, mobile: '+86 139-2000-0009', roles: [{ role: 'agent', orgUnitId: gz01 }],
    });
    expect(res.statusCode).toBe(201);
    const { user, temporaryPassword } = res.json();
    expect(temporaryPassword).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{10,}$/);
    expect(user).toMatchObject({
      username: 'gz01.agent9', orgUnitId: gz01, status: 'active', mobile: '139****0009', mustChangePassword: true,
      roles: [{ role: 'agent', orgUnitId: gz01, orgUnitName: expect.any(String) }], version: 1,
    });

    const stored = await t.db.selectFrom('app_user').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ username: 'gz01.agent9', org_unit_id: gz01, must_change_password: true });
    expect(stored.password_hash).not.toContain(temporaryPassword);
    expect(stored.mobile_enc).not.toContain('13920000009');
    expect(decryptField(t.app.keyring, stored.mobile_enc!, { context: MOBILE_CONTEXT })).toBe('13920000009');
    const roles = await t.db.selectFrom('role_assignment').select(['role', 'org_unit_id']).where('user_id', '=', user.id).execute();
    expect(roles).toEqual([{ role: 'agent', org_unit_id: gz01 }]);

    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.create').where('entity_id', '=', String(user.id)).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: admin.userId, org_unit_id: gz01, after: expect.objectContaining({ username: 'gz01.agent9', mobile: '139****0009' }) });
    expect(JSON.stringify(entry)).not.toContain('13920000009');
    expect(JSON.stringify(entry)).not.toContain(temporaryPassword);

    const newcomer = await t.login('gz01.agent9', temporaryPassword);
    expect((await newcomer.get('/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);
  });

  it('with a chosen password returns no temporary one, and refuses a weak choice', async () => {
    const gz02 = await t.orgId('GZ02');
    const base = { displayName: '李明', orgUnitId: gz02, roles: [{ role: 'clerk', orgUnitId: gz02 }] };
    const weak = await admin.post('/api/v1/users', { ...base, username: 'gz02.clerk2', password: 'short1' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields).toEqual([{ path: 'password', message: '密码至少 10 位' }]);
    expect(await t.db.selectFrom('app_user').select('id').where('username', '=', 'gz02.clerk2').executeTakeFirst()).toBeUndefined();

    const ok = await admin.post('/api/v1/users', { ...base, username: 'gz02.clerk2', password: 'Liming-2026-desk' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().temporaryPassword).toBeNull();
    expect((await t.login('gz02.clerk2', 'Liming-2026-desk')).userId).toBe(ok.json().user.id);
  });

  it('refuses a username already taken, whatever its case', async () => {
    const before = await userCount();
    const gz01 = await t.orgId('GZ01');
    const res = await admin.post('/api/v1/users', { username: 'GZ01.Clerk', displayName: '重名', orgUnitId: gz01, roles: [{ role: 'clerk', orgUnitId: gz01 }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'username', message: '该用户名已被使用' }]);
    expect(await userCount()).toBe(before);
  });

  it('a provincial admin cannot create users or grant roles at head office', async () => {
    const gdAdmin = await t.login('gd.admin');
    const ho = await t.orgId('HO');
    const before = await userCount();
    const res = await gdAdmin.post('/api/v1/users', { username: 'ho.intruder', displayName: '越权', orgUnitId: ho, roles: [{ role: 'admin', orgUnitId: ho }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'orgUnitId', message: '机构不存在或不在您的管辖范围内' },
      { path: 'roles.0.orgUnitId', message: '机构不存在或不在您的管辖范围内' },
    ]);
    expect(await userCount()).toBe(before);
  });

  it('a city admin created by head office manages the city only, never a sibling city', async () => {
    const [gz, gz01, sz, sz01] = [await t.orgId('GZ'), await t.orgId('GZ01'), await t.orgId('SZ'), await t.orgId('SZ01')];
    const created = await admin.post('/api/v1/users', {
      username: 'gz.admin', displayName: '广州管理员', orgUnitId: gz, password: 'Temp-city-admin-1', roles: [{ role: 'admin', orgUnitId: gz }],
    });
    expect(created.statusCode).toBe(201);
    const cityAdmin = await t.login('gz.admin', 'Temp-city-admin-1');
    expect((await cityAdmin.post('/api/v1/auth/password', { currentPassword: 'Temp-city-admin-1', newPassword: 'Guangzhou-admin-9' })).statusCode).toBe(204);

    const before = await userCount();
    const roleInSibling = await cityAdmin.post('/api/v1/users', {
      username: 'gz01.agent8', displayName: '跨市', orgUnitId: gz01, roles: [{ role: 'agent', orgUnitId: gz01 }, { role: 'agent', orgUnitId: sz01 }],
    });
    expect(roleInSibling.statusCode).toBe(400);
    expect(paths(roleInSibling)).toEqual(['roles.1.orgUnitId']);

    const userInSibling = await cityAdmin.post('/api/v1/users', {
      username: 'sz.agent8', displayName: '跨市', orgUnitId: sz, roles: [{ role: 'agent', orgUnitId: sz }],
    });
    expect(userInSibling.statusCode).toBe(400);
    expect(paths(userInSibling)).toEqual(['orgUnitId', 'roles.0.orgUnitId']);
    expect(await userCount()).toBe(before);

    const inOwnCity = await cityAdmin.post('/api/v1/users', {
      username: 'gz01.agent8', displayName: '本市', orgUnitId: gz01, roles: [{ role: 'agent', orgUnitId: gz01 }],
    });
    expect(inOwnCity.statusCode).toBe(201);
    expect(await userCount()).toBe(before + 1);
  });

  it('lists mobiles masked, while the stored value is ciphertext of the clear number', async () => {
    const res = await admin.get('/api/v1/users?limit=200');
    expect(res.statusCode).toBe(200);
    const listed = res.json().items as { id: number; mobile: string | null }[];
    const withMobile = listed.filter((u) => u.mobile !== null);
    expect(withMobile.length).toBeGreaterThan(20);

    const stored = await t.db.selectFrom('app_user').select(['id', 'mobile_enc']).where('mobile_enc', 'is not', null).execute();
    const encById = new Map(stored.map((r) => [r.id, r.mobile_enc!]));
    for (const user of withMobile) {
      expect(user.mobile).toMatch(/^1\d{2}\*{4}\d{4}$/);
      const enc = encById.get(user.id)!;
      const clear = decryptField(t.app.keyring, enc, { context: MOBILE_CONTEXT });
      expect(clear).toMatch(/^1[3-9]\d{9}$/);
      expect(enc).not.toContain(clear);
      expect(user.mobile).toBe(`${clear.slice(0, 3)}****${clear.slice(-4)}`);
    }
    // No clear mobile number anywhere in the table.
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from app_user where mobile_enc ~ '1[3-9][0-9]{9}'`.execute(t.db);
    expect(rows[0]!.n).toBe(0);
  });
});
