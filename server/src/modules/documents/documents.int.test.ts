import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { multipartBody, SAMPLE_JPEG, SAMPLE_PDF, SAMPLE_PNG } from '../../../../tests/helpers/multipart.js';

// Issue 12, item 2 and "Reliability": documents of a record — several files at once, the kind read
// from the content, kept under their checksum, all or nothing, read only through the record's
// permission and scope, sensitive downloads audited.
describe('documents of a record', () => {
  let t: TestApp;
  let clerk: Client;
  let gzPolicy: number;
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const blobPath = (dir: string, sum: string) => path.join(dir, sum.slice(0, 2), sum.slice(2, 4), sum);
  const storedFiles = () => {
    const walk = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])) : []);
    return walk(t.documentsDir).filter((f) => !f.includes(`${path.sep}incoming${path.sep}`));
  };
  const documentCount = async () => Number((await t.db.selectFrom('document').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const upload = (c: Client, policyId: number, files: Parameters<typeof multipartBody>[0], opts?: Parameters<typeof multipartBody>[1], lang = 'zh-CN') => {
    const form = multipartBody(files, opts);
    return c.request('POST', `/api/v1/records/policy/${policyId}/documents`, form.payload, { ...form.headers, 'accept-language': lang });
  };

  beforeAll(async () => {
    t = await createTestApp({ config: { documentMaxBytes: 64 * 1024 } });
    clerk = await t.login('gz01.clerk');
    gzPolicy = (await t.db.selectFrom('policy').select('id').where('org_unit_id', '=', await t.orgId('GZ01')).orderBy('id').limit(1).executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it('takes several files at once, reads their kind from the content, keeps each under its checksum and audits the upload', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('清单').addRow(['保单号', 'PA001']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(clerk, gzPolicy, [
      { field: 'policy_copy', fileName: '保单正本.pdf', content: SAMPLE_PDF },
      { field: 'id_document', fileName: '身份证.PNG', content: SAMPLE_PNG, contentType: 'application/pdf' }, // the browser's type is not trusted
      { field: 'other', fileName: '清单.xlsx', content: xlsx },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().ids).toHaveLength(3);

    const list = (await clerk.get(`/api/v1/records/policy/${gzPolicy}/documents`)).json();
    expect(list.items.map((d: { fileName: string; mediaType: string; sha256: string; preview: boolean }) => [d.fileName, d.mediaType, d.sha256, d.preview])).toEqual([
      ['保单正本.pdf', 'application/pdf', sha(SAMPLE_PDF), true],
      ['身份证.PNG', 'image/png', sha(SAMPLE_PNG), true],
      ['清单.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sha(xlsx), false],
    ]);
    expect(list.checklist).toEqual([
      expect.objectContaining({ typeCode: 'policy_copy', required: false, received: 1, state: 'received' }),
      expect.objectContaining({ typeCode: 'id_document', required: false, received: 1, state: 'received' }),
    ]);
    expect(list.canUpload).toBe(true);
    for (const b of [SAMPLE_PDF, SAMPLE_PNG, xlsx]) expect(readFileSync(blobPath(t.documentsDir, sha(b))).equals(b)).toBe(true);

    const audit = await t.db.selectFrom('audit_log').select(['after']).where('action', '=', 'document.upload').where('entity_id', '=', String(gzPolicy)).execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.after)).toContain(sha(SAMPLE_PDF));
  });

  it('stores the same content once however often it is uploaded', async () => {
    const before = storedFiles().length;
    const res = await upload(clerk, gzPolicy, [{ field: 'policy_copy', fileName: '再次上传.pdf', content: SAMPLE_PDF }]);
    expect(res.statusCode).toBe(201);
    expect(storedFiles().length).toBe(before);
  });

  it('refuses the whole upload when one file is of a wrong kind — a program renamed .pdf — and keeps none of its files', async () => {
    const before = { rows: await documentCount(), files: storedFiles().length };
    const fresh = Buffer.concat([SAMPLE_JPEG, Buffer.from(`new ${Date.now()}`)]);
    const res = await upload(clerk, gzPolicy, [
      { field: 'id_document', fileName: '身份证.jpg', content: fresh },
      { field: 'policy_copy', fileName: '保单.pdf', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 1)]) },
      { field: 'policy_copy', fileName: '说明.pdf', content: Buffer.from('这是一段文字，不是 PDF') },
    ], {}, 'en');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'files.1', message: 'the file is not of an allowed kind (PDF, JPEG, PNG, HEIC, Word, Excel): its content reads as exe' },
      { path: 'files.2', message: 'the file is not of an allowed kind (PDF, JPEG, PNG, HEIC, Word, Excel): its content reads as unknown' },
    ]);
    expect(await documentCount()).toBe(before.rows);
    expect(storedFiles().length).toBe(before.files); // the good JPEG of the refused upload is not kept either
    expect(existsSync(blobPath(t.documentsDir, sha(fresh)))).toBe(false);
  });

  it('refuses a file over the limit, an unknown document type, an empty form and a body that is no form — nothing stored', async () => {
    const before = { rows: await documentCount(), files: storedFiles().length };
    const big = await upload(clerk, gzPolicy, [{ field: 'policy_copy', fileName: '扫描件.pdf', content: Buffer.concat([SAMPLE_PDF, Buffer.alloc(70 * 1024, 7)]) }]);
    expect(big.statusCode).toBe(400);
    expect(big.json().error.fields).toEqual([{ path: 'files.0', message: '文件超过 0.06 MB 的上限' }]);

    const unknown = await upload(clerk, gzPolicy, [{ field: 'no_such_type', fileName: 'a.pdf', content: SAMPLE_PDF }]);
    expect(unknown.json().error.fields).toEqual([{ path: 'files.0.typeCode', message: '没有此资料类型，或已停用' }]);

    const none = await clerk.request('POST', `/api/v1/records/policy/${gzPolicy}/documents`, multipartBody([]).payload, multipartBody([]).headers);
    expect(none.statusCode).toBe(400);

    const json = await clerk.post(`/api/v1/records/policy/${gzPolicy}/documents`, { file: 'AAAA' });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('NOT_MULTIPART');

    expect(await documentCount()).toBe(before.rows);
    expect(storedFiles().length).toBe(before.files);
  });

  it('keeps nothing of an upload cut off in the middle of a file', async () => {
    const before = { rows: await documentCount(), files: storedFiles().length };
    const res = await upload(clerk, gzPolicy, [
      { field: 'policy_copy', fileName: '完整.png', content: Buffer.concat([SAMPLE_PNG, Buffer.from(`whole ${Date.now()}`)]) },
      { field: 'policy_copy', fileName: '被截断.pdf', content: Buffer.concat([SAMPLE_PDF, Buffer.alloc(4000, 9)]) },
    ], { cutOff: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain('files.1');
    expect(await documentCount()).toBe(before.rows);
    expect(storedFiles().length).toBe(before.files);
    expect(readdirSync(path.join(t.documentsDir, 'incoming'))).toEqual([]);
  });

  it('downloads through the record: the same bytes, inline or as an attachment, and a sensitive document\'s download is audited', async () => {
    const list = (await clerk.get(`/api/v1/records/policy/${gzPolicy}/documents`)).json();
    const idCopy = list.items.find((d: { typeCode: string }) => d.typeCode === 'id_document');
    const policyCopy = list.items.find((d: { typeCode: string }) => d.typeCode === 'policy_copy');
    const audited = async () => (await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'document.download').execute()).length;

    const before = await audited();
    const inline = await clerk.get(`/api/v1/documents/${policyCopy.id}/content`);
    expect(inline.statusCode).toBe(200);
    expect(inline.rawPayload.equals(SAMPLE_PDF)).toBe(true);
    expect(inline.headers['content-type']).toBe('application/pdf');
    expect(inline.headers['content-disposition']).toMatch(/^inline; filename=".*"; filename\*=UTF-8''%E4%BF%9D%E5%8D%95/);
    expect(await audited()).toBe(before); // not sensitive

    const download = await clerk.get(`/api/v1/documents/${idCopy.id}/content?download=true`);
    expect(download.rawPayload.equals(SAMPLE_PNG)).toBe(true);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(await audited()).toBe(before + 1);
  });

  it('keeps to the record\'s permission and scope: another office finds nothing, a read-only role cannot upload', async () => {
    const doc = (await clerk.get(`/api/v1/records/policy/${gzPolicy}/documents`)).json().items[0];
    const sibling = await t.login('sz01.clerk');
    expect((await sibling.get(`/api/v1/records/policy/${gzPolicy}/documents`)).statusCode).toBe(404);
    expect((await sibling.get(`/api/v1/documents/${doc.id}/content`)).statusCode).toBe(404);
    expect((await upload(sibling, gzPolicy, [{ field: 'policy_copy', fileName: 'x.pdf', content: SAMPLE_PDF }])).statusCode).toBe(404);

    const auditor = await t.login('gd.auditor');
    expect((await auditor.get(`/api/v1/records/policy/${gzPolicy}/documents`)).json().canUpload).toBe(false);
    expect((await upload(auditor, gzPolicy, [{ field: 'policy_copy', fileName: 'x.pdf', content: SAMPLE_PDF }])).statusCode).toBe(403);
    expect((await clerk.get('/api/v1/records/no_such_record/1/documents')).statusCode).toBe(404);
    expect((await clerk.get('/api/v1/documents/2147483647/content')).statusCode).toBe(404);
  });
});
