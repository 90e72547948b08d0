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
});
