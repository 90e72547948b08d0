import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { csvText } from '../../platform/spreadsheet/index.js';
import { fillClientNameKeys } from './fill-client-name-keys.js';
import { clientNameKeys } from './name-keys.js';

// Issue 11 item 6: the header search by 尾号 (the last four digits of a mobile, within scope —
// R-SE-1, R-CL-6: the masked form shows them anyway) and by a name's pinyin or its initials.
describe('searching clients by mobile tail and pinyin', () => {
  let t: TestApp;
  let agent: Client;
  let gz01: number;
  type Found = { matchedBy: string; items: { id: number; name: string; mobile: string | null }[] };
  const search = async (c: Client, q: string): Promise<Found> => (await c.get(`/api/v1/clients/search?limit=100&q=${encodeURIComponent(q)}`)).json();
  const create = async (c: Client, body: Record<string, unknown>) => {
    const res = await c.post('/api/v1/clients', { kind: 'person', confirmDuplicate: true, ...body });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().client as { id: number; version: number };
  };
  const keysOf = (id: number) => t.db.selectFrom('client').select(['name_pinyin', 'name_initials']).where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login('gz01.agent1');
    gz01 = await t.orgId('GZ01');
  });
  afterAll(() => t.close());

  it('finds by the last four digits of the mobile in scope only; a client of another office is not found (R-SE-1)', async () => {
    const mine = await create(agent, { orgUnitId: gz01, name: '尾号甲', mobile: '13912347391' });
    const other = await create(await t.login('sz01.agent1'), { orgUnitId: await t.orgId('SZ01'), name: '尾号乙', mobile: '13712347391' });
    const found = await search(agent, '7391');
    expect(found.matchedBy).toBe('mobileTail');
    expect(found.items.map((c) => c.id)).toContain(mine.id);
    expect(found.items.map((c) => c.id)).not.toContain(other.id);
    for (const c of found.items) expect(c.mobile).toMatch(/^\d{3}\*{4}7391$/);
    // Full-width digits read as digits; a tail nobody has finds nothing.
    expect((await search(agent, '７３９１')).items.map((c) => c.id)).toContain(mine.id);
    // The province's supervisor sees both offices.
    const all = (await search(await t.login('gd.supervisor'), '7391')).items.map((c) => c.id);
    expect(all).toEqual(expect.arrayContaining([mine.id, other.id]));
  });

  it('finds a name by its full pinyin and by its initials, with how it matched', async () => {
    const c = await create(agent, { orgUnitId: gz01, name: '王小明', mobile: '13912340001' });
    const zeng = await create(agent, { orgUnitId: gz01, name: '曾蓓蓓', mobile: '13912340002' });
    expect((await search(agent, 'wangxiao')).items.map((x) => x.id)).toContain(c.id);
    expect((await search(agent, 'Wang Xiao Ming')).items.map((x) => x.id)).toContain(c.id);
    const byInitials = await search(agent, 'wxm');
    expect(byInitials.items.map((x) => x.id)).toContain(c.id);
    expect(byInitials.items.every((x) => clientNameKeys(x.name).initials.startsWith('wxm'))).toBe(true);
    // 曾 as a surname is zeng, not ceng.
    expect(await search(agent, 'zengbei')).toMatchObject({ matchedBy: 'pinyin' });
    expect((await search(agent, 'zengbei')).items.map((x) => x.id)).toContain(zeng.id);
    expect((await search(agent, 'zbb')).items.map((x) => x.id)).toContain(zeng.id);
    expect((await search(agent, 'cengbei')).items.map((x) => x.id)).not.toContain(zeng.id);
    // Out of scope: another office's agent does not find them by pinyin.
    expect((await search(await t.login('sz01.agent1'), 'wxm')).items.map((x) => x.id)).not.toContain(c.id);
  });

  it('answers a term only initials can start as found by initials', async () => {
    const c = await create(agent, { orgUnitId: gz01, name: '蔺鬯', mobile: '13912340003' });
    const found = await search(agent, 'lc');
    expect(found.items.map((x) => x.id)).toContain(c.id);
    // No name or pinyin starts with "lc" (no syllable does): every hit is by initials.
    expect(found.matchedBy).toBe('initials');
    expect(found.items.every((x) => clientNameKeys(x.name).initials.startsWith('lc'))).toBe(true);
  });

  it('reads a tail, a pinyin prefix and an initials prefix from their indexes, not by reading every client', async () => {
    const plan = (query: string) => t.db.transaction().execute(async (trx) => {
      // The test database is small enough for a sequential scan to win: forbidden, any index the
      // condition cannot use shows as a Seq Scan all the same.
      await sql`set local enable_seqscan = off`.execute(trx);
      const { rows } = await sql<{ 'QUERY PLAN': string }>`${sql.raw(`explain ${query}`)}`.execute(trx);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    const scope = `org_unit_id = any('{${gz01}}'::int[]) and merged_into_id is null`;
    expect(await plan(`select id from client c where right(c.mobile_masked, 4) = '7391' and ${scope}`)).toContain('client_mobile_tail_idx');
    for (const [column, prefix] of [['name_pinyin', 'wangxiao%'], ['name_initials', 'wxm%']]) {
      const p = await plan(`select id from client c where c.${column} like '${prefix}' and ${scope} order by c.${column}, c.id limit 20`);
      expect(p).toMatch(column === 'name_pinyin' ? /client_(org_)?pinyin_idx/ : /client_(org_)?initials_idx/);
      expect(p).not.toContain('Seq Scan');
    }
  });

  it('writes the keys with the name on create and on a rename', async () => {
    const c = await create(agent, { orgUnitId: gz01, name: '单田芳', mobile: '13912340004' });
    expect(await keysOf(c.id)).toEqual({ name_pinyin: 'shantianfang', name_initials: 'stf' });
    const res = await agent.patch(`/api/v1/clients/${c.id}`, { version: c.version, name: '解晓东' });
    expect(res.statusCode).toBe(200);
    expect(await keysOf(c.id)).toEqual({ name_pinyin: 'xiexiaodong', name_initials: 'xxd' });
    expect((await search(agent, 'xxd')).items.map((x) => x.id)).toContain(c.id);
  });

  it('writes the keys for imported clients (batched commit)', async () => {
    const clerk = await t.login('gz01.clerk');
    const file = csvText([['姓名/名称', '手机号'], ['欧阳导入', '13912340005']]);
    const upload = (path: string) => clerk.request('POST', `/api/v1/imports/clients/${path}`, Buffer.from(file), { 'content-type': 'application/octet-stream' });
    expect((await upload('commit')).json()).toMatchObject({ committed: true, created: 1 });
    const row = await t.db.selectFrom('client').select(['id', 'name_pinyin', 'name_initials']).where('name', '=', '欧阳导入').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name_pinyin: 'ouyangdaoru', name_initials: 'oydr' });
  });

  it('the demo clients carry their keys, and the start fills keys missing from older rows', async () => {
    const demo = await t.db.selectFrom('client').select(['id', 'name', 'kind', 'name_pinyin', 'name_initials']).orderBy('id').limit(50).execute();
    expect(demo.length).toBeGreaterThan(10);
    for (const r of demo) expect({ name_pinyin: r.name_pinyin, name_initials: r.name_initials }).toEqual(
      { name_pinyin: clientNameKeys(r.name, r.kind).pinyin, name_initials: clientNameKeys(r.name, r.kind).initials });
    // A row written before the migration: no keys until the start's fill step.
    await sql`update client set name_pinyin = null, name_initials = null where id = any(${demo.slice(0, 3).map((r) => r.id)}::int[])`.execute(t.db);
    expect(await fillClientNameKeys(t.db)).toEqual({ filled: 3 });
    expect(await keysOf(demo[0]!.id)).toEqual({ name_pinyin: clientNameKeys(demo[0]!.name, demo[0]!.kind).pinyin, name_initials: clientNameKeys(demo[0]!.name, demo[0]!.kind).initials });
    expect(await fillClientNameKeys(t.db)).toEqual({ filled: 0 });
  });
});
