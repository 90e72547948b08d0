import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { residentId } from '../../../../tests/helpers/client-test-ids.js';

// Who may reveal which personal field of a client (R-CL-6, issue 11 item 7): the client's agent and the
// office's clerks the mobile and the address, pii.reveal every field; each reveal audited, each refusal with its reason.
describe('revealing a client’s personal fields', () => {
  let t: TestApp;
  let agent: Client, otherAgent: Client, clerk: Client, szClerk: Client, supervisor: Client;
  let own: { id: number }, others: { id: number };
  const idNumber = residentId('44010619850312002');

  const create = async (c: Client, body: Record<string, unknown>) => {
    const res = await c.post('/api/v1/clients', { kind: 'person', ...body });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().client as { id: number };
  };
  const reveals = (clientId: number, actorId: number) =>
    t.db.selectFrom('audit_log').selectAll().where('action', '=', 'pii.reveal').where('entity_type', '=', 'client')
      .where('entity_id', '=', String(clientId)).where('actor_id', '=', actorId).execute();

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login('gz01.agent1');
    otherAgent = await t.login('gz01.agent2');
    clerk = await t.login('gz01.clerk');
    szClerk = await t.login('sz01.clerk');
    supervisor = await t.login('gz.supervisor');
    const gz01 = await t.orgId('GZ01');
    own = await create(agent, { orgUnitId: gz01, agentId: agent.userId, name: '司马芳', idNumber, mobile: '13800005555', address: '广州市天河区体育西路 1 号' });
    others = await create(otherAgent, { orgUnitId: gz01, agentId: otherAgent.userId, name: '司马亮', mobile: '13800006666' });
  });
  afterAll(() => t.close());

  it('lets an agent reveal the mobile of their own client, audited, and says per field what they may reveal', async () => {
    const detail = (await agent.get(`/api/v1/clients/${own.id}`)).json();
    expect(detail).toMatchObject({ mobile: '138****5555', revealable: { idNumber: false, mobile: true, address: true } });
    const res = await agent.post(`/api/v1/clients/${own.id}/reveal`, { field: 'mobile' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: '13800005555' });
    const [entry, ...more] = await reveals(own.id, agent.userId);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ after: { field: 'mobile', kind: 'mobile' } });
    expect(JSON.stringify(entry)).not.toContain('13800005555');
  });

  it("refuses an agent another agent's client, and the ID number of their own, saying why (zh-CN and English)", async () => {
    expect((await agent.get(`/api/v1/clients/${others.id}`)).json().revealable).toEqual({ idNumber: false, mobile: false, address: false });
    const refused = await agent.post(`/api/v1/clients/${others.id}/reveal`, { field: 'mobile' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'REVEAL_MOBILE_NOT_ALLOWED', message: '只有客户的业务员或本营业部内勤可以查看手机号' });
    const en = await agent.request('POST', `/api/v1/clients/${others.id}/reveal`, { field: 'address' }, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(403);
    expect(en.json().error.message).toBe("Only the client's agent or the office's clerks may see the address");
    const idRefused = await agent.post(`/api/v1/clients/${own.id}/reveal`, { field: 'idNumber' });
    expect(idRefused.statusCode).toBe(403);
    expect(idRefused.json().error.code).toBe('REVEAL_ID_NUMBER_NOT_ALLOWED');
    expect(await reveals(others.id, agent.userId)).toEqual([]);
  });

  it('lets a clerk reveal the address of a client of the office, but not the ID number without pii.reveal', async () => {
    expect((await clerk.get(`/api/v1/clients/${own.id}`)).json().revealable).toEqual({ idNumber: false, mobile: true, address: true });
    const res = await clerk.post(`/api/v1/clients/${own.id}/reveal`, { field: 'address' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: '广州市天河区体育西路 1 号' });
    expect(await reveals(own.id, clerk.userId)).toEqual([expect.objectContaining({ after: { field: 'address', kind: 'address' } })]);
    const refused = await clerk.post(`/api/v1/clients/${own.id}/reveal`, { field: 'idNumber' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'REVEAL_ID_NUMBER_NOT_ALLOWED', message: '查看证件号码需要“查看个人信息明文”权限' });
    expect(await reveals(own.id, clerk.userId)).toHaveLength(1);
  });

  it('keeps another office’s clients out of reach (not found), and pii.reveal reveals every field', async () => {
    expect((await szClerk.post(`/api/v1/clients/${own.id}/reveal`, { field: 'mobile' })).statusCode).toBe(404);
    expect((await supervisor.get(`/api/v1/clients/${own.id}`)).json().revealable).toEqual({ idNumber: true, mobile: true, address: true });
    const res = await supervisor.post(`/api/v1/clients/${own.id}/reveal`, { field: 'idNumber' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: idNumber });
  });
});
