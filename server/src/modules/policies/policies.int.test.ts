import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { residentId } from '../../../../tests/helpers/client-test-ids.js';
import { decryptField } from '../../platform/pii/index.js';
import { CONTEXT } from './policy-rules.js';
import { VERIFY_FIELDS } from './policy-rules.data.js';
import { advancePolicyDates } from './policy-jobs.js';

// The policy registry (R-PO-1..4, R-PO-7) through the HTTP API, on both engines.
describe('policy registry', () => {
  let t: TestApp;
  let clerk: Client;
  let sibling: Client;
  let gz01: number;
  let holder: number;
  let spouse: number;
  let child: number;
  let insurerId: number;
  let lifeProduct: number;
  let medical: { productId: number; insurerId: number };
  let auto: { productId: number; insurerId: number };
  let seq = 0;

  const fields = (res: { json(): any }) => res.json().error.fields as { path: string; message: string }[];
  const policyCount = async () => (await t.db.selectFrom('policy').select('id').execute()).length;
  const deadline = (id: number, rule: string) =>
    t.db.selectFrom('deadline').selectAll().where('rule_id', '=', rule).where('entity_type', '=', 'policy').where('entity_id', '=', String(id)).orderBy('id', 'desc').executeTakeFirst();
  const person = async (name: string, id17: string, mobile: string) => {
    const res = await clerk.post('/api/v1/clients', { kind: 'person', orgUnitId: gz01, name, idNumber: residentId(id17), mobile });
    expect(res.statusCode).toBe(201);
    return res.json().client.id as number;
  };
  const body = (over: Record<string, unknown> = {}) => ({
    orgUnitId: gz01, insurerId, productId: lifeProduct, policyNumber: `P2026${String(++seq).padStart(6, '0')}`, policyholderId: holder,
    sumInsured: '500000', premium: '12000.5', paymentFrequency: 'annual', paymentMode: 'auto_debit', paymentYears: 20,
    bankAccount: '6222 0212 3456 7890 123', applicationDate: '2025-12-20', issueDate: '2025-12-28', effectiveDate: '2026-01-01',
    insured: [{ clientId: holder }], beneficiaryDesignation: 'named',
    beneficiaries: [
      { clientId: spouse, relation: 'spouse', rank: 1, share: '60' },
      { clientId: child, relation: 'child', rank: 1, share: '40' },
    ],
    review: { formatComplete: true, sealsPresent: true, noAlteration: true },
    ...over,
  });
  const allMatch = () => VERIFY_FIELDS.map((field) => ({ field, matches: true }));

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
    sibling = await t.login('gz02.clerk');
    gz01 = await t.orgId('GZ01');
    holder = await person('陈建国', '44010619800315123', '13800000101');
    spouse = await person('林慧', '44010619820520124', '13800000102');
    child = await person('陈小明', '44010620120601125', '13800000103');
    const insurer = await t.db.selectFrom('insurer').select('id').where('code', '=', 'CHINALIFE').executeTakeFirstOrThrow();
    insurerId = insurer.id;
    const product = (code: string) =>
      t.db.selectFrom('product').select(['id', 'insurer_id']).where('code', '=', code).executeTakeFirstOrThrow().then((p) => ({ productId: p.id, insurerId: p.insurer_id }));
    lifeProduct = (await product('CL-WL01')).productId;
    medical = await product('PA-MED02');
    auto = await product('PI-AUTO01');
  });
  afterAll(() => t.close());

  it('registers a handed-over policy: internal number, parties, encrypted account, the verification deadline, timelines and audit (R-PO-1, R-PO-3)', async () => {
    const res = await clerk.post('/api/v1/policies', body({ policyNumber: 'p2026-abc/01' }));
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      state: 'registered', policyNumber: 'P2026-ABC/01', lineOfBusiness: 'life', termType: 'long_term', productName: '终身寿险（示例）',
      sumInsured: '500000.00', premium: '12000.50', bankAccount: '**** **** **** 0123', source: 'handover', policyholderName: '陈建国',
    });
    expect(p.internalNo).toMatch(/^GZ01-\d{4}-\d{6}$/);
    const stored = await t.db.selectFrom('policy').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(stored.bank_account_enc).not.toContain('62220212');
    expect(decryptField(t.app.keyring, stored.bank_account_enc!, { context: CONTEXT.bankAccount })).toBe('6222021234567890123');

    const detail = (await clerk.get(`/api/v1/policies/${p.id}`)).json();
    expect(detail.parties.map((x: any) => [x.role, x.name, x.share])).toEqual([
      ['insured', '陈建国', null], ['beneficiary', '林慧', '60.00'], ['beneficiary', '陈小明', '40.00'],
    ]);
    expect(detail.reviews).toHaveLength(1);
    expect(detail.verifyFields.find((f: any) => f.field === 'sumInsured').onPolicy).toBe('500000.00');
    expect((await deadline(p.id, 'policy.intake_verify'))?.state).toBe('open');

    const timeline = await t.db.selectFrom('client_timeline').select('client_id').where('entity_type', '=', 'policy').where('entity_id', '=', String(p.id)).execute();
    expect(timeline.map((e) => e.client_id)).toEqual([holder]); // holder = the insured: once
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'policy.create').where('entity_id', '=', String(p.id)).executeTakeFirstOrThrow();
    expect(JSON.stringify(audit)).not.toContain('6222021234567890123');

    const next = (await clerk.post('/api/v1/policies', body())).json();
    expect(Number(next.internalNo.slice(-6))).toBe(Number(p.internalNo.slice(-6)) + 1);
  });

  it('refuses shares not totalling 100, a short-term policy over a year and an end before the start — all at once, storing nothing (R-PO-1)', async () => {
    const before = await policyCount();
    const res = await clerk.post('/api/v1/policies', body({
      beneficiaries: [
        { clientId: spouse, relation: 'spouse', rank: 1, share: '60' },
        { name: '陈大伯', idNumber: residentId('44010619500101123'), relation: 'other', rank: 1, share: '30' },
      ],
      paymentMode: 'cash', bankAccount: '123',
    }));
    expect(res.statusCode).toBe(400);
    expect(fields(res).map((f) => f.path).sort()).toEqual(['bankAccount', 'beneficiaries.0.share']);
    expect(fields(res).find((f) => f.path === 'beneficiaries.0.share')!.message).toContain('90.00');

    const shortTerm = await clerk.request('POST', '/api/v1/policies', body({
      ...medical, beneficiaryDesignation: 'legal', beneficiaries: [], effectiveDate: '2026-01-01', endDate: '2027-06-30',
    }), { 'accept-language': 'en' });
    expect(shortTerm.statusCode).toBe(400);
    expect(fields(shortTerm)).toEqual([{ path: 'endDate', message: 'a short-term policy covers at most one year' }]);

    const order = await clerk.post('/api/v1/policies', body({ ...auto, beneficiaryDesignation: 'named', effectiveDate: '2026-03-01', endDate: '2026-02-28' }));
    expect(order.statusCode).toBe(400);
    expect(fields(order).map((f) => f.path).sort()).toEqual(['beneficiaryDesignation', 'endDate']);
    expect(await policyCount()).toBe(before);
  });

  it('is unique by insurer and policy number; another branch learns only that it exists (R-PO-6)', async () => {
    const first = (await clerk.post('/api/v1/policies', body({ policyNumber: 'DUP-0001' }))).json();
    const again = await clerk.post('/api/v1/policies', body({ policyNumber: 'dup-0001' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.existingId).toBe(first.id);
    expect(fields(again)[0]!.message).toContain(first.internalNo);

    const other = await sibling.post('/api/v1/clients', { kind: 'person', orgUnitId: await t.orgId('GZ02'), name: '赵敏', idNumber: residentId('44010419900101222'), mobile: '13900000111' });
    const elsewhere = await sibling.post('/api/v1/policies', body({ orgUnitId: await t.orgId('GZ02'), policyholderId: other.json().client.id, insured: [{ clientId: other.json().client.id }], beneficiaryDesignation: 'legal', beneficiaries: [], policyNumber: 'DUP-0001' }));
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().error.existingId).toBeUndefined();
    expect(fields(elsewhere)[0]!.message).not.toContain(first.internalNo);
  });

  it('registers a policy number once when two clerks submit it at the same moment (one 201, one 409)', async () => {
    const same = body({ policyNumber: 'RACE-0001' });
    const answers = await Promise.all([clerk.post('/api/v1/policies', same), clerk.post('/api/v1/policies', same)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json().error.code).toBe('DUPLICATE_RECORD');
    expect((await t.db.selectFrom('policy').select('id').where('policy_number', '=', 'RACE-0001').execute()).length).toBe(1);
  });

  it('puts a policy failing the initial review on hold with the notice, and takes it back after a passing review (R-PO-2)', async () => {
    const noNotice = await clerk.post('/api/v1/policies', body({ review: { formatComplete: true, sealsPresent: false, noAlteration: true } }));
    expect(noNotice.statusCode).toBe(400);
    expect(fields(noNotice).map((f) => f.path)).toEqual(['holdNotice']);

    const res = await clerk.post('/api/v1/policies', body({
      review: { formatComplete: true, sealsPresent: false, noAlteration: true, note: '缺少保险公司骑缝章' },
      holdNotice: { channel: 'phone', content: '请携带保险公司盖章的保单原件或批单到柜面' },
    }));
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p.state).toBe('on_hold');
    expect(p.stateReason).toBe('印章不齐');
    expect((await deadline(p.id, 'policy.hold_followup'))?.state).toBe('open');
    let detail = (await clerk.get(`/api/v1/policies/${p.id}`)).json();
    expect(detail.notices).toMatchObject([{ kind: 'on_hold', channel: 'phone' }]);

    const verifyOnHold = await clerk.post(`/api/v1/policies/${p.id}/verify`, { version: detail.version, checks: allMatch() });
    expect(verifyOnHold.statusCode).toBe(400);

    const pass = await clerk.post(`/api/v1/policies/${p.id}/review`, { version: detail.version, review: { formatComplete: true, sealsPresent: true, noAlteration: true, note: '客户已提供批单' } });
    expect(pass.statusCode).toBe(200);
    detail = pass.json();
    expect(detail.state).toBe('registered');
    expect(detail.reviews.map((r: any) => r.passed)).toEqual([false, true]);
    expect((await deadline(p.id, 'policy.hold_followup'))?.state).toBe('met');
  });

  it('verifies field by field: a difference is raised and blocks verification until settled; then the policy is in force (R-PO-4)', async () => {
    const p = (await clerk.post('/api/v1/policies', body())).json();
    const missing = await clerk.post(`/api/v1/policies/${p.id}/verify`, { version: p.version, checks: [{ field: 'insured', matches: true }] });
    expect(missing.statusCode).toBe(400);
    expect(fields(missing)[0]!.path).toBe('checks');

    const checks = allMatch().map((c) => (c.field === 'sumInsured' ? { field: 'sumInsured', matches: false, clientSays: '客户称保额为 600000' } : c));
    const noNotice = await clerk.post(`/api/v1/policies/${p.id}/verify`, { version: p.version, checks });
    expect(fields(noNotice).map((f) => f.path)).toEqual(['notice']);
    const raised = await clerk.post(`/api/v1/policies/${p.id}/verify`, { version: p.version, checks, notice: { channel: 'phone', content: '已电话告知客户保额以保单为准，请核对投保单' } });
    expect(raised.statusCode).toBe(200);
    let detail = raised.json();
    expect(detail.state).toBe('registered');
    expect(detail.differences).toMatchObject([{ field: 'sumInsured', onPolicy: '500000.00', clientSays: '客户称保额为 600000', resolution: null }]);
    expect((await deadline(p.id, 'policy.difference_followup'))?.state).toBe('open');

    const blocked = await clerk.post(`/api/v1/policies/${p.id}/verify`, { version: detail.version, checks: allMatch() });
    expect(blocked.statusCode).toBe(400);
    const resolved = await clerk.post(`/api/v1/policies/${p.id}/differences/${detail.differences[0].id}/resolve`, {
      version: detail.version, resolution: 'client_confirmed_policy', note: '客户查看投保单后确认保额 50 万无误',
    });
    expect(resolved.statusCode).toBe(200);
    detail = resolved.json();
    expect((await deadline(p.id, 'policy.difference_followup'))?.state).toBe('met');

    const verified = await clerk.post(`/api/v1/policies/${p.id}/verify`, { version: detail.version, checks: allMatch() });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ state: 'in_force', allowedTransitions: ['lapsed', 'terminated'] });
    expect((await deadline(p.id, 'policy.intake_verify'))?.state).toMatch(/^(met|missed)$/);
    const stale = await clerk.post(`/api/v1/policies/${p.id}/status`, { version: detail.version, to: 'lapsed', reason: 'x' });
    expect(stale.statusCode).toBe(409);
  });

  it('lapses, reinstates and terminates only along the allowed moves, with a reason', async () => {
    let p = (await clerk.post('/api/v1/policies', body())).json();
    const early = await clerk.post(`/api/v1/policies/${p.id}/status`, { version: p.version, to: 'lapsed', reason: '未交费' });
    expect(early.statusCode).toBe(400);
    p = (await clerk.post(`/api/v1/policies/${p.id}/verify`, { version: p.version, checks: allMatch() })).json();
    p = (await clerk.post(`/api/v1/policies/${p.id}/status`, { version: p.version, to: 'lapsed', reason: '宽限期满未交费' })).json();
    expect(p).toMatchObject({ state: 'lapsed', stateReason: '宽限期满未交费', allowedTransitions: ['in_force', 'terminated'] });
    p = (await clerk.post(`/api/v1/policies/${p.id}/status`, { version: p.version, to: 'in_force', reason: '补交保费复效' })).json();
    expect(p.state).toBe('in_force');
  });

  it('moves policies on by their dates: in force on the effective date, expired after the end date — once (R-PO-3)', async () => {
    const future = (await clerk.post('/api/v1/policies', body({ ...medical, beneficiaryDesignation: 'legal', beneficiaries: [], effectiveDate: '2099-01-01', endDate: '2099-12-31' }))).json();
    const v = (await clerk.post(`/api/v1/policies/${future.id}/verify`, { version: future.version, checks: allMatch() })).json();
    expect(v.state).toBe('verified');
    expect((await deadline(future.id, 'renewal.reminder_30'))?.state).toBe('open'); // renewable: expiry tracked

    await advancePolicyDates(await t.context(), new Date('2099-01-01T00:30:00+08:00'));
    expect((await clerk.get(`/api/v1/policies/${future.id}`)).json().state).toBe('in_force');
    const report = await advancePolicyDates(await t.context(), new Date('2100-01-01T00:30:00+08:00'));
    expect(report.expired).toBeGreaterThanOrEqual(1);
    expect((await clerk.get(`/api/v1/policies/${future.id}`)).json().state).toBe('expired');
    expect(await advancePolicyDates(await t.context(), new Date('2100-01-01T00:30:00+08:00'))).toEqual({ inForce: 0, expired: 0 });
  });

  it('never assumes an insured other than the policyholder is "self": the relation comes from the household link or must be chosen', async () => {
    const legal = { beneficiaryDesignation: 'legal', beneficiaries: [] };
    const before = await policyCount();
    const unlinked = await clerk.post('/api/v1/policies', body({ ...legal, insured: [{ clientId: child }] }));
    expect(unlinked.statusCode).toBe(400);
    expect(fields(unlinked)).toEqual([{ path: 'insured.0.relation', message: '被保险人不是投保人本人，客户档案中也没有二人的家庭关系：请选择与投保人关系' }]);
    const self = await clerk.post('/api/v1/policies', body({ ...legal, insured: [{ clientId: child, relation: 'self' }, { clientId: holder, relation: 'spouse' }] }));
    expect(fields(self).map((f) => [f.path, f.message])).toEqual([
      ['insured.0.relation', '“本人”只用于投保人本人作为被保险人'],
      ['insured.1.relation', '该被保险人即投保人，关系应为“本人”'],
    ]);
    expect(await policyCount()).toBe(before);

    // 陈小明 is 陈建国's child in the archive: the relation follows; a chosen one is kept.
    expect((await clerk.post(`/api/v1/clients/${holder}/links`, { relatedClientId: child, relation: 'child' })).statusCode).toBe(201);
    const linked = await clerk.post('/api/v1/policies', body({ ...legal, insured: [{ clientId: holder }, { clientId: child }, { clientId: spouse, relation: 'spouse' }] }));
    expect(linked.statusCode, linked.body).toBe(201);
    const detail = (await clerk.get(`/api/v1/policies/${linked.json().id}`)).json();
    expect(detail.parties.map((x: any) => [x.name, x.relation])).toEqual([['陈建国', 'self'], ['陈小明', 'child'], ['林慧', 'spouse']]);
  });

  it('corrects the record before verification, re-checking the whole draft', async () => {
    const p = (await clerk.post('/api/v1/policies', body())).json();
    const bad = await clerk.patch(`/api/v1/policies/${p.id}`, { version: p.version, beneficiaries: [{ clientId: spouse, relation: 'spouse', rank: 1, share: '99' }] });
    expect(bad.statusCode).toBe(400);
    const ok = await clerk.patch(`/api/v1/policies/${p.id}`, { version: p.version, sumInsured: '600000', beneficiaryDesignation: 'legal' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ sumInsured: '600000.00', beneficiaryDesignation: 'legal', version: p.version + 1 });
    const detail = (await clerk.get(`/api/v1/policies/${p.id}`)).json();
    expect(detail.parties.filter((x: any) => x.role === 'beneficiary')).toEqual([]);
  });

  it('exports the filtered list to xlsx in scope, the account masked, and audits the export', async () => {
    const p = (await clerk.post('/api/v1/policies', body({ policyNumber: 'EXPORT-0001' }))).json();
    const res = await clerk.get('/api/v1/policies/export.xlsx?number=EXPORT-');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]!.slice(0, 4)).toEqual(['内部编号', '保险公司', '保单号', '产品']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[7], r[12]])).toEqual([[p.internalNo, 'EXPORT-0001', 500000, '**** **** **** 0123']]);
    expect(res.rawPayload.includes(Buffer.from('6222021234567890123'))).toBe(false);
    expect((await sibling.get('/api/v1/policies/export.xlsx?number=EXPORT-')).rawPayload.includes(Buffer.from('EXPORT-0001'))).toBe(false);
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'policy.export').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(entry.after).toMatchObject({ filters: { number: 'EXPORT-' } });
  });

  it('keeps policies within the scope: another office gets 404 and does not list them; the reveal is audited', async () => {
    const p = (await clerk.post('/api/v1/policies', body())).json();
    expect((await sibling.get(`/api/v1/policies/${p.id}`)).statusCode).toBe(404);
    const list = (await sibling.get('/api/v1/policies?limit=200')).json();
    expect(list.items.map((x: any) => x.id)).not.toContain(p.id);
    const mine = (await clerk.get(`/api/v1/policies?clientId=${child}&limit=200`)).json();
    expect(mine.items.map((x: any) => x.id)).toContain(p.id); // the child is a named beneficiary

    const supervisor = await t.login('gz.supervisor');
    expect((await clerk.post(`/api/v1/policies/${p.id}/reveal`, { field: 'bankAccount' })).statusCode).toBe(403);
    const shown = await supervisor.post(`/api/v1/policies/${p.id}/reveal`, { field: 'bankAccount' });
    expect(shown.json()).toEqual({ value: '6222021234567890123' });
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'pii.reveal').where('entity_type', '=', 'policy').where('entity_id', '=', String(p.id)).executeTakeFirst();
    expect(entry?.after).toMatchObject({ field: 'bankAccount' });
  });
});
