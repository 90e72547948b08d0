import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { multipartBody, SAMPLE_PDF, SAMPLE_PNG } from '../../../../tests/helpers/multipart.js';
import { pdfText } from '../../../../tests/helpers/pdf-text.js';
import { beijingYear } from '../../platform/time/beijing.js';
import { runNoticeBatches } from './notice-batches.js';
import { verifyAuditChain } from '../../platform/audit/verify-audit.js';

// Issue 12, item 3: notices as PDF — numbered per org unit and year, kept with the record's
// documents, reprinted as marked copies, verified by the code printed on them, many at once as a batch.
describe('notices', () => {
  let t: TestApp;
  let clerk: Client;
  let gz01: number;
  type Notices = { items: { id: number; number: string; verificationCode: string; templateCode: string; documentId: number; batchId: number | null }[]; templates: { code: string }[]; canIssue: boolean };

  const newRequest = async (type: string, details: Record<string, unknown> = {}) => {
    const policy = (await sql<{ id: number }>`select id from policy where org_unit_id = ${gz01} and state = 'in_force' order by id limit 1`.execute(t.db)).rows[0]!;
    const res = await clerk.request('POST', `/api/v1/policies/${policy.id}/servicing-requests`, { type, channel: 'counter', details });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; requestNo: string; policyholderName: string; policyNumber: string; version: number };
  };
  const upload = async (id: number, files: [string, string, Buffer][]) => {
    const form = multipartBody(files.map(([field, fileName, content]) => ({ field, fileName, content })));
    const res = await clerk.request('POST', `/api/v1/records/servicing/${id}/documents`, form.payload, form.headers);
    expect(res.statusCode, res.body).toBe(201);
  };
  const issue = (id: number, templateCode: string, client = clerk) => client.post(`/api/v1/records/servicing/${id}/notices`, { templateCode });
  const pdfOf = async (url: string, client = clerk) => {
    const res = await client.get(url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return pdfText(res.rawPayload);
  };

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
    gz01 = await t.orgId('GZ01');
  });
  afterAll(() => t.close());

  it('a document receipt lists what was received, numbered in the office and year, kept with the record and its documents', async () => {
    const r = await newRequest('add_rider');
    await upload(r.id, [['application_form', '变更申请书.pdf', SAMPLE_PDF], ['id_document', '身份证正面.png', SAMPLE_PNG]]);
    const before = await t.db.selectFrom('notice_sequence').select('last_no').where('org_unit_id', '=', gz01).where('year', '=', beijingYear(new Date())).executeTakeFirst();

    const listed = (await clerk.get(`/api/v1/records/servicing/${r.id}/notices`)).json() as Notices;
    expect(listed.canIssue).toBe(true);
    expect(listed.templates.map((x) => x.code)).toEqual(['document_receipt', 'endorsement']);

    const res = await issue(r.id, 'document_receipt');
    expect(res.statusCode, res.body).toBe(201);
    const issued = res.json() as { id: number; number: string; documentId: number };
    const seq = (before?.last_no ?? 0) + 1;
    expect(issued.number).toBe(`GZ01-${beijingYear(new Date())}-${String(seq).padStart(6, '0')}`);

    const text = await pdfOf(`/api/v1/notices/${issued.id}/content`);
    expect(text).toContain('材料签收单');
    expect(text).toContain(issued.number);
    expect(text).toContain(r.requestNo);
    expect(text).toContain(r.policyholderName);
    expect(text).toContain('变更申请书.pdf');
    expect(text).toContain('身份证正面.png');
    expect(text).toMatch(/共\s*2\s*件/);
    expect(text).not.toContain('副本');

    const notices = (await clerk.get(`/api/v1/records/servicing/${r.id}/notices`)).json() as Notices;
    expect(notices.items[0]).toMatchObject({ id: issued.id, number: issued.number, templateCode: 'document_receipt', documentId: issued.documentId });
    expect(notices.items[0]!.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const docs = (await clerk.get(`/api/v1/records/servicing/${r.id}/documents`)).json() as { items: { id: number; typeCode: string; fileName: string }[] };
    expect(docs.items.find((d) => d.id === issued.documentId)).toMatchObject({ typeCode: 'notice', fileName: `材料签收单 ${issued.number}.pdf` });

    const entry = await t.db.selectFrom('audit_log').select(['action', 'after']).where('entity_type', '=', 'servicing').where('entity_id', '=', String(r.id))
      .where('action', '=', 'notice.issue').executeTakeFirstOrThrow();
    expect(entry.after).toMatchObject({ noticeId: issued.id, number: issued.number, template: 'document_receipt', version: 1 });

    // The next notice of the office takes the next number.
    const next = (await issue(r.id, 'document_receipt')).json() as { number: string };
    expect(next.number).toBe(`GZ01-${beijingYear(new Date())}-${String(seq + 1).padStart(6, '0')}`);
  });

  it('a reprint is the same notice — number, data, code — marked 副本 / COPY on every page, and audited', async () => {
    const r = await newRequest('add_rider');
    await upload(r.id, [['application_form', '申请书.pdf', SAMPLE_PDF]]);
    const issued = (await issue(r.id, 'document_receipt')).json() as { id: number; number: string };
    // A document arriving later does not change the receipt already given: the copy prints the data it was issued with.
    await upload(r.id, [['id_document', '后补身份证.png', SAMPLE_PNG]]);
    const code = ((await clerk.get(`/api/v1/records/servicing/${r.id}/notices`)).json() as Notices).items[0]!.verificationCode;

    const copy = await pdfOf(`/api/v1/notices/${issued.id}/copy`);
    expect(copy).toContain(issued.number);
    expect(copy).toContain(code);
    expect(copy).toContain('副本');
    expect(copy).toContain('COPY');
    expect(copy).toContain('申请书.pdf');
    expect(copy).not.toContain('后补身份证.png');
    const reprints = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'notice.reprint').where('entity_id', '=', String(r.id)).execute();
    expect(reprints.map((e) => e.after)).toEqual([{ noticeId: issued.id, number: issued.number }]);
  });

  it('the surrender explanation prints the insurer figures with ￥ and in capital figures, and each item explained; its download is audited', async () => {
    const r = await newRequest('surrender', {
      signedBy: 'client', cashValue: '12345.60', fees: '250', outstandingLoan: '0', refund: '12095.60', payee: 'policyholder',
      explained: { feeDeduction: true, refundVersusCashValue: true, noRefundCases: false },
    });
    const issued = (await issue(r.id, 'surrender_explanation')).json() as { id: number; number: string };
    const text = (await pdfOf(`/api/v1/notices/${issued.id}/content`)).replace(/\s+/g, '');
    expect(text).toContain('退保说明确认书');
    expect(text).toContain('￥12,345.60');
    expect(text).toContain('壹万贰仟叁佰肆拾伍元陆角');
    expect(text).toContain('￥12,095.60');
    expect(text).toContain('壹万贰仟零玖拾伍元陆角');
    expect(text).toContain('￥250.00');
    expect(text).toContain('×未说明');
    expect(text).toContain(r.policyNumber);
    const downloads = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'notice.download').where('entity_id', '=', String(r.id)).execute();
    expect(downloads).toHaveLength(1);
    // Not a template for a rider.
    const wrong = await issue((await newRequest('add_rider')).id, 'surrender_explanation');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([{ path: 'templateCode', message: '此通知书不适用于该业务记录' }]);
  });

  it('a verification code answers the notice, template and record to a user whose scope holds the record, and not found to anyone else', async () => {
    const r = await newRequest('add_rider');
    const issued = (await issue(r.id, 'document_receipt')).json() as { id: number; number: string };
    const code = ((await clerk.get(`/api/v1/records/servicing/${r.id}/notices`)).json() as Notices).items[0]!.verificationCode;

    // Typed from paper: lower case, without dashes.
    const res = await clerk.get(`/api/v1/notice-verifications/${code.replace(/-/g, '').toLowerCase()}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: issued.id, number: issued.number, verificationCode: code, templateName: '材料签收单', recordType: 'servicing', recordId: r.id,
      recordLabel: `${r.requestNo} ${r.policyholderName}`, href: `/servicing/${r.id}`,
    });
    const supervisor = await t.login('gz.supervisor');
    expect((await supervisor.get(`/api/v1/notice-verifications/${code}`)).statusCode).toBe(200);
    const elsewhere = await t.login('sz01.clerk');
    expect((await elsewhere.get(`/api/v1/notice-verifications/${code}`)).statusCode).toBe(404);
    expect((await clerk.get('/api/v1/notice-verifications/0000-0000-0000')).statusCode).toBe(404);
    // Nor may another office download or reprint it.
    expect((await elsewhere.get(`/api/v1/notices/${issued.id}/content`)).statusCode).toBe(404);
    expect((await elsewhere.get(`/api/v1/notices/${issued.id}/copy`)).statusCode).toBe(404);
    expect((await issue(r.id, 'document_receipt', elsewhere)).statusCode).toBe(404);
  });

  it('a batch print issues one notice per record through the job, numbered without gaps in the list\'s order, and a second run finds nothing to do', async () => {
    const requests = [];
    for (let i = 0; i < 7; i++) requests.push(await newRequest('add_rider'));
    const res = await clerk.post('/api/v1/notice-batches', { templateCode: 'endorsement', recordType: 'servicing', recordIds: requests.map((r) => r.id) });
    expect(res.statusCode, res.body).toBe(201);
    const batch = res.json() as { id: number; state: string; total: number; done: number };
    expect(batch).toMatchObject({ state: 'pending', total: 7, done: 0 });

    const system = await t.context();
    // Two chunks in flight at once, as the server runs it on PostgreSQL (notice-batch-job.ts): the later
    // chunk reads while the earlier renders, and still numbers after it.
    const run = await runNoticeBatches(system, { chunk: 2, workers: 2 });
    expect(run).toMatchObject({ issued: 7, failed: 0 });
    const after = (await clerk.get(`/api/v1/notice-batches/${batch.id}`)).json() as { state: string; done: number; failed: number; firstNumber: string; lastNumber: string };
    expect(after).toMatchObject({ state: 'done', done: 7, failed: 0 });

    const rows = await t.db.selectFrom('notice').select(['seq', 'entity_id', 'number']).where('batch_id', '=', batch.id).orderBy('seq').execute();
    expect(rows.map((n) => n.entity_id)).toEqual(requests.map((r) => r.id));
    expect(rows.map((n) => n.seq - rows[0]!.seq)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([after.firstNumber, after.lastNumber]).toEqual([rows[0]!.number, rows[6]!.number]);
    // One audit entry per notice, in the chain.
    const entries = await t.db.selectFrom('audit_log').select(['entity_id', 'after']).where('action', '=', 'notice.issue')
      .where(sql<boolean>`(after->>'batchId')::int = ${batch.id}`).orderBy('seq').execute();
    expect(entries.map((e) => Number(e.entity_id))).toEqual(requests.map((r) => r.id));
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
    const text = await pdfOf(`/api/v1/notices/${(await t.db.selectFrom('notice').select('id').where('batch_id', '=', batch.id).orderBy('seq').executeTakeFirstOrThrow()).id}/content`);
    expect(text).toContain('批单');
    expect(text).toContain(requests[0]!.requestNo);

    expect(await runNoticeBatches(system)).toEqual({ batches: 0, issued: 0, failed: 0 });
    // A surrender explanation is not for riders: the batch is refused with the records named.
    const refused = await clerk.post('/api/v1/notice-batches', { templateCode: 'surrender_explanation', recordType: 'servicing', recordIds: [requests[0]!.id] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([{ path: 'recordIds.0', message: '此通知书不适用于该业务记录' }]);
    // A record of another office: not found, nothing queued.
    const count = async () => Number((await sql<{ n: string }>`select count(*) as n from notice_batch`.execute(t.db)).rows[0]!.n);
    const batches = await count();
    const elsewhere = await t.login('sz01.clerk');
    expect((await elsewhere.post('/api/v1/notice-batches', { templateCode: 'endorsement', recordType: 'servicing', recordIds: [requests[1]!.id] })).statusCode).toBe(404);
    expect((await elsewhere.get(`/api/v1/notice-batches/${batch.id}`)).statusCode).toBe(404);
    expect(await count()).toBe(batches);
  });
});
