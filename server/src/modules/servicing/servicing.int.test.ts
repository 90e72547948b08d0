import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { multipartBody, SAMPLE_PDF, SAMPLE_PNG } from '../../../../tests/helpers/multipart.js';
import { beijingDate } from '../../platform/time/beijing.js';
import { pdfText } from '../../../../tests/helpers/pdf-text.js';

// Issue 12, item 1: servicing requests (保全) on the module kit — types as data with their SLA rule
// and documents, the rules each type checks, the policy changed in the transaction that completes.
describe('servicing requests', () => {
  let t: TestApp;
  let clerk: Client;
  let gz01: number;
  type Request = { id: number; requestNo: string; state: string; version: number; allowedEvents: string[]; policyId: number; change: Record<string, unknown> | null };

  const policyOf = async (where: string) =>
    (await sql<{ id: number; policyholder_id: number }>`select p.id, p.policyholder_id from policy p where p.org_unit_id = ${gz01} and ${sql.raw(where)} order by p.id limit 1`.execute(t.db)).rows[0]!;
  const create = async (policyId: number, body: Record<string, unknown>, lang = 'zh-CN') =>
    clerk.request('POST', `/api/v1/policies/${policyId}/servicing-requests`, { channel: 'counter', ...body }, { 'accept-language': lang });
  const step = async (r: Pick<Request, 'id' | 'version'>, event: string, extra: Record<string, unknown> = {}, lang = 'zh-CN') =>
    clerk.request('POST', `/api/v1/servicing-requests/${r.id}/steps`, { version: r.version, event, ...extra }, { 'accept-language': lang });
  const upload = async (id: number, files: [string, Buffer][]) => {
    const form = multipartBody(files.map(([field, content]) => ({ field, fileName: `${field}.pdf`, content })));
    const res = await clerk.request('POST', `/api/v1/records/servicing/${id}/documents`, form.payload, form.headers);
    expect(res.statusCode, res.body).toBe(201);
  };
  const deadlines = (id: number) =>
    t.db.selectFrom('deadline').select(['rule_id', 'state', 'org_unit_id']).where('entity_type', '=', 'servicing').where('entity_id', '=', String(id)).orderBy('id').execute();
  const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { fields: { path: string; message: string }[] } }).error.fields;

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
    gz01 = await t.orgId('GZ01');
  });
  afterAll(() => t.close());

  it('a contact change: SLA of 3 working days opened, start waits for the documents, completes only with the signed endorsement, on the timeline', async () => {
    const policy = await policyOf(`p.state = 'in_force'`);
    const missing = await create(policy.id, { type: 'contact_change', note: '新手机号' });
    expect(fieldsOf(missing)).toEqual([{ path: 'change.mobile', message: expect.any(String) }]);
    const res = await create(policy.id, { type: 'contact_change', note: '新手机号', change: { mobile: '139-1234-5678' } });
    expect(res.statusCode, res.body).toBe(201);
    let r = res.json() as Request;
    expect(r).toMatchObject({ state: 'received', requestNo: expect.stringMatching(/^BQ\d{4}\d{7}$/), change: { mobile: '139****5678' } });
    // Kept encrypted with the request: no clear mobile at rest.
    const stored = await sql<{ row: string }>`select row_to_json(s)::text as row from servicing_request s where id = ${r.id}`.execute(t.db);
    expect(stored.rows[0]!.row).not.toContain('13912345678');
    expect(await deadlines(r.id)).toEqual([{ rule_id: 'servicing.change', state: 'open', org_unit_id: gz01 }]);

    const early = await step(r, 'start');
    expect(early.statusCode).toBe(400);
    expect(fieldsOf(early)).toEqual([{ path: 'documents', message: '尚缺必需材料：申请书、身份证件' }]);
    const checklist = (await clerk.get(`/api/v1/records/servicing/${r.id}/documents`)).json().checklist as { typeCode: string; state: string }[];
    expect(checklist.map((c) => `${c.typeCode}:${c.state}`)).toEqual(['application_form:missing', 'id_document:missing', 'signed_endorsement:missing']);

    await upload(r.id, [['application_form', SAMPLE_PDF], ['id_document', SAMPLE_PNG]]);
    r = (await step(r, 'start')).json() as Request;
    expect(r.state).toBe('processing');
    r = (await step(r, 'issue_endorsement')).json() as Request;
    expect(r.state).toBe('awaiting_signature');
    const unsigned = await step(r, 'complete', {}, 'en');
    expect(fieldsOf(unsigned)).toEqual([{ path: 'documents', message: 'required documents missing: Signed endorsement' }]);
    await upload(r.id, [['signed_endorsement', SAMPLE_PDF]]);
    const stale = await step({ ...r, version: r.version - 1 }, 'complete');
    expect(stale.statusCode).toBe(409);
    r = (await step(r, 'complete', { reason: '已更新联系电话' })).json() as Request;
    expect(r).toMatchObject({ state: 'completed', allowedEvents: [] });
    // Applied to the applicant's archive (the policyholder's), through the archive's own write path.
    const holder = (await clerk.get(`/api/v1/clients/${policy.policyholder_id}`)).json() as { mobile: string };
    expect(holder.mobile).toBe('139****5678');
    const bidx = await t.db.selectFrom('client').select('mobile_masked').where('id', '=', policy.policyholder_id).executeTakeFirstOrThrow();
    expect(bidx.mobile_masked).toBe('139****5678');
    expect(await deadlines(r.id)).toEqual([{ rule_id: 'servicing.change', state: 'met', org_unit_id: gz01 }]);

    const timeline = await t.db.selectFrom('client_timeline').select(['kind', 'summary_zh']).where('entity_type', '=', 'servicing').where('entity_id', '=', String(r.id)).orderBy('id').execute();
    expect(timeline.map((l) => l.kind)).toEqual(['servicing.received', 'servicing.endorsement', 'servicing.completed']);
    expect(timeline[0]!.summary_zh).toContain(`保全申请 ${r.requestNo}（联系方式变更）`);
  });

  it('a change asked for in person at the counter is timed to be done that day (R-SV-1), not in 3 working days', async () => {
    const policy = await policyOf(`p.state = 'in_force'`);
    const r = (await create(policy.id, { type: 'address_change', walkIn: true, change: { address: '广州市越秀区东风中路 1 号' } })).json() as Request;
    const rows = await t.db.selectFrom('deadline').select(['rule_id']).where('entity_type', '=', 'servicing').where('entity_id', '=', String(r.id)).execute();
    expect(rows.map((d) => d.rule_id)).toEqual(['servicing.change_walk_in']);
    const basis = await t.db.selectFrom('deadline_rule').select(['duration', 'spec_id']).where('id', '=', 'servicing.change_walk_in').executeTakeFirstOrThrow();
    expect(basis).toEqual({ duration: 0, spec_id: 'R-SV-1' });
  });

  it('a policy enquiry at the counter is done on the spot, with nothing to time', async () => {
    const policy = await policyOf(`p.state = 'in_force'`);
    const r = (await create(policy.id, { type: 'policy_enquiry', walkIn: true, note: '查询现金价值' })).json() as Request;
    expect(r.state).toBe('completed');
    expect(await deadlines(r.id)).toEqual([]);
  });

  it('a surrender: the agent is never payee nor signs for the client; completes only with the figures and the explanation; the policy ends in the same transaction', async () => {
    const policy = await policyOf(`p.state = 'in_force'`);
    const signedByAgent = await create(policy.id, { type: 'surrender', details: { signedBy: 'agent' } });
    expect(signedByAgent.statusCode).toBe(400);
    expect(fieldsOf(signedByAgent)).toEqual([{ path: 'details.signedBy', message: '业务员不得代客户签字：申请须由客户本人签署（《保险销售行为管理办法》第二十九条）' }]);

    let r = (await create(policy.id, { type: 'surrender', details: { signedBy: 'client' } })).json() as Request;
    expect(await deadlines(r.id)).toEqual([{ rule_id: 'surrender.refund', state: 'open', org_unit_id: gz01 }]);
    await upload(r.id, [['application_form', SAMPLE_PDF], ['id_document', SAMPLE_PNG], ['surrender_explanation', SAMPLE_PDF], ['bank_card', SAMPLE_PNG]]);
    r = (await step(r, 'start')).json() as Request;

    const toAgent = await step(r, 'complete', { details: { payee: 'agent', cashValue: '1200.00', fees: '50.00', refund: '1150.00', explained: { feeDeduction: true, refundVersusCashValue: true, noRefundCases: true } } });
    expect(fieldsOf(toAgent)).toContainEqual({ path: 'details.payee', message: expect.stringContaining('退费不得以业务员为收款人') });
    const unexplained = await step(r, 'complete', { details: { payee: 'policyholder', cashValue: '1200.00', fees: '50.00', refund: '1150.00', explained: { feeDeduction: true, refundVersusCashValue: false, noRefundCases: true } } });
    expect(fieldsOf(unexplained)).toContainEqual({ path: 'details.explained', message: expect.stringContaining('退保说明未完成') });
    expect((await t.db.selectFrom('policy').select('state').where('id', '=', policy.id).executeTakeFirstOrThrow()).state).toBe('in_force');

    const figures = { payee: 'policyholder', cashValue: '1200.00', fees: '50.00', refund: '1150.00', explained: { feeDeduction: true, refundVersusCashValue: true, noRefundCases: true } };
    // 审批: a surrender is completed by a supervisor (servicing.approve), not by the clerk.
    const byClerk = await step(r, 'complete', { reason: '退费已转账', details: figures });
    expect(fieldsOf(byClerk)).toEqual([{ path: 'event', message: '此类保全须由主管审批办结：请提交主管办结' }]);
    const supervisor = await t.login('gz.supervisor');
    const approved = await supervisor.request('POST', `/api/v1/servicing-requests/${r.id}/steps`, { version: r.version, event: 'complete', reason: '退费已转账', details: figures });
    expect(approved.statusCode, approved.body).toBe(200);
    r = approved.json() as Request;
    expect(r.state).toBe('completed');
    const after = await t.db.selectFrom('policy').select(['state', 'state_reason']).where('id', '=', policy.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ state: 'terminated', state_reason: `退保（保全申请 ${r.requestNo}）` });
    expect(await deadlines(r.id)).toEqual([{ rule_id: 'surrender.refund', state: 'met', org_unit_id: gz01 }]);
  });

  it("a surrender's figures recorded when the insurer gives them: the explanation to sign prints them, completion needs them no more (R-SV-3)", async () => {
    const policy = await policyOf(`p.state = 'in_force' and not exists (select 1 from servicing_request s where s.policy_id = p.id)`);
    let r = (await create(policy.id, { type: 'surrender', details: { signedBy: 'client' } })).json() as Request & { details: Record<string, unknown> };
    expect(r.allowedEvents).toContain('record_insurer_figures');
    expect(fieldsOf(await step(r, 'record_insurer_figures', { details: {} }))).toEqual([{ path: 'details.refund', message: expect.any(String) }]);
    expect(fieldsOf(await step(r, 'record_insurer_figures', { details: { refund: '100.00', payee: 'agent' } }))).toContainEqual({ path: 'details.payee', message: expect.stringContaining('退费不得以业务员为收款人') });
    const recorded = await step(r, 'record_insurer_figures', { details: { cashValue: '12345.60', fees: '250.00', refund: '12095.60' } });
    expect(recorded.statusCode, recorded.body).toBe(200);
    r = recorded.json();
    expect(r.details).toMatchObject({ cashValue: '12345.60', fees: '250.00', refund: '12095.60' });

    const issued = await clerk.post(`/api/v1/records/servicing/${r.id}/notices`, { templateCode: 'surrender_explanation' });
    expect(issued.statusCode, issued.body).toBe(201);
    const text = (await pdfText((await clerk.get(`/api/v1/notices/${issued.json().id}/content`)).rawPayload)).replace(/\s+/g, '');
    for (const expected of ['￥12,345.60', '￥250.00', '￥12,095.60']) expect(text).toContain(expected);

    await upload(r.id, [['application_form', SAMPLE_PDF], ['id_document', SAMPLE_PNG], ['surrender_explanation', SAMPLE_PDF], ['bank_card', SAMPLE_PNG]]);
    const supervisor = await t.login('gz.supervisor');
    const done = await supervisor.request('POST', `/api/v1/servicing-requests/${r.id}/steps`, {
      version: r.version, event: 'complete', reason: '退费已转账', details: { payee: 'policyholder', explained: { feeDeduction: true, refundVersusCashValue: true, noRefundCases: true } },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().state).toBe('completed');
    // A type with no refund has no such step.
    const other = (await create(policy.id, { type: 'policy_enquiry' })).json() as Request;
    expect(other.allowedEvents).not.toContain('record_insurer_figures');
  });

  it('a cancellation in the hesitation period only inside it, counted from the signed receipt; outside it the dates and a pointer to surrender', async () => {
    const policy = await policyOf(`p.state = 'in_force' and p.product_id in (select id from product where hesitation_period_days is not null)`);
    const days = (await sql<{ d: number }>`select hesitation_period_days as d from product where id = (select product_id from policy where id = ${policy.id})`.execute(t.db)).rows[0]!.d;
    const today = beijingDate(Date.now());
    const shift = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

    // A period that ended on a day off would run on to the next working day (hesitation-period.int.test.ts):
    // the late one ends on the last working day before today.
    const calendar = await t.app.services.calendar.forOrg(gz01);
    let k = 1;
    while (!calendar.day(shift(-k)).workingDay) k++;
    const late = await create(policy.id, { type: 'hesitation_cancellation', details: { receiptSignedOn: shift(-(days + k)) } });
    expect(late.statusCode).toBe(400);
    expect(fieldsOf(late)).toEqual([{ path: 'type', message: `犹豫期为 ${shift(-(days + k))} 至 ${shift(-k)}，今天已不在犹豫期内：请按退保办理` }]);
    // The last day of the period still counts.
    const lastDay = await create(policy.id, { type: 'hesitation_cancellation', details: { receiptSignedOn: shift(-days) } });
    expect(lastDay.statusCode, lastDay.body).toBe(201);
    const r = lastDay.json() as Request;
    await upload(r.id, [['application_form', SAMPLE_PDF], ['id_document', SAMPLE_PNG], ['bank_card', SAMPLE_PNG]]);
    const fee = await step(r, 'complete', { details: { payee: 'policyholder', refund: '990.00', fees: '15.00' } });
    expect(fieldsOf(fee)).toEqual([{ path: 'details.fees', message: '犹豫期撤单只能扣除不超过 10 元的工本费' }]);
    const done = await step(r, 'complete', { details: { payee: 'policyholder', refund: '995.00', fees: '5.00' } });
    expect(done.statusCode, done.body).toBe(200);
    expect((await t.db.selectFrom('policy').select('state').where('id', '=', policy.id).executeTakeFirstOrThrow()).state).toBe('terminated');
  });

  it('a reinstatement only of a lapsed policy within two years; the insurer\'s agreement starts its 2-working-day SLA; completing puts the policy in force', async () => {
    const inForce = await policyOf(`p.state = 'in_force'`);
    expect(fieldsOf(await create(inForce.id, { type: 'reinstatement' }))).toEqual([{ path: 'type', message: '只有效力中止（失效）的保单可以申请复效' }]);

    await sql`update policy set state = 'lapsed', state_changed_at = now() - interval '3 years' where id = ${inForce.id}`.execute(t.db);
    const tooLate = await create(inForce.id, { type: 'reinstatement' });
    expect(fieldsOf(tooLate)[0]!.message).toMatch(/^合同效力中止已超过两年（\d{4}-\d{2}-\d{2} 起），不能复效（保险法第三十七条）$/);

    await sql`update policy set state_changed_at = now() - interval '40 days' where id = ${inForce.id}`.execute(t.db);
    let r = (await create(inForce.id, { type: 'reinstatement' })).json() as Request;
    expect(await deadlines(r.id)).toEqual([]); // the SLA starts with the insurer's decision
    r = (await step(r, 'record_insurer_agreement')).json() as Request;
    expect(await deadlines(r.id)).toEqual([{ rule_id: 'reinstatement.agreed', state: 'open', org_unit_id: gz01 }]);
    await upload(r.id, [['application_form', SAMPLE_PDF], ['id_document', SAMPLE_PNG]]);
    const supervisor = await t.login('gz.supervisor');
    const complete = (details: Record<string, unknown>) =>
      supervisor.request('POST', `/api/v1/servicing-requests/${r.id}/steps`, { version: r.version, event: 'complete', details }, { 'accept-language': 'en' });
    // Art. 44: the two-year suicide exclusion runs again from the reinstatement, and the client is told so.
    expect(fieldsOf(await complete({}))).toEqual([{ path: 'details.suicideExclusionExplained', message: expect.stringContaining('Insurance Law Art. 44') }]);
    const done = await complete({ suicideExclusionExplained: true });
    expect(done.statusCode, done.body).toBe(200);
    r = done.json() as Request;
    expect(r.state).toBe('completed');
    expect((await t.db.selectFrom('policy').select('state').where('id', '=', inForce.id).executeTakeFirstOrThrow()).state).toBe('in_force');
    expect(await deadlines(r.id)).toEqual([{ rule_id: 'reinstatement.agreed', state: 'met', org_unit_id: gz01 }]);
  });

  it('withdrawing needs a reason and cancels the SLA; another office finds nothing', async () => {
    const policy = await policyOf(`p.state = 'in_force'`);
    const r = (await create(policy.id, { type: 'address_change', change: { address: '广州市海珠区新港中路 397 号' } })).json() as Request;
    expect(fieldsOf(await step(r, 'withdraw', { reason: ' ' }))).toEqual([{ path: 'reason', message: '请填写原因' }]);
    const withdrawn = (await step(r, 'withdraw', { reason: '客户决定不改' })).json() as Request;
    expect(withdrawn.state).toBe('withdrawn');
    expect(await deadlines(r.id)).toEqual([{ rule_id: 'servicing.change', state: 'cancelled', org_unit_id: gz01 }]);

    const sibling = await t.login('sz01.clerk');
    expect((await sibling.get(`/api/v1/servicing-requests/${r.id}`)).statusCode).toBe(404);
    expect((await sibling.post(`/api/v1/policies/${policy.id}/servicing-requests`, { type: 'address_change', channel: 'counter', change: { address: '深圳' } })).statusCode).toBe(404);
    const mine = (await clerk.get(`/api/v1/servicing-requests?policyId=${policy.id}&pageSize=100`)).json() as { items: Request[]; total: number };
    expect(mine.items.map((i) => i.id)).toContain(r.id);
  });
});
