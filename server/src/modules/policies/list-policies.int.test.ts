import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { COUNT_LIMITS } from '../../platform/db/count-rows.js';
import { beijingDate } from '../../platform/time/beijing.js';

// The policy list (issue 11, item 4): sorts with id as tie-breaker, each filter, pages with a total
// (exact, or estimated past the threshold), bad input refused with the one error shape, the scope kept,
// and the export of exactly what the list shows.
describe('the policy list: sort, filter, page, count, export', () => {
  let t: TestApp;
  // The province supervisor: policy.read over the whole demo tree.
  let admin: Client;
  let gdScope: string;
  let agent: Client;
  let gz01: number;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('gd.supervisor');
    gdScope = `p.org_unit_id in (select id from org_unit where path like (select path from org_unit where id = ${await t.orgId('GD')}) || '%')`;
    agent = await t.login('gz01.agent1');
    gz01 = await t.orgId('GZ01');
  });
  afterAll(() => t.close());

  const list = async (c: Client, query: string) => {
    const res = await c.get(`/api/v1/policies?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: number }[]; total: number; totalExact: boolean; page: number; pageSize: number; nextCursor: string | null };
  };
  const ids = (items: { id: number }[]) => items.map((i) => i.id);
  const expected = async (where: string, order: string, limit = 100, offset = 0) =>
    (await sql<{ id: number }>`select id from policy p where ${sql.raw(gdScope)} and ${sql.raw(where)} order by ${sql.raw(order)} limit ${limit} offset ${offset}`.execute(t.db)).rows.map((r) => r.id);
  const count = async (where: string) => (await sql<{ n: number }>`select count(*)::int as n from policy p where ${sql.raw(gdScope)} and ${sql.raw(where)}`.execute(t.db)).rows[0]!.n;

  const SORTS: Record<string, string> = {
    effectiveDate: 'p.effective_date',
    endDate: "coalesce(p.end_date, date '9999-12-31')",
    receivedAt: 'p.received_at',
    premium: 'p.premium',
    policyNumber: 'p.policy_number',
  };

  it('sorts by each offered column both ways, ties broken by id, and a cursor walk follows the same order', async () => {
    for (const [name, expr] of Object.entries(SORTS)) {
      for (const dir of ['asc', 'desc'] as const) {
        const sort = dir === 'desc' ? `-${name}` : name;
        const want = await expected('true', `${expr} ${dir}, p.id ${dir}`);
        expect(ids((await list(admin, `sort=${sort}&pageSize=100`)).items), sort).toEqual(want);
        // Keyset underneath: three cursor pages of 30 are the first 90 of the same order.
        const walked: number[] = [];
        let cursor: string | null = null;
        for (let i = 0; i < 3; i++) {
          const page = await list(admin, `sort=${sort}&limit=30${cursor ? `&cursor=${cursor}` : ''}`);
          walked.push(...ids(page.items));
          cursor = page.nextCursor;
        }
        expect(walked, `${sort} by cursor`).toEqual(want.slice(0, 90));
      }
    }
    // The default: latest effective date first.
    expect(ids((await list(admin, 'pageSize=50')).items)).toEqual(await expected('true', 'p.effective_date desc, p.id desc', 50));
  });

  it('pages with a page size and an exact total', async () => {
    const total = await count('true');
    const third = await list(admin, 'sort=premium&page=3&pageSize=10');
    expect(third).toMatchObject({ total, totalExact: true, page: 3, pageSize: 10 });
    expect(ids(third.items)).toEqual(await expected('true', 'p.premium asc, p.id asc', 10, 20));
    const beyond = await list(admin, `page=${Math.ceil(total / 100) + 1}&pageSize=100`);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(total);
  });

  it('filters by agent, org unit (with the units below it), state, insurer, line, dates and ending within N days', async () => {
    const sample = (await sql<{ agent_id: number; insurer_id: number; state: string; line_of_business: string; effective_date: string }>`
      select agent_id, insurer_id, state, line_of_business, effective_date::text from policy order by id limit 1`.execute(t.db)).rows[0]!;
    const gz = await t.orgId('GZ');
    const today = beijingDate(Date.now());
    const cases: [string, string][] = [
      [`agentId=${sample.agent_id}`, `p.agent_id = ${sample.agent_id}`],
      [`orgUnitId=${gz01}`, `p.org_unit_id = ${gz01}`],
      [`orgUnitId=${gz}`, `p.org_unit_id in (select id from org_unit where path like (select path from org_unit where id = ${gz}) || '%')`],
      [`state=${sample.state}`, `p.state = '${sample.state}'`],
      [`insurerId=${sample.insurer_id}`, `p.insurer_id = ${sample.insurer_id}`],
      [`lineOfBusiness=${sample.line_of_business}`, `p.line_of_business = '${sample.line_of_business}'`],
      [`effectiveFrom=${sample.effective_date}&effectiveTo=${sample.effective_date}`, `p.effective_date = '${sample.effective_date}'`],
      [`endFrom=${today}&endTo=2199-12-31`, `p.end_date >= '${today}'`],
      [`endingWithinDays=90`, `p.end_date between '${today}'::date and '${today}'::date + 90 and p.state in ('verified', 'in_force')`],
      [`state=in_force&lineOfBusiness=${sample.line_of_business}`, `p.state = 'in_force' and p.line_of_business = '${sample.line_of_business}'`],
    ];
    for (const [query, where] of cases) {
      const n = await count(where);
      const got = await list(admin, `${query}&pageSize=100`);
      expect(got.total, query).toBe(n);
      expect(ids(got.items), query).toEqual(await expected(where, 'p.effective_date desc, p.id desc'));
    }
    expect((await list(admin, `orgUnitId=${gz}&pageSize=10`)).total).toBeGreaterThan((await list(admin, `orgUnitId=${gz01}&pageSize=10`)).total);
  });

  it('keeps the scope: an agent of GZ01 counts and lists only GZ01, and an org unit outside it finds nothing', async () => {
    const mine = await list(agent, 'pageSize=100&sort=policyNumber');
    expect(mine.total).toBe(await count(`p.org_unit_id = ${gz01}`));
    expect(ids(mine.items)).toEqual(await expected(`p.org_unit_id = ${gz01}`, 'p.policy_number asc, p.id asc'));
    const sz = await list(agent, `orgUnitId=${await t.orgId('SZ01')}`);
    expect([sz.total, sz.items]).toEqual([0, []]);
  });

  it('estimates the total past the threshold and says so', async () => {
    const exactUpTo = COUNT_LIMITS.exactUpTo;
    COUNT_LIMITS.exactUpTo = 5;
    try {
      const big = await list(admin, 'pageSize=10');
      expect(big.totalExact).toBe(false);
      expect(big.total).toBeGreaterThan(5);
      expect(big.items).toHaveLength(10);
      const small = await list(admin, `number=${encodeURIComponent('NO-SUCH-')}`);
      expect([small.total, small.totalExact]).toEqual([0, true]);
    } finally {
      COUNT_LIMITS.exactUpTo = exactUpTo;
    }
    expect((await list(admin, 'pageSize=10')).totalExact).toBe(true);
  });

  it('does not count when the planner already expects more rows than estimateFrom: the estimate is the total, said so', async () => {
    const saved = { ...COUNT_LIMITS };
    Object.assign(COUNT_LIMITS, { exactUpTo: 1_000_000, estimateFrom: 1 });
    try {
      const big = await list(admin, 'pageSize=10');
      expect(big.totalExact).toBe(false);
      expect(big.total).toBeGreaterThan(1);
      // An answer the planner expects to be tiny is still counted exactly.
      const none = await list(admin, `number=${encodeURIComponent('NO-SUCH-')}`);
      expect([none.total, none.totalExact]).toEqual([0, true]);
    } finally {
      Object.assign(COUNT_LIMITS, saved);
    }
  });

  it('refuses a sort it does not offer, a page size or page out of range, a bad date and a cursor of another sort (400, the one error shape)', async () => {
    const bad = async (query: string, path: string, lang = 'zh-CN') => {
      const res = await admin.get(`/api/v1/policies?${query}`, { 'accept-language': lang });
      expect(res.statusCode, query).toBe(400);
      const error = res.json().error as { code: string; fields: { path: string; message: string }[] };
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.fields.map((f) => f.path), query).toContain(path);
      return error.fields.find((f) => f.path === path)!.message;
    };
    await bad('sort=holderName', 'query.sort');
    await bad('sort=--premium', 'query.sort');
    await bad('pageSize=15', 'query.pageSize');
    await bad('pageSize=1000', 'query.pageSize');
    await bad('page=0', 'query.page');
    expect(await bad('page=200&pageSize=100', 'query.page')).toContain('10000');
    expect(await bad('page=200&pageSize=100', 'query.page', 'en')).toContain('narrow the filters');
    await bad('effectiveFrom=2026-02-30', 'query.effectiveFrom');
    await bad('agentId=0', 'query.agentId');
    await bad('endingWithinDays=0', 'query.endingWithinDays');
    const { nextCursor } = await list(admin, 'sort=premium&limit=5');
    await bad(`sort=-effectiveDate&cursor=${nextCursor}`, 'query.cursor');
    const forged = Buffer.from(JSON.stringify(['premium', 'DROP', 1])).toString('base64url');
    await bad(`sort=premium&cursor=${forged}`, 'query.cursor');
  });

  it('exports exactly what the list shows, in its order, or only the selected rows', async () => {
    const rowsOf = async (query: string) => {
      const res = await admin.get(`/api/v1/policies/export.xlsx?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows.slice(1).map((r) => r[0]);
    };
    const internalNos = async (where: string, order: string) =>
      (await sql<{ internal_no: string }>`select internal_no from policy p where ${sql.raw(gdScope)} and ${sql.raw(where)} order by ${sql.raw(order)}`.execute(t.db)).rows.map((r) => r.internal_no);
    expect(await rowsOf(`orgUnitId=${gz01}&sort=-premium`)).toEqual(await internalNos(`p.org_unit_id = ${gz01}`, 'p.premium desc, p.id desc'));
    const chosen = ids((await list(admin, 'sort=policyNumber&pageSize=10')).items).slice(0, 3);
    expect(await rowsOf(`sort=policyNumber&${chosen.map((id) => `ids=${id}`).join('&')}`)).toEqual(
      await internalNos(`p.id in (${chosen.join(',')})`, 'p.policy_number, p.id'),
    );
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'policy.export').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(entry.after).toMatchObject({ filters: { sort: 'policyNumber', ids: chosen } });
    expect((await admin.get('/api/v1/policies/export.xlsx?ids=0')).statusCode).toBe(400);
  });
});
