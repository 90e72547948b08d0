import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { COUNT_LIMITS } from '../../platform/db/count-rows.js';

// The client list (issue 11, item 4): sorts with id as tie-breaker, each filter, pages with a total,
// bad input refused, the scope kept, and the export of exactly what the list shows.
describe('the client list: sort, filter, page, count, export', () => {
  let t: TestApp;
  let supervisor: Client;
  let agent: Client;
  let gz01: number;
  let gdScope: string;

  beforeAll(async () => {
    t = await createTestApp();
    supervisor = await t.login('gd.supervisor');
    agent = await t.login('gz01.agent1');
    gz01 = await t.orgId('GZ01');
    gdScope = `c.org_unit_id in (select id from org_unit where path like (select path from org_unit where id = ${await t.orgId('GD')}) || '%') and c.merged_into_id is null`;
  });
  afterAll(() => t.close());

  const list = async (c: Client, query: string) => {
    const res = await c.get(`/api/v1/clients?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: number }[]; total: number; totalExact: boolean; page: number; pageSize: number; nextCursor: string | null };
  };
  const ids = (items: { id: number }[]) => items.map((i) => i.id);
  const expected = async (where: string, order: string, limit = 100, offset = 0) =>
    (await sql<{ id: number }>`select id from client c where ${sql.raw(gdScope)} and ${sql.raw(where)} order by ${sql.raw(order)} limit ${limit} offset ${offset}`.execute(t.db)).rows.map((r) => r.id);
  const count = async (where: string) => (await sql<{ n: number }>`select count(*)::int as n from client c where ${sql.raw(gdScope)} and ${sql.raw(where)}`.execute(t.db)).rows[0]!.n;

  it('sorts by name, creation and org unit both ways (ties by id), newest first by default', async () => {
    for (const [name, expr] of Object.entries({ name: 'c.name', createdAt: 'c.created_at', orgUnit: 'c.org_unit_id' })) {
      for (const dir of ['asc', 'desc'] as const) {
        const sort = dir === 'desc' ? `-${name}` : name;
        const want = await expected('true', `${expr} ${dir}, c.id ${dir}`);
        expect(ids((await list(supervisor, `sort=${sort}&pageSize=100`)).items), sort).toEqual(want);
        const first = await list(supervisor, `sort=${sort}&limit=40`);
        const second = await list(supervisor, `sort=${sort}&limit=40&cursor=${first.nextCursor}`);
        expect([...ids(first.items), ...ids(second.items)], `${sort} by cursor`).toEqual(want.slice(0, 80));
      }
    }
    expect(ids((await list(supervisor, 'pageSize=20&page=2')).items)).toEqual(await expected('true', 'c.created_at desc, c.id desc', 20, 20));
  });

  it('filters by agent, org unit, kind, archive state and created / first-contact dates, with exact totals', async () => {
    const sample = (await sql<{ agent_id: number; day: string }>`
      select agent_id, (first_contact_at at time zone 'Asia/Shanghai')::date::text as day from client where agent_id is not null order by id limit 1`.execute(t.db)).rows[0]!;
    const created = (await sql<{ day: string }>`select (max(created_at) at time zone 'Asia/Shanghai')::date::text as day from client`.execute(t.db)).rows[0]!.day;
    const beijingDay = (col: string) => `(${col} at time zone 'Asia/Shanghai')::date`;
    const cases: [string, string][] = [
      [`agentId=${sample.agent_id}`, `c.agent_id = ${sample.agent_id}`],
      [`orgUnitId=${await t.orgId('GZ')}`, `c.org_unit_id in (select id from org_unit where path like '%/GZ/%')`],
      ['kind=organisation', `c.kind = 'organisation'`],
      ['archive=complete', 'c.archived_at is not null'],
      ['archive=incomplete', 'c.archived_at is null'],
      [`firstContactFrom=${sample.day}&firstContactTo=${sample.day}`, `${beijingDay('c.first_contact_at')} = '${sample.day}'`],
      [`createdFrom=${created}`, `${beijingDay('c.created_at')} >= '${created}'`],
      [`createdTo=2000-01-01`, 'false'],
    ];
    for (const [query, where] of cases) {
      const got = await list(supervisor, `${query}&pageSize=100&sort=name`);
      expect(got.total, query).toBe(await count(where));
      expect(ids(got.items), query).toEqual(await expected(where, 'c.name, c.id'));
    }
  });

  it('keeps the scope, estimates a large total and refuses bad input', async () => {
    const mine = await list(agent, 'pageSize=10');
    expect(mine.total).toBe(await count(`c.org_unit_id = ${gz01}`));
    expect((await list(agent, `orgUnitId=${await t.orgId('SZ01')}`)).total).toBe(0);
    const exactUpTo = COUNT_LIMITS.exactUpTo;
    COUNT_LIMITS.exactUpTo = 3;
    try {
      const big = await list(supervisor, 'pageSize=10');
      expect([big.totalExact, big.total > 3]).toEqual([false, true]);
    } finally {
      COUNT_LIMITS.exactUpTo = exactUpTo;
    }
    for (const [query, path] of [['sort=mobile', 'query.sort'], ['pageSize=7', 'query.pageSize'], ['archive=yes', 'query.archive'], ['createdFrom=1899-12-31', 'query.createdFrom'], ['orgUnitId=x', 'query.orgUnitId']]) {
      const res = await supervisor.get(`/api/v1/clients?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path), query).toContain(path);
    }
  });

  it('exports the list as shown (filters and sort) or the selected rows', async () => {
    const names = async (query: string) => {
      const res = await supervisor.get(`/api/v1/clients/export.xlsx?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const rows: unknown[] = [];
      workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[])[1]));
      return rows.slice(1);
    };
    expect(await names(`orgUnitId=${gz01}&sort=name`)).toEqual(await expected(`c.org_unit_id = ${gz01}`, 'c.name, c.id', 100_000));
    const chosen = ids((await list(supervisor, 'sort=-name&pageSize=10')).items).slice(2, 5);
    expect(await names(`sort=-name&${chosen.map((id) => `ids=${id}`).join('&')}`)).toEqual(chosen);
  });
});
