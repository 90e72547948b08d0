import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { demoCatalog, insertDemoCatalog } from './demo-catalog.js';

// The catalogue (保险公司 / 险种): company-wide, kept by head-office administrators, with the
// hesitation and grace figures checked against LAW.md (R-NB-8, Insurance Law Art. 36).
describe('catalogue: insurers and products', () => {
  let t: TestApp;
  let admin: Client;
  let insurerId: number;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const storedInsurer = (id: number) => t.db.selectFrom('insurer').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const storedProduct = (id: number) => t.db.selectFrom('product').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const productCount = async () => (await t.db.selectFrom('product').select('id').execute()).length;
  const auditOf = (action: string, id: number) =>
    t.db.selectFrom('audit_log').selectAll().where('action', '=', action).where('entity_id', '=', String(id)).orderBy('seq').execute();
  const en = { 'accept-language': 'en' };
  const ltcProduct = (code: string, extra: Record<string, unknown> = {}) => ({
    insurerId, code, name: '长期护理保险', lineOfBusiness: 'health', termType: 'long_term', hesitationPeriodDays: 15, ...extra,
  });

  it('adds an insurer, audited against head office', async () => {
    const res = await admin.post('/api/v1/insurers', {
      code: 'anxin-life', name: '安心人寿保险股份有限公司', nameEn: 'Anxin Life', contactPerson: '王经理', servicePhone: '400-820-8888', address: ' ',
    });
    expect(res.statusCode).toBe(201);
    const insurer = res.json();
    expect(insurer).toMatchObject({ code: 'ANXIN-LIFE', name: '安心人寿保险股份有限公司', servicePhone: '400-820-8888', address: null, active: true, version: 1 });
    insurerId = insurer.id;
    const [entry] = await auditOf('insurer.create', insurerId);
    expect(entry).toMatchObject({ actor_id: admin.userId, org_unit_id: await t.orgId('HO'), before: null, after: insurer });
  });

  it('refuses a taken code and a malformed service phone at once, in English too, adding nothing', async () => {
    const before = (await t.db.selectFrom('insurer').select('id').execute()).length;
    const res = await admin.request('POST', '/api/v1/insurers', { code: 'Anxin-Life', name: '重复', servicePhone: 'call us' }, en);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'code', message: 'this insurer code is already taken' },
      { path: 'servicePhone', message: 'must be a phone number such as 95519, 400-820-8888 or 020-12345678' },
    ]);
    expect((await t.db.selectFrom('insurer').select('id').execute()).length).toBe(before);
  });

  it('updates an insurer by version; a stale version gets 409 with the current record', async () => {
    const res = await admin.patch(`/api/v1/insurers/${insurerId}`, { version: 1, servicePhone: '95599', contactPerson: null });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ servicePhone: '95599', contactPerson: null, version: 2 });
    const [entry] = await auditOf('insurer.update', insurerId);
    expect(entry!.before).toMatchObject({ servicePhone: '400-820-8888', version: 1 });
    expect(entry!.after).toMatchObject({ servicePhone: '95599', version: 2 });

    const stale = await admin.patch(`/api/v1/insurers/${insurerId}`, { version: 1, name: '旧版本的修改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', current: { version: 2, name: '安心人寿保险股份有限公司' } });
    expect(await storedInsurer(insurerId)).toMatchObject({ version: 2, name: '安心人寿保险股份有限公司' });
  });

  it('adds a long-term health product with 15 days hesitation and the 60-day grace default (Art. 36)', async () => {
    const res = await admin.post('/api/v1/products', ltcProduct('ltc-01'));
    expect(res.statusCode).toBe(201);
    const product = res.json();
    expect(product).toMatchObject({
      insurerId, insurerCode: 'ANXIN-LIFE', code: 'LTC-01', lineOfBusiness: 'health', termType: 'long_term', longTermHealth: true,
      hesitationPeriodDays: 15, gracePeriodDays: 60, renewable: false, riskWarningRequired: false, version: 1, warnings: [],
    });
    const [entry] = await auditOf('product.create', product.id);
    const { warnings: _, ...stored } = product;
    expect(entry).toMatchObject({ actor_id: admin.userId, org_unit_id: await t.orgId('HO'), before: null, after: stored });
  });

  it('refuses long-term health with less than 15 days hesitation, in Chinese and English, storing nothing', async () => {
    const before = await productCount();
    const zh = await admin.post('/api/v1/products', ltcProduct('ltc-02', { hesitationPeriodDays: 10 }));
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.fields).toEqual([{ path: 'hesitationPeriodDays', message: '长期健康险的犹豫期不得少于 15 日' }]);
    const english = await admin.request('POST', '/api/v1/products', ltcProduct('ltc-02', { hesitationPeriodDays: null }), en);
    expect(english.json().error.fields).toEqual([
      { path: 'hesitationPeriodDays', message: 'long-term health insurance needs a hesitation period of at least 15 days' },
    ]);
    // Saying it is not long-term health does not get around the rule: health over a year is.
    const evasive = await admin.post('/api/v1/products', ltcProduct('ltc-02', { hesitationPeriodDays: 10, longTermHealth: false }));
    expect(evasive.json().error.fields).toEqual([{ path: 'longTermHealth', message: '保险期间超过一年的健康险属于长期健康险' }]);
    expect(await productCount()).toBe(before);
  });

  it('reports every problem at once: schema, code taken, grace period out of range', async () => {
    const before = await productCount();
    const res = await admin.request('POST', '/api/v1/products', ltcProduct('LTC-01', { gracePeriodDays: 400, lineOfBusiness: 'pet' }), en);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['gracePeriodDays', 'lineOfBusiness']);
    const taken = await admin.post('/api/v1/products', ltcProduct('ltc-01', { participating: true, universal: true }));
    expect(taken.json().error.fields).toEqual([
      { path: 'code', message: '该保险公司已有此产品代码' },
      { path: 'universal', message: '分红型、投资连结型、万能型只能选其一' },
    ]);
    expect(await productCount()).toBe(before);
  });

  it('saves a life product with a short hesitation period and says why it deserves a second look', async () => {
    const res = await admin.request('POST', '/api/v1/products', {
      insurerId, code: 'WL-01', name: '安心终身寿险', lineOfBusiness: 'life', termType: 'long_term', hesitationPeriodDays: 7, participating: true,
    }, en);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ hesitationPeriodDays: 7, riskWarningRequired: true });
    expect(res.json().warnings).toEqual([{
      code: 'hesitationPeriodShort', path: 'hesitationPeriodDays',
      message: 'a hesitation period of 7 days is below the usual 10; check it against the policy wording',
      basis: expect.stringContaining('generally 10-15 days'),
    }]);
    const zh = await admin.get(`/api/v1/products/${res.json().id}`);
    expect(zh.json().warnings).toEqual([expect.objectContaining({ message: '犹豫期为 7 日，少于通常的 10 日，请与条款核对' })]);

    // Raising it to 15 clears the warning.
    const fixed = await admin.patch(`/api/v1/products/${res.json().id}`, { version: 1, hesitationPeriodDays: 15 });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({ hesitationPeriodDays: 15, version: 2, warnings: [] });
  });

  it('updates a product by version, judging the product as it would be; refusals change nothing', async () => {
    const { id } = await t.db.selectFrom('product').select('id').where('code', '=', 'LTC-01').executeTakeFirstOrThrow();
    const before = await storedProduct(id);
    const refused = await admin.patch(`/api/v1/products/${id}`, { version: 1, hesitationPeriodDays: 14, name: '改名' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([{ path: 'hesitationPeriodDays', message: '长期健康险的犹豫期不得少于 15 日' }]);
    const grace = await admin.patch(`/api/v1/products/${id}`, { version: 1, gracePeriodDays: -1 });
    expect(grace.statusCode).toBe(400);
    expect(await storedProduct(id)).toEqual(before);

    const ok = await admin.patch(`/api/v1/products/${id}`, { version: 1, gracePeriodDays: 30, renewable: true });
    expect(ok.json()).toMatchObject({ gracePeriodDays: 30, renewable: true, longTermHealth: true, version: 2 });
    const stale = await admin.patch(`/api/v1/products/${id}`, { version: 1, renewable: false });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ id, renewable: true, version: 2 });
    const [entry] = await auditOf('product.update', id);
    expect(entry!.before).toMatchObject({ gracePeriodDays: 60, version: 1 });
    expect(entry!.after).toMatchObject({ gracePeriodDays: 30, version: 2 });
  });

  it('non-life products need no hesitation period', async () => {
    const res = await admin.post('/api/v1/products', {
      insurerId, code: 'AUTO-01', name: '机动车商业保险', nameEn: 'Commercial motor', lineOfBusiness: 'auto', termType: 'short_term', renewable: true,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ hesitationPeriodDays: null, longTermHealth: false, warnings: [] });
  });

  it('lists products by insurer, line of business, state and name prefix', async () => {
    const agent = await t.login('gz01.agent1'); // everyone signed in reads the catalogue
    const ids = async (query: string) => (await agent.get(`/api/v1/products?${query}`)).json().items.map((p: { code: string }) => p.code);
    expect(await ids(`insurerId=${insurerId}`)).toEqual(['LTC-01', 'WL-01', 'AUTO-01']);
    expect(await ids(`insurerId=${insurerId}&lineOfBusiness=health`)).toEqual(['LTC-01']);
    expect(await ids(`insurerId=${insurerId}&q=${encodeURIComponent('安心终')}`)).toEqual(['WL-01']);
    expect(await ids(`insurerId=${insurerId}&q=commercial`)).toEqual(['AUTO-01']);
    expect(await ids(`insurerId=${insurerId}&q=${encodeURIComponent('%')}`)).toEqual([]);
    const { id } = await t.db.selectFrom('product').select('id').where('code', '=', 'AUTO-01').executeTakeFirstOrThrow();
    await admin.patch(`/api/v1/products/${id}`, { version: 1, active: false });
    expect(await ids(`insurerId=${insurerId}&active=true`)).toEqual(['LTC-01', 'WL-01']);
    expect(await ids(`insurerId=${insurerId}&active=false`)).toEqual(['AUTO-01']);

    const page1 = (await agent.get(`/api/v1/products?insurerId=${insurerId}&limit=2`)).json();
    expect(page1.items).toHaveLength(2);
    const page2 = (await agent.get(`/api/v1/products?insurerId=${insurerId}&limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2).toMatchObject({ items: [{ code: 'AUTO-01' }], nextCursor: null });

    const insurers = (await agent.get(`/api/v1/insurers?q=${encodeURIComponent('安心')}`)).json();
    expect(insurers.items.map((i: { code: string }) => i.code)).toEqual(['ANXIN-LIFE']);
    expect((await agent.get(`/api/v1/insurers/${insurerId}`)).json()).toMatchObject({ code: 'ANXIN-LIFE', version: 2 });
    expect((await agent.get('/api/v1/products/999999999')).statusCode).toBe(404);
  });

  it('an inactive insurer takes no new products', async () => {
    const res = await admin.post('/api/v1/insurers', { code: 'OLD-CO', name: '已停业保险公司' });
    await admin.patch(`/api/v1/insurers/${res.json().id}`, { version: 1, active: false });
    const product = await admin.post('/api/v1/products', { ...ltcProduct('X-1'), insurerId: res.json().id });
    expect(product.json().error.fields).toEqual([{ path: 'insurerId', message: '该保险公司已停用，不能新增产品' }]);
    const missing = await admin.post('/api/v1/products', { ...ltcProduct('X-1'), insurerId: 999999999 });
    expect(missing.json().error.fields).toEqual([{ path: 'insurerId', message: '保险公司不存在' }]);
  });

  it('only head office changes the catalogue: a provincial admin gets 403 HEAD_OFFICE_ONLY, others 403 FORBIDDEN', async () => {
    const gdAdmin = await t.login('gd.admin');
    const supervisor = await t.login('gz.supervisor'); // logins are audited: sign in before counting entries
    const before = { insurer: await storedInsurer(insurerId), products: await productCount(), audit: (await t.db.selectFrom('audit_log').select('seq').execute()).length };
    const attempts = [
      await gdAdmin.post('/api/v1/insurers', { code: 'GD-INS', name: '省公司自建' }),
      await gdAdmin.patch(`/api/v1/insurers/${insurerId}`, { version: 2, name: '省公司改名' }),
      await gdAdmin.post('/api/v1/products', ltcProduct('GD-1')),
      await gdAdmin.patch('/api/v1/products/1', { version: 1, name: '省公司改名' }),
    ];
    for (const res of attempts) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'HEAD_OFFICE_ONLY', message: '此操作涉及全公司，只能由总公司层级的人员办理' });
    }
    expect((await supervisor.post('/api/v1/insurers', { code: 'GZ-INS', name: '市公司自建' })).json().error.code).toBe('FORBIDDEN');
    // A provincial admin still reads it.
    expect((await gdAdmin.get(`/api/v1/insurers/${insurerId}`)).statusCode).toBe(200);
    expect(await storedInsurer(insurerId)).toEqual(before.insurer);
    expect(await productCount()).toBe(before.products);
    expect((await t.db.selectFrom('audit_log').select('seq').execute()).length).toBe(before.audit);
  });

  it('inserts the demo catalogue once: a re-run adds nothing, and every product reads back without warnings', async () => {
    const { insurers, products } = demoCatalog();
    await insertDemoCatalog(t.db); // the snapshot may hold it already, once the demo generator runs it
    expect(await insertDemoCatalog(t.db)).toEqual({ insurers: 0, products: 0 });
    const codes = insurers.map((i) => i.code);
    expect(await t.db.selectFrom('insurer').select('id').where('code', 'in', codes).execute()).toHaveLength(insurers.length);
    const pingAn = await t.db.selectFrom('insurer').select('id').where('code', '=', 'PINGAN').executeTakeFirstOrThrow();
    const listed = (await admin.get(`/api/v1/products?insurerId=${pingAn.id}`)).json().items;
    expect(listed.map((p: { code: string }) => p.code)).toEqual(products.filter((p) => p.insurerCode === 'PINGAN').map((p) => p.code));
    for (const p of listed) expect((await admin.get(`/api/v1/products/${p.id}`)).json().warnings).toEqual([]);
  });
});
