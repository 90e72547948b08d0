import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../../tests/helpers/test-app.js';
import { useTestApp } from '../../../../tests/helpers/test-suite.js';
import { countHeadOfficeAdmins } from './head-office-admins.js';

const PASSWORD = 'Steady-Keeper-2026';

// Head office always keeps an active administrator, and nobody lowers their own privileges by accident.
describe('keeping an administrator at head office', () => {
  const { t, user: admin } = useTestApp({ login: 'admin' });
  let ho: number;
  beforeAll(async () => {
    ho = await t.orgId('HO');
  });

  const headOfficeAdmins = () => t.db.transaction().execute((trx) => countHeadOfficeAdmins(trx));
  const grantsOf = async (userId: number) =>
    (await t.db.selectFrom('role_assignment as r').innerJoin('org_unit as o', 'o.id', 'r.org_unit_id')
      .select(['r.role', 'o.code']).where('r.user_id', '=', userId).execute())
      .map((g) => `${g.role}@${g.code}`).sort();
  const stored = (userId: number) =>
    t.db.selectFrom('app_user').select(['version', 'status']).where('id', '=', userId).executeTakeFirstOrThrow();
  const versionOf = async (userId: number) => (await stored(userId)).version;
  const setRolesEntries = async (userId: number) =>
    (await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'user.set_roles').where('entity_id', '=', String(userId)).execute()).length;

  /** A second head-office administrator, logged in (their first password is taken as changed). */
  async function headOfficeAdmin(username: string, extra: { role: string; orgUnitId: number }[] = []): Promise<Client> {
    const created = await admin.post('/api/v1/users', {
      username, displayName: username, orgUnitId: ho, password: PASSWORD, roles: [{ role: 'admin', orgUnitId: ho }, ...extra],
    });
    expect(created.statusCode).toBe(201);
    await t.db.updateTable('app_user').set({ must_change_password: false }).where('id', '=', created.json().user.id).execute();
    return t.login(username, PASSWORD);
  }

  it('the last head-office admin cannot give up the admin role, even confirmed; the refusal changes nothing', async () => {
    expect(await headOfficeAdmins()).toBe(1);
    const before = await grantsOf(admin.userId);
    const version = await versionOf(admin.userId);
    const entries = await setRolesEntries(admin.userId);

    const zh = await admin.put(`/api/v1/users/${admin.userId}/roles`, { version, roles: [], confirmSelfDemotion: true });
    expect(zh.statusCode).toBe(409);
    expect(zh.json().error).toMatchObject({ code: 'LAST_HEAD_OFFICE_ADMIN', message: expect.stringContaining('总公司管理员') });
    const en = await admin.request('PUT', `/api/v1/users/${admin.userId}/roles`, { version, roles: [], confirmSelfDemotion: true }, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(409);
    expect(en.json().error.message).toContain('head-office administrator must remain');

    // Moving the grant down to a province is losing it at head office just the same.
    const gd = await t.orgId('GD');
    const down = await admin.put(`/api/v1/users/${admin.userId}/roles`, { version, roles: [{ role: 'admin', orgUnitId: gd }], confirmSelfDemotion: true });
    expect(down.json().error.code).toBe('LAST_HEAD_OFFICE_ADMIN');

    expect(await grantsOf(admin.userId)).toEqual(before);
    expect(await versionOf(admin.userId)).toBe(version);
    expect(await setRolesEntries(admin.userId)).toBe(entries);
    expect((await admin.get('/api/v1/users?limit=1')).statusCode).toBe(200);
  });

  it('a provincial admin and a disabled head-office admin do not count as the admin who remains', async () => {
    const second = await headOfficeAdmin('ho.second');
    const { version } = (await admin.get(`/api/v1/users/${second.userId}`)).json();
    expect((await admin.patch(`/api/v1/users/${second.userId}`, { version, status: 'disabled' })).statusCode).toBe(200);
    expect(await grantsOf(await t.userId('gd.admin'))).toEqual(['admin@GD']);

    const alone = await admin.put(`/api/v1/users/${admin.userId}/roles`, { version: await versionOf(admin.userId), roles: [], confirmSelfDemotion: true });
    expect(alone.statusCode).toBe(409);
    expect(alone.json().error.code).toBe('LAST_HEAD_OFFICE_ADMIN');

    // Enabled again, the second admin is one who remains.
    expect((await admin.patch(`/api/v1/users/${second.userId}`, { version: version + 1, status: 'active' })).statusCode).toBe(200);
    expect(await headOfficeAdmins()).toBe(2);
  });

  it('changing one\u2019s own roles so as to lose one is refused until confirmed, and then goes through', async () => {
    const [gz, gz01] = [await t.orgId('GZ'), await t.orgId('GZ01')];
    const self = await headOfficeAdmin('ho.auditing', [{ role: 'auditor', orgUnitId: gz }]);
    const version = await versionOf(self.userId);

    const unconfirmed = await self.put(`/api/v1/users/${self.userId}/roles`, { version, roles: [{ role: 'admin', orgUnitId: ho }] });
    expect(unconfirmed.statusCode).toBe(409);
    const error = unconfirmed.json().error;
    expect(error.code).toBe('SELF_DEMOTION_UNCONFIRMED');
    expect(error.message).toBe('此修改将取消您本人的以下角色或管辖范围：质检（广州市分公司）。请确认后再提交');
    expect(error.lost).toEqual([expect.objectContaining({ role: 'auditor', orgUnitId: gz })]);
    // Narrowing a role to a unit below is losing scope too.
    const narrowed = await self.request('PUT', `/api/v1/users/${self.userId}/roles`, {
      version, roles: [{ role: 'admin', orgUnitId: ho }, { role: 'auditor', orgUnitId: gz01 }],
    }, { 'accept-language': 'en' });
    expect(narrowed.json().error.message).toBe('This change takes away your own role or scope: Quality auditor (Guangzhou Branch). Confirm it to go ahead');
    expect(await grantsOf(self.userId)).toEqual(['admin@HO', 'auditor@GZ']);
    expect(await versionOf(self.userId)).toBe(version);

    const confirmed = await self.put(`/api/v1/users/${self.userId}/roles`, { version, roles: [{ role: 'admin', orgUnitId: ho }], confirmSelfDemotion: true });
    expect(confirmed.statusCode).toBe(200);
    expect(await grantsOf(self.userId)).toEqual(['admin@HO']);
  });

  it('adding or widening one\u2019s own roles, or changing someone else\u2019s, needs no confirmation', async () => {
    const [gz, gz01] = [await t.orgId('GZ'), await t.orgId('GZ01')];
    const self = await headOfficeAdmin('ho.widening', [{ role: 'auditor', orgUnitId: gz01 }]);
    const widened = await self.put(`/api/v1/users/${self.userId}/roles`, {
      version: await versionOf(self.userId), roles: [{ role: 'admin', orgUnitId: ho }, { role: 'auditor', orgUnitId: gz }, { role: 'supervisor', orgUnitId: gz01 }],
    });
    expect(widened.statusCode).toBe(200);
    expect(await grantsOf(self.userId)).toEqual(['admin@HO', 'auditor@GZ', 'supervisor@GZ01']);

    const clerk = await t.userId('gz02.clerk');
    const other = await self.put(`/api/v1/users/${clerk}/roles`, { version: await versionOf(clerk), roles: [] });
    expect(other.statusCode).toBe(200);
    expect(await grantsOf(clerk)).toEqual([]);
  });
});

// Two administrators removing each other at the same moment: one of them must remain. On
// PostgreSQL the two requests run in two connections at once; PGlite has one connection.
describe('two administrators removing each other at once', () => {
  const { t, user: admin } = useTestApp({ login: 'admin' });
  let ho: number;
  beforeAll(async () => {
    ho = await t.orgId('HO');
  });

  const headOfficeAdmins = () => t.db.transaction().execute((trx) => countHeadOfficeAdmins(trx));
  const versionOf = async (userId: number) =>
    (await t.db.selectFrom('app_user').select('version').where('id', '=', userId).executeTakeFirstOrThrow()).version;

  /** Two fresh head-office admins, and no other: the bootstrap admin is made an auditor. */
  async function onlyTwoAdmins(a: string, b: string): Promise<[Client, Client]> {
    const clients: Client[] = [];
    for (const username of [a, b]) {
      const created = await admin.post('/api/v1/users', { username, displayName: username, orgUnitId: ho, password: PASSWORD, roles: [{ role: 'admin', orgUnitId: ho }] });
      expect(created.statusCode).toBe(201);
      await t.db.updateTable('app_user').set({ must_change_password: false }).where('id', '=', created.json().user.id).execute();
      clients.push(await t.login(username, PASSWORD));
    }
    const adminId = await t.userId('admin');
    const demoted = await clients[0]!.put(`/api/v1/users/${adminId}/roles`, { version: await versionOf(adminId), roles: [{ role: 'auditor', orgUnitId: ho }] });
    expect(demoted.statusCode).toBe(200);
    expect(await headOfficeAdmins()).toBe(2);
    return [clients[0]!, clients[1]!];
  }

  it('each removing the other\u2019s admin role: exactly one succeeds and one head-office admin remains', async () => {
    const [a, b] = await onlyTwoAdmins('ho.roles.a', 'ho.roles.b');
    const [va, vb] = [await versionOf(a.userId), await versionOf(b.userId)];
    const answers = await Promise.all([
      a.put(`/api/v1/users/${b.userId}/roles`, { version: vb, roles: [] }),
      b.put(`/api/v1/users/${a.userId}/roles`, { version: va, roles: [] }),
    ]);
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    // The other is refused: as the last admin (409), or, arriving after the first committed, for its lost role (403).
    expect(answers.filter((r) => r.statusCode !== 200).map((r) => r.json().error.code)).toEqual([
      expect.stringMatching(/^(LAST_HEAD_OFFICE_ADMIN|FORBIDDEN)$/),
    ]);
    expect(await headOfficeAdmins()).toBe(1);
  });

  it('each disabling the other: exactly one succeeds and one head-office admin remains', async () => {
    // Restore: the survivor of the test before is the only admin; make two new ones the only pair.
    const survivor = await t.db.selectFrom('role_assignment as r').innerJoin('app_user as u', 'u.id', 'r.user_id')
      .select('u.username').where('r.role', '=', 'admin').where('r.org_unit_id', '=', ho).executeTakeFirstOrThrow();
    const keeper = await t.login(survivor.username, PASSWORD);
    const adminId = await t.userId('admin');
    expect((await keeper.put(`/api/v1/users/${adminId}/roles`, { version: await versionOf(adminId), roles: [{ role: 'admin', orgUnitId: ho }] })).statusCode).toBe(200);
    const keeperId = keeper.userId;
    expect((await admin.put(`/api/v1/users/${keeperId}/roles`, { version: await versionOf(keeperId), roles: [] })).statusCode).toBe(200);

    const [a, b] = await onlyTwoAdmins('ho.status.a', 'ho.status.b');
    const [va, vb] = [await versionOf(a.userId), await versionOf(b.userId)];
    const answers = await Promise.all([
      a.patch(`/api/v1/users/${b.userId}`, { version: vb, status: 'disabled' }),
      b.patch(`/api/v1/users/${a.userId}`, { version: va, status: 'disabled' }),
    ]);
    expect(answers.map((r) => r.statusCode).filter((c) => c === 200)).toHaveLength(1);
    // The other is refused as the last admin (409), or finds its own session ended by the first (401).
    expect(answers.filter((r) => r.statusCode !== 200).map((r) => r.json().error.code)).toEqual([
      expect.stringMatching(/^(LAST_HEAD_OFFICE_ADMIN|UNAUTHENTICATED)$/),
    ]);
    expect(await headOfficeAdmins()).toBe(1);
  });
});
