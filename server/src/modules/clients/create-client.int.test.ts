import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { blindIndex, decryptField } from '../../platform/pii/index.js';
import { CONTEXT } from './client-rules.js';
import { residentId } from '../../../../tests/helpers/client-test-ids.js';

// Opening a client archive (R-CL-1, R-CL-2, R-CL-6): identifiers checked, personal fields sealed, the archive deadline kept.
describe('opening a client archive', () => {
  let t: TestApp;
  let agent: Client;
  let gz01: number;
  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login('gz01.agent1');
    gz01 = await t.orgId('GZ01');
  });
  afterAll(() => t.close());

  const clientCount = async () => (await t.db.selectFrom('client').select('id').execute()).length;
  const fields = (res: { json(): any }) => res.json().error.fields as { path: string; message: string }[];
  const archiveDeadline = (id: number) =>
    t.db.selectFrom('deadline').selectAll().where('rule_id', '=', 'client.archive').where('entity_type', '=', 'client').where('entity_id', '=', String(id)).executeTakeFirst();

  it('accepts a valid resident ID, fills birth date and gender from it, and stores only ciphertext and blind indexes', async () => {
    const res = await agent.post('/api/v1/clients', {
      kind: 'person', orgUnitId: gz01, name: '王秀英', idNumber: '11010519491231002x', mobile: '+86 138-0013-8000',
      address: '广东省广州市天河区体育西路100号', consentSensitive: true, contactPreference: 'wechat',
    });
    expect(res.statusCode).toBe(201);
    const { client, duplicates } = res.json();
    expect(duplicates).toEqual([]);
    expect(client).toMatchObject({
      kind: 'person', orgUnitId: gz01, agentId: agent.userId, name: '王秀英', gender: 'female', birthDate: '1949-12-31', idType: 'resident_id',
      idNumber: '110105********002X', mobile: '138****8000', address: '广东省广州市****', consentSensitive: true, version: 1,
    });
    expect(client.consentSensitiveAt).not.toBeNull();
    expect(client.archivedAt).not.toBeNull();

    const stored = await t.db.selectFrom('client').selectAll().where('id', '=', client.id).executeTakeFirstOrThrow();
    for (const column of [stored.id_number_enc, stored.id_number_bidx, stored.mobile_enc, stored.mobile_bidx, stored.address_enc]) {
      expect(column).not.toContain('11010519491231002X');
      expect(column).not.toContain('13800138000');
      expect(column).not.toContain('体育西路');
    }
    expect(decryptField(t.app.keyring, stored.id_number_enc!, { context: CONTEXT.idNumber })).toBe('11010519491231002X');
    expect(decryptField(t.app.keyring, stored.mobile_enc!, { context: CONTEXT.mobile })).toBe('13800138000');
    expect(stored.id_number_bidx).toBe(blindIndex(t.app.keyring, { kind: 'idNumber', value: '11010519491231002X' }));

    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'client.create').where('entity_id', '=', String(client.id)).executeTakeFirstOrThrow();
    expect(entry.after).toMatchObject({ idNumber: '110105********002X', mobile: '138****8000', address: '广东省广州市****' });
    const text = JSON.stringify(entry);
    for (const clear of ['11010519491231002X', '13800138000', '体育西路', stored.id_number_enc!]) expect(text).not.toContain(clear);
  });

  it('refuses a wrong check character, an impossible birth date (19490230) and a bad mobile, all at once, in Chinese or English, storing nothing', async () => {
    const before = await clientCount();
    const wrongCheck = await agent.post('/api/v1/clients', {
      kind: 'person', orgUnitId: gz01, name: '李四', idNumber: '110105194912310021', mobile: '12345678901',
    });
    expect(wrongCheck.statusCode).toBe(400);
    expect(fields(wrongCheck)).toEqual([
      { path: 'idNumber', message: '身份证号码不正确（校验位或出生日期有误）' },
      { path: 'mobile', message: '手机号格式不正确（11 位，以 1 开头）' },
    ]);
    const feb30 = residentId('11010519490230002');
    const en = await agent.request('POST', '/api/v1/clients', { kind: 'person', orgUnitId: gz01, name: '李四', idNumber: feb30 }, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(400);
    expect(fields(en)).toEqual([{ path: 'idNumber', message: 'not a valid resident ID number (check character or birth date)' }]);
    expect(await clientCount()).toBe(before);
  });

  it('refuses a birth date or gender that contradicts the resident ID', async () => {
    const res = await agent.post('/api/v1/clients', {
      kind: 'person', orgUnitId: gz01, name: '王秀英', idNumber: '11010519491231002X', birthDate: '1950-01-01', gender: 'male',
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual([
      { path: 'birthDate', message: '出生日期与身份证号码不一致（应为 1949-12-31）' },
      { path: 'gender', message: '性别与身份证号码不一致（应为女）' },
    ]);
  });

  it('checks the unified social credit code of an organisation (91350100M000100Y43 valid)', async () => {
    const before = await clientCount();
    const bad = await agent.post('/api/v1/clients', {
      kind: 'organisation', orgUnitId: gz01, name: '福州示例有限公司', unifiedCreditCode: '91350100M000100Y44', idNumber: '11010519491231002X',
    });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad).map((f) => f.path)).toEqual(['idNumber', 'unifiedCreditCode']);
    expect(await clientCount()).toBe(before);

    const ok = await agent.post('/api/v1/clients', {
      kind: 'organisation', orgUnitId: gz01, name: '福州示例有限公司', unifiedCreditCode: '91350100m000100y43', contactPerson: '陈经理', mobile: '13900000001',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().client).toMatchObject({ kind: 'organisation', unifiedCreditCode: '91350100M000100Y43', gender: null, birthDate: null });
    expect(ok.json().client.archivedAt).not.toBeNull();
  });

  it('refuses a second archive with the same ID number, naming the existing client', async () => {
    const idNumber = residentId('44010619800101123');
    const first = await agent.post('/api/v1/clients', { kind: 'person', orgUnitId: gz01, name: '周一', idNumber });
    expect(first.statusCode).toBe(201);
    const before = await clientCount();
    const again = await agent.post('/api/v1/clients', { kind: 'person', orgUnitId: gz01, name: '周一一', idNumber: idNumber.toLowerCase() });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'DUPLICATE_RECORD', existingId: first.json().client.id });
    expect(fields(again)).toEqual([{ path: 'idNumber', message: `该证件号码已有客户档案（编号 ${first.json().client.id}）` }]);
    expect(await clientCount()).toBe(before);
  });

  it('warns of the same name and mobile, and creates only when the duplicate is confirmed', async () => {
    const body = { kind: 'person', orgUnitId: gz01, name: '张伟', mobile: '13700000002' };
    const first = (await agent.post('/api/v1/clients', body)).json().client;
    const before = await clientCount();
    const warned = await agent.post('/api/v1/clients', body);
    expect(warned.statusCode).toBe(409);
    expect(warned.json().error.duplicates).toEqual([{ id: first.id, name: '张伟', mobile: '137****0002', orgUnitId: gz01 }]);
    expect(await clientCount()).toBe(before);
    const confirmed = await agent.post('/api/v1/clients', { ...body, confirmDuplicate: true });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json().duplicates.map((d: { id: number }) => d.id)).toEqual([first.id]);
  });

  it('opens the R-CL-2 deadline at the first contact and meets it when identity and contact are filled in', async () => {
    const firstContactAt = new Date(Date.now() - 3_600_000).toISOString();
    const created = await agent.post('/api/v1/clients', { kind: 'person', orgUnitId: gz01, name: '赵六', firstContactAt });
    expect(created.statusCode).toBe(201);
    const client = created.json().client;
    expect(client.archivedAt).toBeNull();
    const open = await archiveDeadline(client.id);
    expect(open).toMatchObject({ state: 'open', org_unit_id: gz01, owner_id: agent.userId });
    expect(open!.started_at.toISOString()).toBe(firstContactAt);

    const idNumber = residentId('44010619900615003');
    const updated = await agent.patch(`/api/v1/clients/${client.id}`, { version: 1, idNumber, mobile: '13600000003' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, birthDate: '1990-06-15', gender: 'male', mobile: '136****0003' });
    expect(updated.json().archivedAt).not.toBeNull();
    expect(await archiveDeadline(client.id)).toMatchObject({ state: 'met' });

    const stale = await agent.patch(`/api/v1/clients/${client.id}`, { version: 1, occupation: '教师' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ id: client.id, version: 2 });

    const timeline = (await agent.get(`/api/v1/clients/${client.id}/timeline`)).json().items as { kind: string; summary: string }[];
    expect(timeline.map((e) => e.kind)).toEqual(['client.updated', 'client.created']);
    expect(timeline[0]!.summary).toBe('修改档案：性别、出生日期、证件类型、证件号码、手机号（资料已完整）');
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'client.update').where('entity_id', '=', String(client.id)).executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ idNumber: null, mobile: null });
    expect(audit.after).toMatchObject({ idNumber: `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`, mobile: '136****0003' });
  });

  it('an archive complete at once opens and meets its deadline in the same request', async () => {
    const res = await agent.post('/api/v1/clients', {
      kind: 'person', orgUnitId: gz01, name: '钱七', idNumber: residentId('44010619750808004'), mobile: '13500000004',
    });
    expect(await archiveDeadline(res.json().client.id)).toMatchObject({ state: 'met' });
  });
});
