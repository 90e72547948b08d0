import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';

type Agent = { id: number; displayName: string; orgUnitId: number; orgUnitName: string };

// The agent picker: agents are found only within the caller's scope (SPEC §0, R-SE-1).
describe('finding agents for the agent picker', () => {
  let t: TestApp;
  let supervisor: Client;
  let gz01: number;
  let gz02: number;
  let sz01: number;

  const agents = async (c: Client, query = '') => {
    const res = await c.get(`/api/v1/agents${query}`);
    expect(res.statusCode).toBe(200);
    return (res.json() as { items: Agent[] }).items;
  };

  beforeAll(async () => {
    t = await createTestApp();
    supervisor = await t.login('gz.supervisor');
    gz01 = await t.orgId('GZ01');
    gz02 = await t.orgId('GZ02');
    sz01 = await t.orgId('SZ01');
  });
  afterAll(() => t.close());

  it("lists an agent of an office to the city's supervisor, and not a sibling city's agent", async () => {
    const listed = await agents(supervisor, '?limit=100');
    const ids = listed.map((a) => a.id);
    expect(ids).toContain(await t.userId('gz01.agent1'));
    expect(ids).toContain(await t.userId('gz02.agent1'));
    expect(ids).not.toContain(await t.userId('sz01.agent1'));
    expect(new Set(listed.map((a) => a.orgUnitId))).toEqual(new Set([gz01, gz02]));
    expect(listed.find((a) => a.orgUnitId === gz01)).toMatchObject({ orgUnitName: '天河营业部' });
  });

  it('lists only holders of the agent role who are active, by part of the name', async () => {
    const ids = (await agents(supervisor, '?limit=100')).map((a) => a.id);
    expect(ids).not.toContain(await t.userId('gz.claims'));
    expect(ids).not.toContain(await t.userId('gz01.clerk'));

    const agent2 = await t.userId('gz01.agent2');
    const row = await t.db.selectFrom('app_user').select('display_name').where('id', '=', agent2).executeTakeFirstOrThrow();
    const byName = await agents(supervisor, `?q=${encodeURIComponent(row.display_name.slice(1))}`);
    expect(byName.map((a) => a.id)).toContain(agent2);
    expect((await agents(supervisor, '?q=gz01.agent')).map((a) => a.id).sort()).toEqual([await t.userId('gz01.agent1'), agent2].sort());

    await t.db.updateTable('app_user').set({ status: 'disabled' }).where('id', '=', agent2).execute();
    try {
      expect((await agents(supervisor, '?q=gz01.agent')).map((a) => a.id)).toEqual([await t.userId('gz01.agent1')]);
    } finally {
      await t.db.updateTable('app_user').set({ status: 'active' }).where('id', '=', agent2).execute();
    }
  });

  it('narrows to one office; an office outside the scope gives nothing', async () => {
    const inOffice = await agents(supervisor, `?orgUnitId=${gz01}`);
    expect(inOffice.length).toBeGreaterThan(0);
    expect(new Set(inOffice.map((a) => a.orgUnitId))).toEqual(new Set([gz01]));
    expect(await agents(supervisor, `?orgUnitId=${sz01}`)).toEqual([]);
    // An agent sees the agents of their own office only.
    const agent = await t.login('gz01.agent1');
    expect(new Set((await agents(agent)).map((a) => a.orgUnitId))).toEqual(new Set([gz01]));
  });

  it('is refused to a role that does not read clients', async () => {
    const admin = await t.login('gd.admin');
    expect((await admin.get('/api/v1/agents')).statusCode).toBe(403);
  });
});
