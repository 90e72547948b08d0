import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';

// The user list on the one list contract (issue 11, item 4): sorts with id as tie-breaker, filters, pages with the total.
describe('the user list: sort, filter, page, count', () => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const list = async (query: string) => {
    const res = await admin.get(`/api/v1/users?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: number; username: string }[]; total: number; totalExact: boolean; page: number; pageSize: number };
  };
  const expected = async (where: string, order: string, limit = 100, offset = 0) =>
    (await sql<{ id: number }>`select u.id from app_user u join org_unit o on o.id = u.org_unit_id where ${sql.raw(where)} order by ${sql.raw(order)} limit ${limit} offset ${offset}`.execute(t.db)).rows.map((r) => r.id);
  const ids = (items: { id: number }[]) => items.map((i) => i.id);

  it('sorts by username, name, org unit and creation both ways, ties by id', async () => {
    for (const [name, expr] of Object.entries({ username: 'u.username', displayName: 'u.display_name', orgUnit: 'u.org_unit_id', createdAt: 'u.created_at' })) {
      for (const dir of ['asc', 'desc'] as const) {
        const sort = dir === 'desc' ? `-${name}` : name;
        expect(ids((await list(`sort=${sort}&pageSize=50`)).items), sort).toEqual(await expected('true', `${expr} ${dir}, u.id ${dir}`, 50));
      }
    }
  });

  it('filters by org unit (and below), status and name, with the exact total and pages', async () => {
    const gz = await t.orgId('GZ');
    const inGz = `o.path like (select path from org_unit where id = ${gz}) || '%'`;
    const total = (await sql<{ n: number }>`select count(*)::int as n from app_user u join org_unit o on o.id = u.org_unit_id where ${sql.raw(inGz)}`.execute(t.db)).rows[0]!.n;
    const second = await list(`orgUnitId=${gz}&sort=username&page=2&pageSize=10`);
    expect(second).toMatchObject({ total, totalExact: true, page: 2, pageSize: 10 });
    expect(ids(second.items)).toEqual(await expected(inGz, 'u.username, u.id', 10, 10));
    const agents = await list('q=agent1&status=active&pageSize=100');
    expect(agents.items.length).toBeGreaterThan(0);
    expect(agents.items.every((u) => u.username.includes('agent1'))).toBe(true);
    expect(agents.total).toBe(agents.items.length);
    expect((await admin.get('/api/v1/users?sort=password')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/users?pageSize=25')).statusCode).toBe(400);
  });

  it('newest first for a scope of several units reads the newest of each unit and merges them: the same pages and walk as one plain sort', async () => {
    // Creation times that interleave the units (the demo makes its users in one transaction: one time).
    await sql`update app_user set created_at = timestamptz '2026-01-01' + ((id * 37) % 11) * interval '1 hour'`.execute(t.db);
    const supervisor = await t.login('gz.supervisor');
    const gzUnits = `u.org_unit_id in (select id from org_unit where path like (select path from org_unit where code = 'GZ') || '%')`;
    const units = (await sql<{ n: number }>`select count(distinct u.org_unit_id)::int as n from app_user u where ${sql.raw(gzUnits)}`.execute(t.db)).rows[0]!.n;
    expect(units).toBeGreaterThan(1); // the per-unit read is what is tested
    const get = async (query: string) => {
      const res = await supervisor.get(`/api/v1/users?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: { id: number; roles: { role: string }[] }[]; total: number; nextCursor: string | null };
    };
    for (const dir of ['asc', 'desc'] as const) {
      const sort = dir === 'desc' ? '-createdAt' : 'createdAt';
      for (const page of [1, 2, 3]) {
        const answer = await get(`sort=${sort}&page=${page}&pageSize=10`);
        expect(ids(answer.items), `${sort} page ${page}`).toEqual(await expected(gzUnits, `u.created_at ${dir}, u.id ${dir}`, 10, (page - 1) * 10));
      }
      const walked: number[] = [];
      let cursor: string | null = null;
      do {
        const answer = await get(`sort=${sort}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        walked.push(...ids(answer.items));
        cursor = answer.nextCursor;
      } while (cursor);
      expect(walked, `${sort} walk`).toEqual(await expected(gzUnits, `u.created_at ${dir}, u.id ${dir}`, 10_000));
    }
    const first = await get('pageSize=10');
    expect(first.total).toBe((await sql<{ n: number }>`select count(*)::int as n from app_user u where ${sql.raw(gzUnits)}`.execute(t.db)).rows[0]!.n);
    // The roles come with each user (read in the page's statement).
    expect(first.items.every((u) => u.roles.length > 0)).toBe(true);
  });
});
