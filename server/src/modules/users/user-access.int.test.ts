import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/helpers/test-suite.js';
import { DEMO_PASSWORD } from '../../../../tests/helpers/constants.js';
import { decryptField } from '../../platform/pii/index.js';
import { MOBILE_CONTEXT } from './find-users.js';

// Revealing a mobile (audited), replacing roles within one's scope, resetting a password.
describe('managing user access', () => {
  const { t, user: admin } = useTestApp({ login: 'admin' });

  const revealEntries = (userId: number) =>
    t.db.selectFrom('audit_log').selectAll().where('action', '=', 'pii.reveal').where('entity_id', '=', String(userId)).execute();
  const grantsOf = async (userId: number) =>
    (await t.db.selectFrom('role_assignment as r').innerJoin('org_unit as o', 'o.id', 'r.org_unit_id')
      .select(['r.role', 'o.code']).where('r.user_id', '=', userId).execute())
      .map((g) => `${g.role}@${g.code}`).sort();

  describe('revealing a mobile number (R-CL-6)', () => {
    it('a supervisor sees the clear number, and the reveal is in the audit trail with who did it', async () => {
      const agentId = await t.userId('gz01.agent1');
      const supervisor = await t.login('gz.supervisor');
      const res = await supervisor.post(`/api/v1/users/${agentId}/reveal`, { field: 'mobile' });
      expect(res.statusCode).toBe(200);

      const { mobile_enc } = await t.db.selectFrom('app_user').select('mobile_enc').where('id', '=', agentId).executeTakeFirstOrThrow();
      const clear = decryptField(t.app.keyring, mobile_enc!, { context: MOBILE_CONTEXT });
      expect(res.json()).toEqual({ value: clear });
      expect(clear).toMatch(/^1[3-9]\d{9}$/);
      const masked = (await supervisor.get(`/api/v1/users/${agentId}`)).json().mobile;
      expect(masked).toBe(`${clear.slice(0, 3)}****${clear.slice(-4)}`);

      const entries = await revealEntries(agentId);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actor_id: supervisor.userId, actor_name: 'gz.supervisor', entity_type: 'user', org_unit_id: await t.orgId('GZ01'),
        after: { field: 'mobile', kind: 'mobile' },
      });
      expect(JSON.stringify(entries[0])).not.toContain(clear);
    });

    it('an agent may not reveal, and a supervisor cannot reach a sibling city; neither leaves a reveal entry', async () => {
      const agent = await t.login('gz01.agent2');
      const colleague = await t.userId('gz01.clerk');
      const forbidden = await agent.post(`/api/v1/users/${colleague}/reveal`, { field: 'mobile' });
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.json().error.code).toBe('FORBIDDEN');
      // The colleague's clear number, not a phone-shaped pattern: a request id (a UUID) can hold eleven digits in a row.
      const { mobile_enc } = await t.db.selectFrom('app_user').select('mobile_enc').where('id', '=', colleague).executeTakeFirstOrThrow();
      expect(forbidden.body).not.toContain(decryptField(t.app.keyring, mobile_enc!, { context: MOBILE_CONTEXT }));
      expect(await revealEntries(colleague)).toHaveLength(0);

      const szAgent = await t.userId('sz01.agent1');
      const supervisor = await t.login('gz.supervisor');
      const sibling = await supervisor.post(`/api/v1/users/${szAgent}/reveal`, { field: 'mobile' });
      expect(sibling.statusCode).toBe(404);
      expect(await revealEntries(szAgent)).toHaveLength(0);
    });
  });

  describe('setting roles', () => {
    it('replaces only the roles within the manager\u2019s scope; a head-office grant stays', async () => {
      const clerkId = await t.userId('gz01.clerk');
      const [ho, gz01] = [await t.orgId('HO'), await t.orgId('GZ01')];
      const v1 = (await admin.get(`/api/v1/users/${clerkId}`)).json().version;
      const byHo = await admin.put(`/api/v1/users/${clerkId}/roles`, { version: v1, roles: [{ role: 'clerk', orgUnitId: gz01 }, { role: 'auditor', orgUnitId: ho }] });
      expect(byHo.statusCode).toBe(200);
      expect(await grantsOf(clerkId)).toEqual(['auditor@HO', 'clerk@GZ01']);

      const gdAdmin = await t.login('gd.admin');
      const seen = (await gdAdmin.get(`/api/v1/users/${clerkId}`)).json();
      expect(seen.version).toBe(v1 + 1);
      const byGd = await gdAdmin.put(`/api/v1/users/${clerkId}/roles`, { version: seen.version, roles: [{ role: 'agent', orgUnitId: gz01 }] });
      expect(byGd.statusCode).toBe(200);
      expect(byGd.json().version).toBe(v1 + 2);
      expect(await grantsOf(clerkId)).toEqual(['agent@GZ01', 'auditor@HO']);

      const entry = await t.db.selectFrom('audit_log').selectAll()
        .where('action', '=', 'user.set_roles').where('actor_id', '=', gdAdmin.userId).executeTakeFirstOrThrow();
      expect(entry.entity_id).toBe(String(clerkId));
      const roleNames = (side: unknown) => (side as { roles: { role: string }[] }).roles.map((r) => r.role).sort();
      expect(roleNames(entry.before)).toEqual(['auditor', 'clerk']);
      expect(roleNames(entry.after)).toEqual(['agent', 'auditor']);
    });

    it('refuses a grant outside the manager\u2019s scope and changes nothing', async () => {
      const clerkId = await t.userId('sz01.clerk');
      const gdAdmin = await t.login('gd.admin');
      const before = await t.db.selectFrom('app_user').select('version').where('id', '=', clerkId).executeTakeFirstOrThrow();
      const grantsBefore = await grantsOf(clerkId);
      const res = await gdAdmin.put(`/api/v1/users/${clerkId}/roles`, {
        version: before.version, roles: [{ role: 'clerk', orgUnitId: await t.orgId('SZ01') }, { role: 'admin', orgUnitId: await t.orgId('HO') }],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ path: 'roles.1.orgUnitId', message: '机构不存在或不在您的管辖范围内' }]);
      expect(await grantsOf(clerkId)).toEqual(grantsBefore);
      expect(await t.db.selectFrom('app_user').select('version').where('id', '=', clerkId).executeTakeFirstOrThrow()).toEqual(before);
    });
  });

  describe('resetting a password', () => {
    it('gives a temporary password, ends the user\u2019s sessions and forces a change', async () => {
      const service = await t.login('sz.service');
      const before = await t.db.selectFrom('app_user').select('password_hash').where('id', '=', service.userId).executeTakeFirstOrThrow();

      const res = await admin.post(`/api/v1/users/${service.userId}/reset-password`, {});
      expect(res.statusCode).toBe(200);
      const { temporaryPassword } = res.json();
      expect(temporaryPassword).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{10,}$/);

      expect(await t.db.selectFrom('user_session').select('id_hash').where('user_id', '=', service.userId).execute()).toEqual([]);
      expect((await service.get('/api/v1/auth/me')).statusCode).toBe(401);
      const stored = await t.db.selectFrom('app_user').select(['password_hash', 'must_change_password']).where('id', '=', service.userId).executeTakeFirstOrThrow();
      expect(stored.must_change_password).toBe(true);
      expect(stored.password_hash).not.toBe(before.password_hash);

      const old = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'sz.service', password: DEMO_PASSWORD } });
      expect(old.statusCode).toBe(401);
      const again = await t.login('sz.service', temporaryPassword);
      expect((await again.get('/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);

      const entry = await t.db.selectFrom('audit_log').selectAll()
        .where('action', '=', 'user.reset_password').where('entity_id', '=', String(service.userId)).executeTakeFirstOrThrow();
      expect(entry).toMatchObject({ actor_id: admin.userId, org_unit_id: await t.orgId('SZ') });
      expect(JSON.stringify(entry)).not.toContain(temporaryPassword);
    });

    it('a provincial admin cannot reset the password of someone holding a head-office role (no takeover)', async () => {
      const [ho, gd] = [await t.orgId('HO'), await t.orgId('GD')];
      const created = await admin.post('/api/v1/users', {
        username: 'gd.hoadmin', displayName: '驻省总部管理员', orgUnitId: gd, password: 'Head-office-77x', roles: [{ role: 'admin', orgUnitId: ho }],
      });
      expect(created.statusCode).toBe(201);
      const userId = created.json().user.id;
      const before = await t.db.selectFrom('app_user').select(['password_hash', 'must_change_password']).where('id', '=', userId).executeTakeFirstOrThrow();

      const gdAdmin = await t.login('gd.admin');
      const res = await gdAdmin.post(`/api/v1/users/${userId}/reset-password`, {});
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect(res.body).not.toContain('temporaryPassword');
      expect(await t.db.selectFrom('app_user').select(['password_hash', 'must_change_password']).where('id', '=', userId).executeTakeFirstOrThrow()).toEqual(before);
      expect(await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'user.reset_password').where('entity_id', '=', String(userId)).execute()).toEqual([]);

      // Head office, whose scope covers the grant, can.
      expect((await admin.post(`/api/v1/users/${userId}/reset-password`, {})).statusCode).toBe(200);
    });

    it('refuses a weak password chosen by the administrator, keeping the old one', async () => {
      const userId = await t.userId('fs.service');
      const before = await t.db.selectFrom('app_user').select(['password_hash', 'must_change_password']).where('id', '=', userId).executeTakeFirstOrThrow();
      const res = await admin.post(`/api/v1/users/${userId}/reset-password`, { newPassword: 'password' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['newPassword', 'newPassword']);
      expect(await t.db.selectFrom('app_user').select(['password_hash', 'must_change_password']).where('id', '=', userId).executeTakeFirstOrThrow()).toEqual(before);
    });
  });
});
