import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { multipartBody, SAMPLE_PDF, SAMPLE_PNG } from '../../../../tests/helpers/multipart.js';
import { pdfText } from '../../../../tests/helpers/pdf-text.js';

// Issue 12, item 1: the lost-policy reissue (保单补发, R-PO-7) on the servicing engine — a request type
// with its applicant rule, documents, SLA (policy.reissue_submit, 2 WD to the insurer) and notice.
describe('a policy reissue as a servicing request (R-PO-7)', () => {
  let t: TestApp;
  let clerk: Client;
  let gz01: number;
  type Request = { id: number; requestNo: string; state: string; version: number; allowedEvents: string[]; details: Record<string, unknown>; policyNumber: string };

  const freshPolicy = async () =>
    (await sql<{ id: number; policyholder_id: number }>`
      select p.id, p.policyholder_id from policy p
      where p.org_unit_id = ${gz01} and p.state = 'in_force'
        and not exists (select 1 from servicing_request s where s.policy_id = p.id)
        and exists (select 1 from client c where c.org_unit_id = ${gz01} and c.id <> p.policyholder_id)
      order by p.id desc limit 1`.execute(t.db)).rows[0]!;
  const otherClient = async (not: number) =>
    (await sql<{ id: number }>`select id from client where org_unit_id = ${gz01} and id <> ${not} order by id limit 1`.execute(t.db)).rows[0]!.id;
  const identity = { reissueReason: 'lost', identityMethod: 'id_card_in_person', identityChecked: true };
  const create = (policyId: number, body: Record<string, unknown>, lang = 'zh-CN') =>
    clerk.request('POST', `/api/v1/policies/${policyId}/servicing-requests`, { type: 'policy_reissue', channel: 'counter', ...body }, { 'accept-language': lang });
  const step = (r: Pick<Request, 'id' | 'version'>, event: string, extra: Record<string, unknown> = {}) =>
    clerk.post(`/api/v1/servicing-requests/${r.id}/steps`, { version: r.version, event, ...extra });
  const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { fields: { path: string; message: string }[] } }).error.fields;
  const deadlines = (id: number) =>
    t.db.selectFrom('deadline').select(['rule_id', 'state']).where('entity_type', '=', 'servicing').where('entity_id', '=', String(id)).orderBy('id').execute();
  const requestCount = async () => Number((await sql<{ n: string }>`select count(*) as n from servicing_request`.execute(t.db)).rows[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
    gz01 = await t.orgId('GZ01');
  });
  afterAll(() => t.close());

  it('takes it only from the policyholder, the identity checked and the reason given; nothing is stored otherwise', async () => {
    const p = await freshPolicy();
    const before = await requestCount();
    const wrong = await create(p.id, { applicantClientId: await otherClient(p.policyholder_id), details: { identityChecked: false } });
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong).map((f) => f.path).sort()).toEqual(['applicantClientId', 'details.identityChecked', 'details.identityMethod', 'details.reissueReason']);
    expect(fieldsOf(wrong).find((f) => f.path === 'applicantClientId')!.message).toBe('补发保单须由投保人本人申请');
    const en = await create(p.id, { details: { ...identity, identityChecked: false } }, 'en');
    expect(fieldsOf(en)).toEqual([{ path: 'details.identityChecked', message: "check the applicant's identity document first: it must be the policyholder" }]);
    expect(await requestCount()).toBe(before);
  });

  it('opens the 2-working-day SLA to the insurer; one at a time; submitted meets it; completes with the documents once submitted', async () => {
    const p = await freshPolicy();
    const res = await create(p.id, { note: '客户遗失保单', details: { ...identity, identityNote: '身份证原件核对一致' } });
    expect(res.statusCode, res.body).toBe(201);
    let r = res.json() as Request;
    expect(r).toMatchObject({ state: 'received', details: { reissueReason: 'lost', identityMethod: 'id_card_in_person', identityChecked: true } });
    expect(r.allowedEvents).toContain('submit_to_insurer');
    expect(r.allowedEvents).not.toContain('issue_endorsement');
    expect(await deadlines(r.id)).toEqual([{ rule_id: 'policy.reissue_submit', state: 'open' }]);

    const twice = await create(p.id, { details: identity });
    expect(fieldsOf(twice)).toEqual([{ path: 'type', message: `该保单已有进行中的同类申请（${r.requestNo}），请在原申请上办理` }]);

    const form = multipartBody([
      { field: 'application_form', fileName: 'a.pdf', content: SAMPLE_PDF }, { field: 'id_document', fileName: 'id.png', content: SAMPLE_PNG },
    ]);
    expect((await clerk.request('POST', `/api/v1/records/servicing/${r.id}/documents`, form.payload, form.headers)).statusCode).toBe(201);
    const early = await step(r, 'complete');
    expect(fieldsOf(early)).toEqual([{ path: 'event', message: '请先登记已递交保险公司，收到补发保单后再办结' }]);

    r = (await step(r, 'submit_to_insurer')).json() as Request;
    expect(typeof r.details.submittedAt).toBe('string');
    expect(r.allowedEvents).not.toContain('submit_to_insurer');
    expect(fieldsOf(await step(r, 'submit_to_insurer'))).toEqual([{ path: 'event', message: '已递交保险公司，无需重复登记' }]);
    expect(await deadlines(r.id)).toEqual([{ rule_id: 'policy.reissue_submit', state: 'met' }]);
    r = (await step(r, 'complete', { reason: '补发保单已交投保人签收' })).json() as Request;
    expect(r.state).toBe('completed');
    // The policy stays as it was: a reissue changes the paper, not the contract.
    expect((await t.db.selectFrom('policy').select('state').where('id', '=', p.id).executeTakeFirstOrThrow()).state).toBe('in_force');
    const timeline = await t.db.selectFrom('client_timeline').select('kind').where('entity_type', '=', 'servicing').where('entity_id', '=', String(r.id)).orderBy('id').execute();
    expect(timeline.map((l) => l.kind)).toEqual(['servicing.received', 'servicing.submitted', 'servicing.completed']);
    // Ended: a new request for the same policy is taken again.
    expect((await create(p.id, { details: identity })).statusCode).toBe(201);
  });

  it('withdrawn before submission: its SLA is cancelled with the reason', async () => {
    const p = await freshPolicy();
    const r = (await create(p.id, { details: identity })).json() as Request;
    const withdrawn = (await step(r, 'withdraw', { reason: '客户已找回保单原件' })).json() as Request;
    expect(withdrawn.state).toBe('withdrawn');
    expect(await deadlines(r.id)).toEqual([{ rule_id: 'policy.reissue_submit', state: 'cancelled' }]);
  });

  it('no other type has the submission step', async () => {
    const p = await freshPolicy();
    const r = (await clerk.post(`/api/v1/policies/${p.id}/servicing-requests`, { type: 'address_change', channel: 'counter', change: { address: '广州市天河区体育西路 1 号' } })).json() as Request;
    expect(r.allowedEvents).not.toContain('submit_to_insurer');
    const res = await step(r, 'submit_to_insurer');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([{ path: 'event', message: expect.any(String) }]);
  });

  it('prints the 补发申请 for the request: reason, identity check and the loss statement; the policy no longer offers it', async () => {
    const p = await freshPolicy();
    const r = (await create(p.id, { details: { ...identity, identityMethod: 'video' } })).json() as Request;
    const offered = (await clerk.get(`/api/v1/records/servicing/${r.id}/notices`)).json() as { templates: { code: string; version: number }[] };
    expect(offered.templates).toContainEqual(expect.objectContaining({ code: 'reissue_application', version: 2 }));
    const onPolicy = (await clerk.get(`/api/v1/records/policy/${p.id}/notices`)).json() as { templates: { code: string }[] };
    expect(onPolicy.templates.map((x) => x.code)).not.toContain('reissue_application');

    const issued = await clerk.post(`/api/v1/records/servicing/${r.id}/notices`, { templateCode: 'reissue_application' });
    expect(issued.statusCode, issued.body).toBe(201);
    const notices = (await clerk.get(`/api/v1/records/servicing/${r.id}/notices`)).json() as { items: { id: number; number: string }[] };
    const text = (await pdfText((await clerk.get(`/api/v1/notices/${notices.items[0]!.id}/content`)).rawPayload)).replace(/\s+/g, '');
    for (const expected of ['保单补发申请', notices.items[0]!.number, r.requestNo, r.policyNumber, '补发原因', '遗失', '视频核实', '遗失声明', '投保人（签字）']) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
  });
});
