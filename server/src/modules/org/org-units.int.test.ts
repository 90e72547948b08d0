import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/helpers/test-suite.js';

// The org tree (总公司 → 省 → 市 → 营业部) and who sees which part of it (SPEC §0, R-SE-1).
describe('org units', () => {
  const { t, user: admin } = useTestApp({ login: 'admin' });

  const unitCount = async () => (await t.db.selectFrom('org_unit').select('id').execute()).length;
  const storedUnit = (id: number) => t.db.selectFrom('org_unit').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('creates a city branch under the province; level and path follow from the parent', async () => {
    const gd = await t.orgId('GD');
    const res = await admin.post('/api/v1/org-units', { parentId: gd, code: 'zh', name: '珠海市分公司', nameEn: 'Zhuhai' });
    expect(res.statusCode).toBe(201);
    const unit = res.json();
    expect(unit).toMatchObject({ parentId: gd, code: 'ZH', level: 'city', path: '/HO/GD/ZH/', active: true, version: 1 });

    const stored = await storedUnit(unit.id);
    expect(stored).toMatchObject({ parent_id: gd, code: 'ZH', name: '珠海市分公司', level: 'city', path: '/HO/GD/ZH/' });
    const entry = await t.db.selectFrom('audit_log').selectAll()
      .where('action', '=', 'org_unit.create').where('entity_id', '=', String(unit.id)).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: admin.userId, actor_name: 'admin', org_unit_id: unit.id, before: null, after: unit });
  });

  it('keeps the tree in shape: no office straight under head office, nothing under an office', async () => {
    const before = await unitCount();
    const officeUnderHo = await admin.post('/api/v1/org-units', { parentId: await t.orgId('HO'), level: 'office', code: 'HO01', name: '总部营业部' });
    expect(officeUnderHo.statusCode).toBe(400);
    expect(officeUnderHo.json().error.fields).toEqual([{ path: 'parentId', message: expect.stringContaining('下只能建立') }]);

    const underOffice = await admin.post('/api/v1/org-units', { parentId: await t.orgId('GZ01'), code: 'GZ01A', name: '天河网点' });
    expect(underOffice.statusCode).toBe(400);
    expect(underOffice.json().error.fields).toEqual([{ path: 'parentId', message: expect.any(String) }]);

    expect(await unitCount()).toBe(before);
    expect(await t.db.selectFrom('org_unit').select('id').where('code', 'in', ['HO01', 'GZ01A']).execute()).toEqual([]);
  });

  it('refuses a code already in use, whatever its case', async () => {
    const before = await unitCount();
    const res = await admin.request('POST', '/api/v1/org-units', { parentId: await t.orgId('GZ'), code: 'gz01', name: '重复代码' }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'code', message: 'this org unit code is already taken' }]);
    expect(await unitCount()).toBe(before);
  });

  it('a provincial admin cannot add a unit outside the province', async () => {
    const gdAdmin = await t.login('gd.admin');
    const before = await unitCount();
    const res = await gdAdmin.post('/api/v1/org-units', { parentId: await t.orgId('HO'), code: 'BJ', name: '北京分公司' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'parentId', message: '机构不存在或不在您的管辖范围内' }]);
    expect(await unitCount()).toBe(before);
  });

  it('refuses to deactivate a unit that still has active child units or active users', async () => {
    const gz = await t.orgId('GZ');
    const gz01 = await t.orgId('GZ01');
    const [gzBefore, gz01Before] = [await storedUnit(gz), await storedUnit(gz01)];

    const city = await admin.patch(`/api/v1/org-units/${gz}`, { version: gzBefore.version, active: false });
    expect(city.statusCode).toBe(400);
    expect(city.json().error.fields).toEqual([{ path: 'active', message: '该机构下仍有启用的下级机构，不能停用' }]);

    const office = await admin.patch(`/api/v1/org-units/${gz01}`, { version: gz01Before.version, active: false });
    expect(office.statusCode).toBe(400);
    expect(office.json().error.fields).toEqual([{ path: 'active', message: '该机构下仍有在职用户，不能停用' }]);

    expect(await storedUnit(gz)).toEqual(gzBefore);
    expect(await storedUnit(gz01)).toEqual(gz01Before);
  });

  it('deactivates an empty unit, bumping its version, with before and after in the audit trail', async () => {
    const zh = await t.orgId('ZH'); // created above, no children, no users
    const res = await admin.patch(`/api/v1/org-units/${zh}`, { version: 1, active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ active: false, version: 2 });
    expect(await storedUnit(zh)).toMatchObject({ active: false, version: 2 });
    const entry = await t.db.selectFrom('audit_log').selectAll()
      .where('action', '=', 'org_unit.update').where('entity_id', '=', String(zh)).executeTakeFirstOrThrow();
    expect(entry.before).toMatchObject({ active: true, version: 1 });
    expect(entry.after).toMatchObject({ active: false, version: 2 });

    // A new user cannot be placed in an inactive unit.
    const user = await admin.post('/api/v1/users', { username: 'zh.clerk', displayName: '珠海内勤', orgUnitId: zh, roles: [{ role: 'clerk', orgUnitId: zh }] });
    expect(user.statusCode).toBe(400);
    expect(user.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['orgUnitId', 'roles.0.orgUnitId']);
  });

  it('a city supervisor sees the city and its offices, nothing else', async () => {
    const supervisor = await t.login('gz.supervisor');
    const res = await supervisor.get('/api/v1/org-units');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((u: { code: string }) => u.code)).toEqual(['GZ', 'GZ01', 'GZ02']);
  });

  it('a sibling city by id answers exactly like a missing id (no existence leak)', async () => {
    const supervisor = await t.login('gz.supervisor');
    const { max } = await t.db.selectFrom('org_unit').select((eb) => eb.fn.max('id').as('max')).executeTakeFirstOrThrow();
    const missing = await supervisor.get(`/api/v1/org-units/${Number(max) + 1000}`);
    expect(missing.statusCode).toBe(404);
    const withoutRequestId = (body: { error: Record<string, unknown> }) => ({ ...body.error, requestId: undefined });
    for (const code of ['SZ', 'SZ01', 'GD']) {
      const res = await supervisor.get(`/api/v1/org-units/${await t.orgId(code)}`);
      expect(res.statusCode).toBe(404);
      expect(withoutRequestId(res.json())).toEqual(withoutRequestId(missing.json()));
    }
    expect(withoutRequestId(missing.json())).toMatchObject({ code: 'NOT_FOUND', message: '记录不存在或无权查看' });
    const own = await supervisor.get(`/api/v1/org-units/${await t.orgId('GZ02')}`);
    expect(own.statusCode).toBe(200);
  });
});
