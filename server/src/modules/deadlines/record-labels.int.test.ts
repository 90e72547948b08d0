import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { residentId } from '../../../../tests/helpers/client-test-ids.js';
import { listDeadlines } from './find-deadlines.js';

type Record_ = { label: string; href: string | null };
type DeadlineOut = { id: number; entityType: string; entityId: string; record: Record_ };

// Issue 11, item 2: a deadline or a notification names its record as people know it and links to its page.
describe('the record of a deadline: its human label and page, within scope', () => {
  let t: TestApp;
  let clerk: Client;
  let sibling: Client;
  let gz01: number;
  let clientId: number;
  let policyId: number;
  let internalNo: string;

  const deadlinesOf = async (c: Client, entityType: string, entityId: number | string) => {
    const res = await c.get(`/api/v1/deadlines?entityType=${entityType}&entityId=${entityId}`);
    expect(res.statusCode).toBe(200);
    return (res.json() as { items: DeadlineOut[] }).items;
  };

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
    sibling = await t.login('gz02.clerk');
    gz01 = await t.orgId('GZ01');
    const client = await clerk.post('/api/v1/clients', { kind: 'person', orgUnitId: gz01, name: '王小明', idNumber: residentId('44010619800315777'), mobile: '13800000777' });
    expect(client.statusCode).toBe(201);
    clientId = client.json().client.id;
    const product = await t.db.selectFrom('product').select(['id', 'insurer_id']).where('code', '=', 'CL-WL01').executeTakeFirstOrThrow();
    const policy = await clerk.post('/api/v1/policies', {
      orgUnitId: gz01, insurerId: product.insurer_id, productId: product.id, policyNumber: 'P2026LABEL01', policyholderId: clientId,
      sumInsured: '500000', premium: '12000', paymentFrequency: 'annual', paymentMode: 'bank_transfer', paymentYears: 20,
      applicationDate: '2025-12-20', issueDate: '2025-12-28', effectiveDate: '2026-01-01',
      insured: [{ clientId }], beneficiaryDesignation: 'legal', beneficiaries: [],
      review: { formatComplete: true, sealsPresent: true, noAlteration: true },
    });
    expect(policy.statusCode).toBe(201);
    policyId = policy.json().id;
    internalNo = policy.json().internalNo;
  });
  afterAll(() => t.close());

  it("a policy's deadline reads as its internal number and policyholder and links to the policy", async () => {
    const [d] = await deadlinesOf(clerk, 'policy', policyId);
    expect(d?.record).toEqual({ label: `${internalNo} 王小明`, href: `/policies/${policyId}` });
    expect((await clerk.get(`/api/v1/deadlines/${d!.id}`)).json().record).toEqual(d!.record);
  });

  it("a client's deadline reads as the client's name and links to the client", async () => {
    const [d] = await deadlinesOf(clerk, 'client', clientId);
    expect(d?.record).toEqual({ label: '王小明', href: `/clients/${clientId}` });
  });

  it('a record type without a page reads as its type and id, in the caller\'s language, with no link', async () => {
    const opened = await clerk.post('/api/v1/deadlines/events', { entityType: 'inquiry', entityId: 'q-label', event: 'inquiry.received', orgUnitId: gz01 });
    expect(opened.statusCode).toBe(200);
    const [d] = await deadlinesOf(clerk, 'inquiry', 'q-label');
    expect(d?.record).toEqual({ label: '咨询 q-label', href: null });
    const en = (await clerk.get(`/api/v1/deadlines/${d!.id}`, { 'accept-language': 'en' })).json();
    expect(en.record).toEqual({ label: 'Inquiry q-label', href: null });
  });

  it('a record outside the caller\'s scope gets a neutral label and no link: its name does not leak', async () => {
    // A deadline of Guangzhou 01 that refers to a client of the sibling unit.
    const other = await sibling.post('/api/v1/clients', { kind: 'person', orgUnitId: await t.orgId('GZ02'), name: '赵敏', idNumber: residentId('44010419900101888'), mobile: '13900000888' });
    expect(other.statusCode).toBe(201);
    const otherId = other.json().client.id as number;
    const res = await clerk.post('/api/v1/deadlines/events', { entityType: 'client', entityId: String(otherId), event: 'client.first_contact', orgUnitId: gz01 });
    expect(res.statusCode).toBe(200);
    const [d] = await deadlinesOf(clerk, 'client', otherId);
    expect(d?.record).toEqual({ label: `客户 ${otherId}`, href: null });
    // The sibling's own clerk sees the client's deadline (in GZ02) by name.
    const [own] = await deadlinesOf(sibling, 'client', otherId);
    expect(own?.record).toEqual({ label: '赵敏', href: `/clients/${otherId}` });
  });

  it('labels a page of deadlines of several record types with one statement, not one per row or type', async () => {
    const queries: string[] = [];
    const ctx = await t.context('gz01.clerk', 'deadline.read');
    const counting = { ...ctx, db: ctx.db.withPlugin({ transformQuery: (a) => (queries.push(JSON.stringify(a.node)), a.node), transformResult: async (a) => a.result }) };
    const page = await listDeadlines(counting, { limit: 200 });
    const clientsAsked = new Set(page.items.filter((d) => d.entityType === 'client').map((d) => d.entityId));
    expect(clientsAsked.size).toBeGreaterThanOrEqual(2);
    expect(page.items.some((d) => d.entityType === 'policy')).toBe(true);
    const labelling = queries.filter((q) => q.includes(' as label'));
    expect(labelling).toHaveLength(1);
    expect(labelling[0]).toContain('union all'); // policies and clients together
    expect(page.items.find((d) => d.entityType === 'client')?.record.href).toMatch(/^\/clients\/\d+$/);
    expect(page.items.find((d) => d.entityType === 'policy')?.record.href).toMatch(/^\/policies\/\d+$/);
  });

  it('a notification about a record carries the same label and link; one about none carries null', async () => {
    await t.db.insertInto('notification').values([
      { dedupe_key: 'label-test:1', recipient_id: clerk.userId, kind: 'system.message', params: { title: 'x', body: 'y' }, entity_type: 'policy', entity_id: String(policyId), org_unit_id: gz01 },
      { dedupe_key: 'label-test:2', recipient_id: clerk.userId, kind: 'system.message', params: { title: 'x', body: 'y' }, entity_type: null, entity_id: null, org_unit_id: gz01 },
    ]).execute();
    const items = (await clerk.get('/api/v1/notifications')).json().items as { entityType: string | null; record: Record_ | null }[];
    expect(items.find((n) => n.entityType === 'policy')?.record).toEqual({ label: `${internalNo} 王小明`, href: `/policies/${policyId}` });
    expect(items.find((n) => n.entityType === null)?.record).toBeNull();
  });
});
