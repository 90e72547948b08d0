import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { multipartBody, SAMPLE_PDF } from '../../../../tests/helpers/multipart.js';

// Issue 12, item 5: the document catalogue (资料类型) kept by head office's administrator — add a
// type, rename it, mark it sensitive, change its retention, stop offering it; every change audited.
describe('the document catalogue', () => {
  let t: TestApp;
  let admin: Client;
  type DocType = { code: string; name: string; nameEn: string; sensitive: boolean; retentionClass: string; active: boolean };
  const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { fields: { path: string; message: string }[] } }).error.fields;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('head office adds a type with a code of its own, offered at once for uploads', async () => {
    const res = await admin.post('/api/v1/document-types', { code: 'hospital_invoice', name: ' 医疗费用发票 ', nameEn: 'Hospital invoice', sensitive: true, retentionClass: 'contract_plus_10y' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ code: 'hospital_invoice', name: '医疗费用发票', nameEn: 'Hospital invoice', sensitive: true, retentionClass: 'contract_plus_10y', active: true });
    const list = (await admin.get('/api/v1/document-types')).json() as { items: DocType[]; retentionClasses: { code: string }[] };
    expect(list.items.at(-1)?.code).toBe('hospital_invoice');
    expect(list.retentionClasses.map((c) => c.code)).toContain('contract_plus_10y');

    const again = await admin.request('POST', '/api/v1/document-types', { code: 'hospital_invoice', name: '发票', nameEn: 'Invoice', sensitive: false, retentionClass: 'permanent' }, { 'accept-language': 'en' });
    expect(again.statusCode).toBe(400);
    expect(fieldsOf(again)).toEqual([{ path: 'code', message: 'another document type has this code' }]);
    const badCode = await admin.post('/api/v1/document-types', { code: 'Bad Code', name: '发票', nameEn: 'Invoice', sensitive: false, retentionClass: 'permanent' });
    expect(badCode.statusCode).toBe(400);
    expect(fieldsOf(badCode)[0]!.path).toBe('code');
  });

  it('a type no longer offered refuses new uploads but stays listed for the admin and in the audit trail', async () => {
    const off = await admin.patch('/api/v1/document-types/relationship_proof', { active: false, name: '亲属关系证明' });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ code: 'relationship_proof', name: '亲属关系证明', active: false });
    expect(((await admin.get('/api/v1/document-types')).json() as { items: DocType[] }).items.map((d) => d.code)).not.toContain('relationship_proof');
    expect(((await admin.get('/api/v1/document-types?includeInactive=true')).json() as { items: DocType[] }).items.map((d) => d.code)).toContain('relationship_proof');

    const clerk = await t.login('gz01.clerk');
    const policies = (await clerk.get('/api/v1/policies?pageSize=10')).json() as { items: { id: number }[] };
    const form = multipartBody([{ field: 'relationship_proof', fileName: '证明.pdf', content: SAMPLE_PDF }]);
    const upload = await clerk.request('POST', `/api/v1/records/policy/${policies.items[0]!.id}/documents`, form.payload, form.headers);
    expect(upload.statusCode, upload.body).toBe(400);
    expect(fieldsOf(upload)[0]!.message).toBe('没有此资料类型，或已停用');

    const entries = await t.db.selectFrom('audit_log').select(['action', 'before', 'after']).where('entity_type', '=', 'document_type').where('entity_id', '=', 'relationship_proof').execute();
    expect(entries).toEqual([{ action: 'document_type.update', before: expect.objectContaining({ active: true, name: '关系证明' }), after: expect.objectContaining({ active: false, name: '亲属关系证明' }) }]);
  });

  it('only head office changes it; an unknown code is 404; an empty name is refused', async () => {
    const province = await t.login('gd.admin');
    const denied = await province.patch('/api/v1/document-types/other', { name: '其他' });
    expect(denied.statusCode).toBe(403);
    expect((await admin.patch('/api/v1/document-types/no_such_type', { name: '无' })).statusCode).toBe(404);
    const blank = await admin.patch('/api/v1/document-types/other', { name: '  ' });
    expect(fieldsOf(blank)).toEqual([{ path: 'name', message: expect.any(String) }]);
    expect((await t.db.selectFrom('document_type').select('name').where('code', '=', 'other').executeTakeFirstOrThrow()).name).toBe('其他资料');
    // Nothing to change: the type as it is (it once answered 500: an UPDATE with nothing to set).
    const nothing = await admin.patch('/api/v1/document-types/other', {});
    expect(nothing.statusCode, nothing.body).toBe(200);
    expect(nothing.json()).toMatchObject({ code: 'other', name: '其他资料' });
  });
});
