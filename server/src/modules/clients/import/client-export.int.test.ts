import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../../tests/helpers/test-app.js';
import { residentId } from '../../../../../tests/helpers/client-test-ids.js';

// Export of a filtered list to xlsx (R-PO-6 issue; R-CL-6): the list's scope, filters and masking; audited.
describe('exporting the client list to xlsx', () => {
  let t: TestApp;
  let agent: Client;
  const idNumber = residentId('44010619850312001');

  const sheetOf = async (payload: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(payload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: (string | number | null)[][] = [];
    sheet.eachRow((row) => rows.push((row.values as (string | number | null)[]).slice(1)));
    return { name: sheet.name, rows };
  };

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login('gz01.agent1');
    const clerk = await t.login('sz01.clerk');
    expect((await agent.post('/api/v1/clients', { kind: 'person', orgUnitId: await t.orgId('GZ01'), name: '导出甲', idNumber, mobile: '13800138001' })).statusCode).toBe(201);
    expect((await agent.post('/api/v1/clients', { kind: 'organisation', orgUnitId: await t.orgId('GZ01'), name: '导出乙公司', unifiedCreditCode: '91350100M000100Y43' })).statusCode).toBe(201);
    expect((await clerk.post('/api/v1/clients', { kind: 'person', orgUnitId: await t.orgId('SZ01'), name: '导出丙' })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('exports the clients in scope with the list’s masking, and audits the export', async () => {
    const res = await agent.get('/api/v1/clients/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''%E5%AE%A2%E6%88%B7-clients-");
    const { name, rows } = await sheetOf(res.rawPayload);
    expect(name).toBe('客户');
    expect(rows[0]!.slice(0, 8)).toEqual(['编号', '客户类型', '姓名/名称', '性别', '出生日期', '证件类型', '证件号码', '手机号']);
    const names = rows.slice(1).map((r) => r[2]);
    expect(names).toEqual(expect.arrayContaining(['导出甲', '导出乙公司']));
    expect(names).not.toContain('导出丙'); // a sibling office's client
    const person = rows.find((r) => r[2] === '导出甲')!;
    expect(person.slice(1, 8)).toEqual(['个人', '导出甲', '男', '1985-03-12', '居民身份证', `440106********${idNumber.slice(14)}`, '138****8001']);
    expect(res.rawPayload.includes(Buffer.from(idNumber))).toBe(false);

    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'client.export').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: agent.userId, after: { format: 'xlsx', filters: {} } });
  });

  it('takes the list’s filters, and English headers for an English user', async () => {
    const res = await agent.get('/api/v1/clients/export.xlsx?kind=organisation', { 'accept-language': 'en' });
    const { name, rows } = await sheetOf(res.rawPayload);
    expect(name).toBe('Clients');
    expect(rows[0]![2]).toBe('Name');
    expect(rows.slice(1).map((r) => [r[1], r[2]])).toContainEqual(['organisation', '导出乙公司']);
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(['organisation']));
  });
});
