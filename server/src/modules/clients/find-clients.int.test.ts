import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { CARE_LIST } from './find-birthdays.js';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { residentId } from '../../../../tests/helpers/client-test-ids.js';

// Finding clients within one's scope, revealing personal data, merging, links and the care list (R-CL-3..6, R-SE-1).
describe('finding and keeping client archives', () => {
  let t: TestApp;
  let agent: Client;
  let agent2: Client;
  let supervisor: Client;
  let gz01: number;
  const idA = residentId('44010619850312002');
  const idS = residentId('44030519851120001');
  let a: { id: number }, b: { id: number }, s: { id: number };

  const create = async (c: Client, body: Record<string, unknown>) => {
    const res = await c.post('/api/v1/clients', { kind: 'person', ...body });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().client as { id: number; version: number };
  };

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login('gz01.agent1');
    agent2 = await t.login('gz01.agent2');
    supervisor = await t.login('gz.supervisor');
    gz01 = await t.orgId('GZ01');
    a = await create(agent, { orgUnitId: gz01, name: '欧阳娜', idNumber: idA, mobile: '13800001111' });
    b = await create(agent, { orgUnitId: gz01, name: '欧阳明', mobile: '13800002222' });
    s = await create(await t.login('sz01.agent1'), { orgUnitId: await t.orgId('SZ01'), name: '欧阳深', idNumber: idS, mobile: '13800003333' });
  });
  afterAll(() => t.close());

  const search = async (c: Client, q: string) => (await c.get(`/api/v1/clients/search?q=${encodeURIComponent(q)}`)).json();
  const ids = (items: { id: number }[]) => items.map((i) => i.id);

  // Blind indexes are hex: they are checked for the clear values, not for digit patterns that hex may hold by chance.
  it('finds by mobile and by ID number exactly through the blind index, never by clear text in the table', async () => {
    expect(await search(agent, '138 0000 1111')).toMatchObject({ matchedBy: 'mobile', items: [{ id: a.id, mobile: '138****1111' }] });
    expect(await search(agent, idA.toLowerCase())).toMatchObject({ matchedBy: 'idNumber', items: [{ id: a.id }] });
    // No partial matching on personal data: part of a number finds nothing.
    expect((await search(agent, '1380000111')).items).toEqual([]);

    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from client
      where mobile_enc ~ '1[3-9][0-9]{9}' or id_number_enc ~ '[0-9]{17}'
         or mobile_bidx like '%13800001111%' or id_number_bidx like ${`%${idA}%`}`.execute(t.db);
    expect(rows[0]!.n).toBe(0);
  });

  it('finds by name prefix and by credit code, within scope only', async () => {
    expect(ids((await search(agent, '欧阳')).items).sort()).toEqual([a.id, b.id].sort());
    expect((await search(agent, '阳')).items).toEqual([]);
    expect((await search(agent, '13800003333')).items).toEqual([]);
    expect((await search(agent, idS)).items).toEqual([]);
    // No name starts so: the characters in order anywhere in the name (模糊查询), still within scope.
    const fuzzy = await search(agent, '欧娜');
    expect(fuzzy.matchedBy).toBe('nameFuzzy');
    expect(ids(fuzzy.items)).toContain(a.id);
    expect(ids(fuzzy.items)).not.toContain(b.id);
    expect(ids((await search(agent, '阳 明')).items)).toContain(b.id);
    expect(ids((await search(agent, '阳深')).items)).not.toContain(s.id);
    const org = await create(agent, { kind: 'organisation', orgUnitId: gz01, name: '深圳示例科技有限公司', unifiedCreditCode: '9144030071526726XG' });
    expect(await search(agent, '9144030071526726xg')).toMatchObject({ matchedBy: 'unifiedCreditCode', items: [{ id: org.id }] });
    // A credit code that is also a valid resident ID (one in 31 of those): no person has it, so the organisation is found.
    const twoWays = '440106197503150279';
    const org2 = await create(agent, { kind: 'organisation', orgUnitId: gz01, name: '广州两可文化有限公司', unifiedCreditCode: twoWays });
    expect(await search(agent, twoWays)).toMatchObject({ matchedBy: 'unifiedCreditCode', items: [{ id: org2.id }] });
  });

  it('an agent of GZ01 lists GZ01 clients, and a Shenzhen client by id is not found', async () => {
    const listed = (await agent.get('/api/v1/clients?limit=200')).json().items as { id: number; orgUnitId: number }[];
    expect(ids(listed)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(ids(listed)).not.toContain(s.id);
    expect(new Set(listed.map((c) => c.orgUnitId))).toEqual(new Set([gz01]));
    expect((await agent.get(`/api/v1/clients/${s.id}`)).statusCode).toBe(404);
    expect((await agent.patch(`/api/v1/clients/${s.id}`, { version: 1, occupation: 'x' })).statusCode).toBe(404);
    const page = (await agent.get('/api/v1/clients?limit=1')).json();
    const next = (await agent.get(`/api/v1/clients?limit=1&cursor=${page.nextCursor}`)).json();
    expect(next.items[0].id).toBeLessThan(page.items[0].id);
  });

  it('reveals a field in clear text only with pii.reveal, and writes the reveal to the audit trail', async () => {
    expect((await agent.post(`/api/v1/clients/${a.id}/reveal`, { field: 'idNumber' })).statusCode).toBe(403);
    const res = await supervisor.post(`/api/v1/clients/${a.id}/reveal`, { field: 'idNumber' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: idA });
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'pii.reveal').where('entity_type', '=', 'client').where('entity_id', '=', String(a.id)).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: supervisor.userId, org_unit_id: gz01, after: { field: 'idNumber', kind: 'idNumber' } });
    expect(JSON.stringify(entry)).not.toContain(idA);
    expect((await (await t.login('sz.supervisor')).post(`/api/v1/clients/${a.id}/reveal`, { field: 'mobile' })).statusCode).toBe(404);
  });

  it('links household members both ways, only within scope', async () => {
    const added = await agent.post(`/api/v1/clients/${a.id}/links`, { relatedClientId: b.id, relation: 'child' });
    expect(added.statusCode).toBe(201);
    expect(added.json().links).toEqual([{ id: expect.any(Number), clientId: b.id, name: '欧阳明', relation: 'child' }]);
    expect((await agent.get(`/api/v1/clients/${b.id}`)).json().links).toEqual([expect.objectContaining({ clientId: a.id, relation: 'parent' })]);
    const outside = await agent.post(`/api/v1/clients/${a.id}/links`, { relatedClientId: s.id, relation: 'spouse' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields).toEqual([{ path: 'relatedClientId', message: '客户不存在或不在您的管辖范围内' }]);
    const linkId = added.json().links[0].id;
    expect((await agent.request('DELETE', `/api/v1/clients/${b.id}/links/${linkId}`)).statusCode).toBe(204);
    expect((await agent.get(`/api/v1/clients/${a.id}`)).json().links).toEqual([]);
  });

  it('merging moves links and timeline to the survivor and keeps the duplicate, marked', async () => {
    const dup = await create(agent2, { orgUnitId: gz01, name: '欧阳娜', mobile: '13800009999' });
    await agent2.post(`/api/v1/clients/${dup.id}/links`, { relatedClientId: b.id, relation: 'spouse' });
    const changed = (await agent2.patch(`/api/v1/clients/${dup.id}`, { version: 1, occupation: '会计' })).json();

    const stale = await agent.post(`/api/v1/clients/${dup.id}/merge`, { intoId: a.id, version: 1 });
    expect(stale.statusCode).toBe(409);
    const merged = await agent.post(`/api/v1/clients/${dup.id}/merge`, { intoId: a.id, version: changed.version });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().id).toBe(a.id);

    const survivor = (await agent.get(`/api/v1/clients/${a.id}`)).json();
    expect(survivor.links).toEqual([expect.objectContaining({ clientId: b.id, relation: 'spouse' })]);
    const timeline = (await agent.get(`/api/v1/clients/${a.id}/timeline`)).json().items as { kind: string; at: string }[];
    expect(timeline[0]!.kind).toBe('client.merged');
    expect(timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['client.created', 'client.updated', 'client.link_added']));
    expect(timeline.filter((e) => e.kind === 'client.created')).toHaveLength(2);
    expect(timeline.map((e) => e.at)).toEqual([...timeline.map((e) => e.at)].sort().reverse());

    const old = (await agent.get(`/api/v1/clients/${dup.id}`)).json();
    expect(old).toMatchObject({ mergedIntoId: a.id, name: '欧阳娜', occupation: '会计' });
    expect((await agent.get(`/api/v1/clients/${dup.id}/timeline`)).json().items.map((e: { kind: string }) => e.kind)).toEqual(['client.merged_into']);
    expect(ids((await agent.get('/api/v1/clients?limit=200')).json().items)).not.toContain(dup.id);
    expect((await agent.patch(`/api/v1/clients/${dup.id}`, { version: old.version, occupation: 'x' })).statusCode).toBe(400);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'client.merge').where('entity_id', '=', String(dup.id)).executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ mergedIntoId: a.id, movedLinks: 1, mobile: '138****9999' });
    expect((await agent.post(`/api/v1/clients/${a.id}/merge`, { intoId: s.id, version: survivor.version })).statusCode).toBe(400);
  });

  it('lists birthdays of the coming days across a year end, and 29 February in common and leap years', async () => {
    const made = [
      await create(agent2, { orgUnitId: gz01, name: '岁末', birthDate: '1980-12-30' }),
      await create(agent2, { orgUnitId: gz01, name: '年初', birthDate: '1990-01-02' }),
      await create(agent2, { orgUnitId: gz01, name: '闰日', birthDate: '1988-02-29' }),
      await create(agent2, { orgUnitId: gz01, name: '月中', birthDate: '1970-01-10' }),
    ];
    // Only the clients made here: the demo data gives agent2 birthdays all year round too.
    const mine = new Set(made.map((m) => m.id));
    const care = async (c: Client, query: string) => {
      const body = (await c.get(`/api/v1/clients/care?agentId=${agent2.userId}&${query}`)).json();
      return { ...body, items: body.items.filter((i: { id: number }) => mine.has(i.id)) };
    };
    const yearEnd = await care(agent, 'days=7&from=2026-12-28');
    expect(yearEnd).toMatchObject({ from: '2026-12-28', to: '2027-01-03' });
    expect(yearEnd.items).toEqual([
      expect.objectContaining({ id: made[0]!.id, birthday: '2026-12-30', age: 46, inDays: 2, agentId: agent2.userId }),
      expect.objectContaining({ id: made[1]!.id, birthday: '2027-01-02', age: 37, inDays: 5 }),
    ]);
    expect((await care(agent, 'days=7&from=2027-02-25')).items).toEqual([expect.objectContaining({ id: made[2]!.id, birthday: '2027-02-28', age: 39 })]);
    expect((await care(agent, 'days=7&from=2028-02-25')).items).toEqual([expect.objectContaining({ id: made[2]!.id, birthday: '2028-02-29', age: 40 })]);
    expect((await care(agent, 'days=30&from=2026-12-28')).items.map((i: { id: number }) => i.id)).toEqual([made[0]!.id, made[1]!.id, made[3]!.id]);
    expect((await care(await t.login('sz01.agent1'), 'days=30&from=2026-12-28')).items).toEqual([]);
  });

  it('a branch\'s care list says how many birthdays there are and lists the first of them in date order (R-CL-5)', async () => {
    const body = (await supervisor.get('/api/v1/clients/care?days=60&from=2026-12-01')).json() as {
      total: number; items: { id: number; birthday: string; agentId: number | null }[];
    };
    const scope = await t.db.selectFrom('org_unit').select('id').where('path', 'like', '%/GZ/%').execute();
    const { n } = await t.db.selectFrom('client')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_unit_id', 'in', scope.map((u) => u.id)).where('merged_into_id', 'is', null)
      .where(sql<boolean>`(to_char(birth_date, 'MM-DD') between '12-01' and '12-31' or to_char(birth_date, 'MM-DD') between '01-01' and '01-29')`)
      .executeTakeFirstOrThrow();
    expect(body.total).toBe(Number(n));
    expect(body.total).toBeGreaterThan(0);
    expect(body.items).toHaveLength(Math.min(body.total, CARE_LIST.limit));
    const order = body.items.map((i) => `${i.birthday}/${String(i.agentId ?? 0).padStart(9, '0')}/${String(i.id).padStart(9, '0')}`);
    expect(order).toEqual([...order].sort());
    // Exactly the first of them, as a plain sort of the whole window has them (December before January).
    const first = await t.db.selectFrom('client')
      .select('id')
      .where('org_unit_id', 'in', scope.map((u) => u.id)).where('merged_into_id', 'is', null)
      .where(sql<boolean>`(to_char(birth_date, 'MM-DD') between '12-01' and '12-31' or to_char(birth_date, 'MM-DD') between '01-01' and '01-29')`)
      .orderBy(sql`to_char(birth_date, 'MM') = '01'`).orderBy(sql`to_char(birth_date, 'MM-DD')`).orderBy(sql`agent_id nulls first`).orderBy('id')
      .limit(CARE_LIST.limit)
      .execute();
    expect(body.items.map((i) => i.id)).toEqual(first.map((r) => r.id));
  });

  it('cuts a long care list at its first CARE_LIST.limit birthdays in date order, with the total of all', async () => {
    const saved = CARE_LIST.limit;
    CARE_LIST.limit = 20; // the demo's head office has a few dozen in these 60 days
    const body = await (async () => {
      try {
        return (await (await t.login('ho.auditor')).get('/api/v1/clients/care?days=60&from=2026-12-01')).json() as { total: number; items: { id: number }[] };
      } finally {
        CARE_LIST.limit = saved;
      }
    })();
    const first = await t.db.selectFrom('client')
      .select('id')
      .where('merged_into_id', 'is', null)
      .where(sql<boolean>`(to_char(birth_date, 'MM-DD') between '12-01' and '12-31' or to_char(birth_date, 'MM-DD') between '01-01' and '01-29')`)
      .orderBy(sql`to_char(birth_date, 'MM') = '01'`).orderBy(sql`to_char(birth_date, 'MM-DD')`).orderBy(sql`agent_id nulls first`).orderBy('id')
      .execute();
    expect(first.length).toBeGreaterThan(20); // more than the cut: the cut is tested
    expect(body.total).toBe(first.length);
    expect(body.items.map((i) => i.id)).toEqual(first.slice(0, 20).map((r) => r.id));
  });
});
