import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { pdfText } from '../../../../tests/helpers/pdf-text.js';

// Issue 12, item 5: a notice template previewed for a record — what the notice would say, marked
// 样张 / PREVIEW, with nothing issued: no number taken, no notice, no document kept.
describe('notice preview', () => {
  let t: TestApp;
  let clerk: Client;
  let requestId: number;
  const counts = async () => ({
    notices: Number((await t.db.selectFrom('notice').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n),
    documents: Number((await t.db.selectFrom('document').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n),
    sequence: JSON.stringify(await t.db.selectFrom('notice_sequence').selectAll().orderBy('org_unit_id').execute()),
  });

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
    const policies = (await clerk.get('/api/v1/policies?state=in_force&pageSize=10')).json() as { items: { id: number }[] };
    const created = await clerk.post(`/api/v1/policies/${policies.items[0]!.id}/servicing-requests`, { type: 'address_change', channel: 'counter', change: { address: '广州市越秀区中山五路 33 号' } });
    if (created.statusCode !== 201) throw new Error(created.body);
    requestId = (created.json() as { id: number }).id;
  });
  afterAll(() => t.close());

  it('renders the document receipt for a request as a preview and keeps nothing', async () => {
    const before = await counts();
    const res = await clerk.get(`/api/v1/records/servicing/${requestId}/notices/preview?templateCode=document_receipt`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('样张');
    expect(text).toContain('PREVIEW');
    expect(await counts()).toEqual(before);
  });

  it('an unknown template or one that does not apply is refused; a record out of scope is not found', async () => {
    const unknown = await clerk.get(`/api/v1/records/servicing/${requestId}/notices/preview?templateCode=no_such_template`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([{ path: 'templateCode', message: '没有此通知书模板' }]);
    const sibling = await t.login('sz01.clerk');
    expect((await sibling.get(`/api/v1/records/servicing/${requestId}/notices/preview?templateCode=document_receipt`)).statusCode).toBe(404);
  });
});
