import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { recordAuditNow } from './record-audit.js';

type Entry = { seq: number; at: string; orgUnitId: number | null; orgUnitName: string | null; orgUnitNameEn: string | null; action: string; actorId: number | null };
type Answer = { items: Entry[]; total: number; totalExact: boolean; page: number; pageSize: number; nextCursor: string | null };

// The audit trail on the one list contract (issue 11, item 4): sorts by seq and by time with seq as
// tie-breaker, filters (Beijing dates), pages with the total, the keyset walk, and the reader's scope.
describe('the audit list: sort, filter, page, count, scope', () => {
  let t: TestApp;
  let admin: Client;
  let auditor: Client;
  let supervisor: Client;
  const written: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    auditor = await t.login('ho.auditor');
    supervisor = await t.login('gz.supervisor');
    const actor = async (username: string) => ({ userId: await t.userId(username), username });
    // Entries at chosen instants: the last one written carries the earliest time, so time order is not seq order.
    const at = async (key: string, iso: string, entry: Parameters<typeof recordAuditNow>[1]) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(iso));
      try {
        written[key] = await recordAuditNow(t.db, entry);
      } finally {
        vi.useRealTimers();
      }
    };
    const base = { requestId: 'list-test', before: null, after: null };
    // 2026-03-01 10:00 in Beijing.
    await at('gz01Policy', '2026-03-01T02:00:00Z', { ...base, actor: await actor('gz01.clerk'), action: 'policy.update', entityType: 'policy', entityId: 901, orgUnitId: await t.orgId('GZ01') });
    // 2026-03-02 23:30 in Beijing.
    await at('sz01Client', '2026-03-02T15:30:00Z', { ...base, actor: await actor('sz01.clerk'), action: 'client.update', entityType: 'client', entityId: 77, orgUnitId: await t.orgId('SZ01') });
    // 2026-03-03 00:10 in Beijing, still 2 March in UTC.
    await at('gz02Client', '2026-03-02T16:10:00Z', { ...base, actor: await actor('gz.supervisor'), action: 'client.update', entityType: 'client', entityId: 77, orgUnitId: await t.orgId('GZ02') });
    // 2026-02-27 09:00 in Beijing, written last.
    await at('gz01Reveal', '2026-02-27T01:00:00Z', { ...base, actor: await actor('gz.supervisor'), action: 'pii.reveal', entityType: 'client', entityId: 78, orgUnitId: await t.orgId('GZ01') });
  });
  afterAll(() => t.close());

  const list = async (client: Client, query: string) => {
    const res = await client.get(`/api/v1/audit?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Answer;
  };
  const expected = async (where: string, order: string, limit = 10_000, offset = 0) =>
    (await sql<{ seq: string | number }>`select a.seq from audit_log a where ${sql.raw(where)} order by ${sql.raw(order)} limit ${limit} offset ${offset}`.execute(t.db)).rows.map((r) => Number(r.seq));
  const seqs = (items: Entry[]) => items.map((e) => e.seq);
  const inSubtree = async (code: string) => `a.org_unit_id in (select d.id from org_unit d join org_unit u on d.path like u.path || '%' where u.code = '${code}')`;

  it('sorts by seq and by time both ways, ties by seq; the default is newest written first', async () => {
    const orders = { seq: 'a.seq asc', '-seq': 'a.seq desc', at: 'a.at asc, a.seq asc', '-at': 'a.at desc, a.seq desc' };
    for (const [sort, order] of Object.entries(orders)) {
      expect(seqs((await list(admin, `sort=${sort}&pageSize=100`)).items), sort).toEqual(await expected('true', order, 100));
    }
    expect(seqs((await list(admin, 'pageSize=100')).items)).toEqual(await expected('true', 'a.seq desc', 100));
    // Time order differs from write order: the entry written last is the oldest.
    const byTime = seqs((await list(admin, 'sort=at&pageSize=10')).items);
    expect(byTime[0]).toBe(written.gz01Reveal);
    expect(byTime.slice(1, 4)).toEqual([written.gz01Policy, written.sz01Client, written.gz02Client]);
  });

  it('filters by actor, action, entity type, entity id, org unit (and below) and Beijing dates, each against the trail itself', async () => {
    const gzSupervisor = await t.userId('gz.supervisor');
    const cases: [query: string, where: string][] = [
      [`actorId=${gzSupervisor}`, `a.actor_id = ${gzSupervisor}`],
      ['action=client.update', `a.action = 'client.update'`],
      ['entityType=policy', `a.entity_type = 'policy'`],
      ['entityType=client&entityId=77', `a.entity_type = 'client' and a.entity_id = '77'`],
      [`orgUnitId=${await t.orgId('GZ')}`, await inSubtree('GZ')],
      ['dateFrom=2026-03-01&dateTo=2026-03-02', `a.at >= '2026-02-28T16:00:00Z' and a.at < '2026-03-02T16:00:00Z'`],
    ];
    for (const [query, where] of cases) {
      const want = await expected(where, 'a.seq desc');
      const got = await list(admin, `${query}&pageSize=100`);
      expect(want.length, query).toBeGreaterThan(0);
      expect([query, seqs(got.items)]).toEqual([query, want.slice(0, 100)]);
      expect([query, got.total, got.totalExact]).toEqual([query, want.length, true]);
    }
    // A Beijing day, not a UTC one: 00:10 on 3 March in Beijing is 2 March in UTC.
    expect(seqs((await list(admin, 'dateFrom=2026-03-03&dateTo=2026-03-03')).items)).toEqual([written.gz02Client]);
    expect(seqs((await list(admin, 'dateFrom=2026-03-01&dateTo=2026-03-02&sort=at')).items)).toEqual([written.gz01Policy, written.sz01Client]);
    // Filters combine.
    expect(seqs((await list(admin, `entityId=77&orgUnitId=${await t.orgId('GZ')}`)).items)).toEqual([written.gz02Client]);
    expect(await list(admin, 'action=no.such_action')).toMatchObject({ items: [], total: 0, totalExact: true });
  });

  it('answers the org unit in both languages', async () => {
    const [entry] = (await list(admin, `actorId=${await t.userId('sz01.clerk')}&action=client.update`)).items;
    const unit = await t.db.selectFrom('org_unit').select(['name', 'name_en']).where('code', '=', 'SZ01').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ orgUnitId: await t.orgId('SZ01'), orgUnitName: unit.name, orgUnitNameEn: unit.name_en });
  });

  it('pages with the exact total, and walks the whole list by cursor in any sort', async () => {
    const total = (await expected('true', 'a.seq')).length;
    const second = await list(admin, 'sort=-at&page=2&pageSize=10');
    expect(second).toMatchObject({ total, totalExact: true, page: 2, pageSize: 10 });
    expect(seqs(second.items)).toEqual(await expected('true', 'a.at desc, a.seq desc', 10, 10));

    const walked: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Answer = await list(admin, `sort=at&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      walked.push(...seqs(page.items));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(await expected('true', 'a.at asc, a.seq asc'));
  });

  it('refuses an unknown sort, a page size not offered, a page too deep and a forged or foreign cursor with a field error', async () => {
    const fieldOf = async (query: string) => {
      const res = await admin.get(`/api/v1/audit?${query}`);
      expect(res.statusCode, query).toBe(400);
      return (res.json() as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path);
    };
    expect(await fieldOf('sort=hash')).toEqual(['query.sort']);
    expect(await fieldOf('pageSize=25')).toEqual(['query.pageSize']);
    expect(await fieldOf('page=0')).toEqual(['query.page']);
    expect(await fieldOf('page=501&pageSize=20')).toEqual(['query.page']);
    expect(await fieldOf('dateFrom=2026-02-30')).toEqual(['query.dateFrom']);
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(await fieldOf(`cursor=${forge(['-seq', 'x', 1])}`)).toEqual(['query.cursor']);
    expect(await fieldOf(`cursor=${forge([2 ** 60, 2 ** 60])}`)).toEqual(['query.cursor']);
    const atCursor = (await list(admin, 'sort=at&limit=2')).nextCursor!;
    expect(await fieldOf(`sort=-seq&cursor=${atCursor}`)).toEqual(['query.cursor']);
  });

  it('shows the head-office auditor and the admin the whole trail; a city supervisor only the city; a clerk nothing', async () => {
    const all = await expected('true', 'a.seq desc', 100);
    expect(seqs((await list(admin, 'pageSize=100')).items)).toEqual(all);
    const scoped = await expected(await inSubtree('HO'), 'a.seq desc', 100);
    expect(seqs((await list(auditor, 'pageSize=100')).items)).toEqual(scoped);

    const gz = await list(supervisor, 'pageSize=100');
    const inGz = await expected(await inSubtree('GZ'), 'a.seq desc');
    expect(seqs(gz.items)).toEqual(inGz.slice(0, 100));
    expect(gz.total).toBe(inGz.length);
    expect(seqs(gz.items)).not.toContain(written.sz01Client);
    // A filter for another city is empty, not a way round the scope.
    expect(await list(supervisor, `orgUnitId=${await t.orgId('SZ')}`)).toMatchObject({ items: [], total: 0 });
    expect(await list(supervisor, 'entityType=client&entityId=77')).toMatchObject({ total: 1, items: [{ seq: written.gz02Client }] });

    const clerk = await t.login('gz01.clerk');
    expect((await clerk.get('/api/v1/audit')).statusCode).toBe(403);
  });
});
