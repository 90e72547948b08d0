import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { pdfText } from '../../../../tests/helpers/pdf-text.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { inTransaction } from '../../platform/context/context.js';
import { DOCUMENT_RECEIPT } from './document-receipt.js';
import { issueNotices } from './issue-notice.js';
import type { NoticeTemplateSource, NoticeTemplateVersion } from './notices.types.js';

// Issue 12, item 5: the notice templates page — every declared version with the one in use, what was
// issued with each, its Typst source (read-only), and a sample (样张) filled with a record the caller may read.
describe('notice templates', () => {
  let t: TestApp;
  let admin: Client;
  /** An administrator at head office who also works an office's servicing requests (clerk at GZ01). */
  let keeper: Client;
  let clerk: Client;
  let gz01: number;
  const versions = async (c: Client = admin) => {
    const res = await c.get('/api/v1/notice-templates/versions');
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: NoticeTemplateVersion[] }).items;
  };
  const newRequest = async (type: string, details: Record<string, unknown> = {}) => {
    const policy = (await sql<{ id: number }>`select id from policy where org_unit_id = ${gz01} and state = 'in_force' order by id limit 1`.execute(t.db)).rows[0]!;
    const res = await clerk.post(`/api/v1/policies/${policy.id}/servicing-requests`, { type, channel: 'counter', details });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; requestNo: string; policyholderName: string; policyNumber: string };
  };
  const counts = async () => ({
    notices: Number((await t.db.selectFrom('notice').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n),
    documents: Number((await t.db.selectFrom('document').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n),
    sequence: JSON.stringify(await t.db.selectFrom('notice_sequence').selectAll().orderBy('org_unit_id').orderBy('year').execute()),
  });

  beforeAll(async () => {
    t = await createTestApp();
    gz01 = await t.orgId('GZ01');
    const { id } = await t.db.insertInto('app_user')
      .values({ username: 'tpl.keeper', display_name: '模板管理员', org_unit_id: await t.orgId('HO'), password_hash: await hashPassword('Keeper-pass-42') })
      .returning('id').executeTakeFirstOrThrow();
    await t.db.insertInto('role_assignment').values([{ user_id: id, role: 'admin', org_unit_id: await t.orgId('HO') }, { user_id: id, role: 'clerk', org_unit_id: gz01 }]).execute();
    [admin, keeper, clerk] = [await t.login('admin'), await t.login('tpl.keeper', 'Keeper-pass-42'), await t.login('gz01.clerk')];
  });
  afterAll(() => t.close());

  it('lists every declared version with the current one marked, the file and its SHA-256, and the notices issued with it', async () => {
    const declared = t.app.services.notices.templates.versions();
    const before = await versions();
    expect(before.map((v) => `${v.code}@${v.version}`)).toEqual(declared.map((d) => `${d.code}@${d.version}`));
    expect(before.map((v) => `${v.code}@${v.version}`)).toEqual(expect.arrayContaining(['document_receipt@1', 'endorsement@1', 'endorsement@2', 'surrender_explanation@1']));
    for (const d of declared) {
      const item = before.find((v) => v.code === d.code && v.version === d.version)!;
      const content = readFileSync(d.file);
      expect(item).toMatchObject({
        name: d.label.zh, nameEn: d.label.en, sensitive: d.sensitive ?? false,
        sha256: createHash('sha256').update(content).digest('hex'), sizeBytes: content.length,
      });
      expect(d.file.replace(/\\/g, '/').endsWith(item.file)).toBe(true);
      expect(item.recordTypes.map((r) => r.type)).toEqual([...d.recordTypes]);
    }
    const byKey = (code: string, version: number) => before.find((v) => v.code === code && v.version === version)!;
    expect(byKey('endorsement', 1).latest).toBe(false);
    expect(byKey('endorsement', 2).latest).toBe(true);
    expect(byKey('endorsement', 2).file).toBe('modules/servicing/notices/endorsement.v2.typ');
    expect(byKey('document_receipt', 1)).toMatchObject({ latest: true, recordTypes: [{ type: 'servicing', name: '保全申请', nameEn: 'Servicing request' }, { type: 'policy', name: '保单', nameEn: 'Policy' }] });
    expect(byKey('surrender_explanation', 1).sensitive).toBe(true);

    // Two receipts issued in an office: its count goes up by two, the others stay.
    const request = await newRequest('add_rider');
    const system = await t.context();
    for (let i = 0; i < 2; i++) await inTransaction(system, (tx) => issueNotices(tx, DOCUMENT_RECEIPT, [{ recordType: 'servicing', id: request.id, orgUnitId: gz01 }]));
    const after = await versions();
    expect(after.map((v) => v.issued - before.find((b) => b.code === v.code && b.version === v.version)!.issued))
      .toEqual(after.map((v) => (v.code === 'document_receipt' ? 2 : 0)));
    const inDb = await t.db.selectFrom('notice').select((eb) => eb.fn.countAll<string>().as('n')).where('template_code', '=', 'document_receipt').where('template_version', '=', 1).executeTakeFirstOrThrow();
    expect(after.find((v) => v.code === 'document_receipt')!.issued).toBe(Number(inDb.n));
  });

  it('shows a version\'s Typst source as kept in the repository; an unknown code or version is not found', async () => {
    const v1 = t.app.services.notices.templates.version('endorsement', 1)!;
    const res = await admin.get('/api/v1/notice-templates/endorsement/1/source');
    expect(res.statusCode, res.body).toBe(200);
    const source = res.json() as NoticeTemplateSource;
    expect(source).toMatchObject({ code: 'endorsement', version: 1, name: '批单', nameEn: 'Endorsement', latest: false, file: 'modules/servicing/notices/endorsement.v1.typ' });
    expect(source.source).toBe(readFileSync(v1.file, 'utf8'));
    expect(source.sha256).toBe(createHash('sha256').update(readFileSync(v1.file)).digest('hex'));
    const v2 = (await admin.get('/api/v1/notice-templates/endorsement/2/source')).json() as NoticeTemplateSource;
    expect(v2.latest).toBe(true);
    expect(v2.source).not.toBe(source.source);

    for (const url of ['/api/v1/notice-templates/no_such_template/1/source', '/api/v1/notice-templates/endorsement/9/source', '/api/v1/notice-templates/endorsement/9/sample.pdf']) {
      const missing = await admin.get(url);
      expect(missing.statusCode, url).toBe(404);
      expect(missing.json().error).toMatchObject({ code: 'NOTICE_TEMPLATE_NOT_FOUND', message: '没有此通知书模板或版本' });
    }
    const english = await admin.get('/api/v1/notice-templates/no_such_template/1/source', { 'accept-language': 'en' });
    expect(english.json().error.message).toBe('No such notice template or version');
    expect((await admin.get('/api/v1/notice-templates/Endorsement/1/source')).statusCode).toBe(400);
  });

  it('is for holders of catalog.manage: a clerk is refused the list, the source and the sample', async () => {
    for (const url of ['/api/v1/notice-templates/versions', '/api/v1/notice-templates/endorsement/1/source', '/api/v1/notice-templates/endorsement/1/sample.pdf']) {
      const res = await clerk.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    // The templates the issuing screens offer stay open to every signed-in user.
    expect((await clerk.get('/api/v1/notice-templates')).statusCode).toBe(200);
  });

  it('renders a sample with the newest record in scope the version applies to, marked 样张 / PREVIEW, and keeps nothing', async () => {
    const rider = await newRequest('add_rider');
    // The newest request is an enquiry: no endorsement is issued for it, so the endorsement's sample skips it.
    const enquiry = await newRequest('policy_enquiry');
    const before = await counts();
    const audits = Number((await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

    const receipt = await keeper.get('/api/v1/notice-templates/document_receipt/1/sample.pdf');
    expect(receipt.statusCode, receipt.body).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(receipt.headers['content-disposition']).toContain(encodeURIComponent('材料签收单 v1 样张.pdf'));
    const receiptText = await pdfText(receipt.rawPayload);
    expect(receiptText).toContain('样张');
    expect(receiptText).toContain('PREVIEW');
    expect(receiptText).toContain(enquiry.requestNo);

    for (const version of [1, 2]) {
      const res = await keeper.get(`/api/v1/notice-templates/endorsement/${version}/sample.pdf`);
      expect(res.statusCode, res.body).toBe(200);
      const text = await pdfText(res.rawPayload);
      expect(text).toContain('批单');
      expect(text).toContain('PREVIEW');
      expect(text).toContain(rider.requestNo);
      expect(text).toContain(rider.policyNumber);
      expect(text).not.toContain(enquiry.requestNo);
    }
    // Version 1 of the reissue application is a policy's (version 2 a reissue request's): its sample is the newest policy in scope.
    const newestPolicy = (await sql<{ policy_number: string }>`select policy_number from policy where org_unit_id = ${gz01} order by id desc limit 1`.execute(t.db)).rows[0]!;
    const reissue = await keeper.get('/api/v1/notice-templates/reissue_application/1/sample.pdf');
    expect(reissue.statusCode, reissue.body).toBe(200);
    expect((await pdfText(reissue.rawPayload)).replace(/\s+/g, '')).toContain(newestPolicy.policy_number.replace(/\s+/g, ''));
    expect(await counts()).toEqual(before);
    // Not sensitive: no audit entry (as for a record's preview).
    expect(Number((await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n)).toBe(audits);
  });

  it('audits a sensitive template\'s sample as a preview; with no record in scope it fits, says so (404)', async () => {
    const none = await keeper.get('/api/v1/notice-templates/reinstatement_notice/1/sample.pdf');
    expect(none.statusCode).toBe(404);
    expect(none.json().error).toMatchObject({ code: 'NOTICE_SAMPLE_NO_RECORD', message: expect.stringContaining('无法生成样张') });

    const surrender = await newRequest('surrender', { signedBy: 'client', cashValue: '8000', fees: '100', outstandingLoan: '0', refund: '7900', payee: 'policyholder' });
    const res = await keeper.get('/api/v1/notice-templates/surrender_explanation/1/sample.pdf');
    expect(res.statusCode, res.body).toBe(200);
    expect((await pdfText(res.rawPayload)).replace(/\s+/g, '')).toContain('￥7,900.00');
    const entry = await t.db.selectFrom('audit_log').select(['action', 'after', 'actor_id']).where('action', '=', 'notice.preview').where('entity_id', '=', String(surrender.id)).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: keeper.userId, after: { templateCode: 'surrender_explanation', version: 1 } });

    // The administrator reads no servicing request (no client data by design): no sample, in either language.
    const plain = await admin.get('/api/v1/notice-templates/document_receipt/1/sample.pdf', { 'accept-language': 'en' });
    expect(plain.statusCode).toBe(404);
    expect(plain.json().error.message).toMatch(/^No record in your scope fits this notice template/);
  });
});
