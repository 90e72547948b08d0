import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { residentId } from '../../../../tests/helpers/client-test-ids.js';

// Issue 11, item 5: every answer that names an org unit, insurer or catalogue product also carries its
// English form (the web shows it through localName); system-written state reasons come with codes.
describe('names and reasons an English screen can show', () => {
  let t: TestApp;
  let clerk: Client;
  let gz01: number;
  let holder: number;
  let insurerId: number;
  let productId: number;
  let seq = 0;

  const body = (over: Record<string, unknown> = {}) => ({
    orgUnitId: gz01, insurerId, productId, policyNumber: `EN2026${String(++seq).padStart(6, '0')}`, policyholderId: holder,
    sumInsured: '500000', premium: '12000', paymentFrequency: 'annual', paymentMode: 'cash', paymentYears: 20,
    effectiveDate: '2026-01-01', insured: [{ clientId: holder }], beneficiaryDesignation: 'legal',
    review: { formatComplete: true, sealsPresent: true, noAlteration: true },
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
    gz01 = await t.orgId('GZ01');
    const res = await clerk.post('/api/v1/clients', { kind: 'person', orgUnitId: gz01, name: '周英文', idNumber: residentId('44010619800315991'), mobile: '13800000991' });
    expect(res.statusCode).toBe(201);
    holder = res.json().client.id;
    insurerId = (await t.db.selectFrom('insurer').select('id').where('code', '=', 'CHINALIFE').executeTakeFirstOrThrow()).id;
    productId = (await t.db.selectFrom('product').select('id').where('code', '=', 'CL-WL01').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a policy carries the English names of its org unit, insurer and catalogue product; a typed-in product has none', async () => {
    const unit = await t.db.selectFrom('org_unit').select(['name', 'name_en']).where('id', '=', gz01).executeTakeFirstOrThrow();
    const created = await clerk.post('/api/v1/policies', body());
    expect(created.statusCode).toBe(201);
    const p = (await clerk.get(`/api/v1/policies/${created.json().id}`)).json();
    expect(p).toMatchObject({
      orgUnitName: unit.name, orgUnitNameEn: unit.name_en, insurerName: '中国人寿保险股份有限公司', insurerNameEn: 'China Life Insurance',
      productName: '终身寿险（示例）', productNameEn: 'Whole life (demo)',
    });
    expect(unit.name_en).toBeTruthy();
    const listed = (await clerk.get(`/api/v1/policies?number=${p.policyNumber}`)).json().items;
    expect(listed[0]).toMatchObject({ orgUnitNameEn: unit.name_en, insurerNameEn: 'China Life Insurance', productNameEn: 'Whole life (demo)' });

    const typed = await clerk.post('/api/v1/policies', body({ productId: undefined, productName: '某某团体意外险', lineOfBusiness: 'accident', termType: 'short_term', endDate: '2026-12-31', paymentYears: undefined, paymentFrequency: 'single' }));
    expect(typed.statusCode, typed.body).toBe(201);
    expect(typed.json()).toMatchObject({ productName: '某某团体意外险', productNameEn: null, insurerNameEn: 'China Life Insurance' });

    // The audit trail keeps the policy's facts, not the display forms of other rows.
    const audit = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'policy.create').where('entity_id', '=', String(p.id)).executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).not.toMatch(/NameEn|stateReasonCodes/);
  });

  it('a client carries its org unit English name, in its answer, the list and a search', async () => {
    const unit = await t.db.selectFrom('org_unit').select('name_en').where('id', '=', gz01).executeTakeFirstOrThrow();
    expect((await clerk.get(`/api/v1/clients/${holder}`)).json().orgUnitNameEn).toBe(unit.name_en);
    const searched = (await clerk.get(`/api/v1/clients/search?q=${encodeURIComponent('周英文')}`)).json();
    expect(searched.items[0].orgUnitNameEn).toBe(unit.name_en);
  });

  it("an initial review's failures are coded for every language; a user's reason is not", async () => {
    const held = await clerk.post('/api/v1/policies', body({
      review: { formatComplete: false, sealsPresent: false, noAlteration: true },
      holdNotice: { channel: 'phone', content: '请补交盖章的保单原件' },
    }));
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json()).toMatchObject({ state: 'on_hold', stateReason: '格式不完整、印章不齐', stateReasonCodes: ['formatIncomplete', 'sealsMissing'] });

    const p = (await clerk.post('/api/v1/policies', body())).json();
    await t.db.updateTable('policy').set({ state: 'in_force' }).where('id', '=', p.id).execute();
    const current = (await clerk.get(`/api/v1/policies/${p.id}`)).json();
    const lapsed = await clerk.post(`/api/v1/policies/${p.id}/status`, { version: current.version, to: 'lapsed', reason: '客户来电称暂停缴费' });
    expect(lapsed.statusCode, lapsed.body).toBe(200);
    expect(lapsed.json()).toMatchObject({ state: 'lapsed', stateReason: '客户来电称暂停缴费', stateReasonCodes: null });
  });

  it('the deadline rules cite their laws in English too', async () => {
    const rules = (await clerk.get('/api/v1/deadline-rules')).json().items as { id: string; lawRef: string | null; lawRefEn: string | null }[];
    expect(rules.find((r) => r.id === 'premium.grace_period')).toMatchObject({ lawRef: '保险法第三十六条', lawRefEn: 'Insurance Law Art. 36' });
    expect(rules.filter((r) => r.lawRef && !r.lawRefEn)).toEqual([]);
  });
});
