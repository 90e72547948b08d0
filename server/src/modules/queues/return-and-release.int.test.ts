import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { hashPassword } from '../../platform/auth/passwords.js';

// Issue 12, item 4 (the gaps): 放回任务池 with a reason; a disabled person's items never orphan (back to the
// team queue in the disabling's transaction, or to the person a supervisor names); a record's work item for its
// page; the quality auditor's read-only supervisor view.
describe('returning work items, and a disabled person’s items', () => {
  let t: TestApp;
  let clerk: Client;
  let clerk2: Client;
  let supervisor: Client;
  let admin: Client;
  let gz01: number;
  let policyId: number;
  let n = 0;
  type Item = { id: number; entityId: number; ownerId: number | null; team: { orgUnitId: number; role: string } | null; version: number; open: boolean };
  type Problem = { error: { code: string; fields: { path: string; message: string }[]; current?: Item } };

  const newRequest = async (channel: 'counter' | 'phone', by: Client = clerk) => {
    const res = await by.post(`/api/v1/policies/${policyId}/servicing-requests`, { type: 'surrender', channel, details: { signedBy: 'client' } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; requestNo: string; version: number };
  };
  const itemOf = async (requestId: number) =>
    t.db.selectFrom('work_item').selectAll().where('entity_type', '=', 'servicing').where('entity_id', '=', requestId).executeTakeFirstOrThrow();
  const ownersOf = async (requestId: number) => ({
    request: (await t.db.selectFrom('servicing_request').select('owner_id').where('id', '=', requestId).executeTakeFirstOrThrow()).owner_id,
    deadlines: (await t.db.selectFrom('deadline').select('owner_id').where('entity_type', '=', 'servicing').where('entity_id', '=', String(requestId)).where('state', 'in', ['open', 'due_soon', 'overdue']).execute()).map((d) => d.owner_id),
  });
  const errorOf = (res: { json(): unknown }) => (res.json() as Problem).error;
  /** A new clerk of GZ01 (the second member of its clerks' team), signed in. */
  const newClerk = async (roles: { role: string; orgUnitId: number }[] = [{ role: 'clerk', orgUnitId: gz01 }]) => {
    const username = `queue.clerk${++n}`;
    const { id } = await t.db.insertInto('app_user').values({ username, display_name: `内勤${n}`, org_unit_id: gz01, password_hash: await hashPassword('Queue-pass-42') })
      .returning('id').executeTakeFirstOrThrow();
    for (const r of roles) await t.db.insertInto('role_assignment').values({ user_id: id, role: r.role, org_unit_id: r.orgUnitId }).execute();
    return t.login(username, 'Queue-pass-42');
  };
  const versionOf = async (userId: number) => (await t.db.selectFrom('app_user').select('version').where('id', '=', userId).executeTakeFirstOrThrow()).version;
  const counts = async () => (await sql<{ open: number; unowned: number }>`
    select count(*) filter (where open)::int as open, count(*) filter (where open and owner_id is null and team_org_unit_id is null)::int as unowned from work_item`.execute(t.db)).rows[0]!;

  beforeAll(async () => {
    t = await createTestApp();
    gz01 = await t.orgId('GZ01');
    clerk = await t.login('gz01.clerk');
    clerk2 = await newClerk();
    supervisor = await t.login('gz.supervisor');
    admin = await t.login('gd.admin');
    policyId = (await sql<{ id: number }>`select id from policy where org_unit_id = ${gz01} and state = 'in_force' order by id limit 1`.execute(t.db)).rows[0]!.id;
  });
  afterAll(() => t.close());

  it('the holder returns an item to its team queue with a reason: request and deadlines unowned, audited, on its timeline', async () => {
    const r = await newRequest('counter');
    const item = await itemOf(r.id);
    expect(item.owner_id).toBe(clerk.userId);
    const res = await clerk.post(`/api/v1/work-items/${item.id}/return`, { reason: '客户改约下周到柜面', version: item.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ownerId: null, team: { orgUnitId: gz01, role: 'clerk' }, version: item.version + 1 });
    expect(await itemOf(r.id)).toMatchObject({ owner_id: null, team_org_unit_id: gz01, team_role: 'clerk', open: true });
    expect(await ownersOf(r.id)).toEqual({ request: null, deadlines: [null] });
    const entry = await t.db.selectFrom('audit_log').select(['before', 'after', 'actor_id']).where('action', '=', 'servicing.return').where('entity_id', '=', String(r.id)).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: clerk.userId, before: { ownerId: clerk.userId, team: null }, after: { ownerId: null, team: { orgUnitId: gz01, role: 'clerk' }, reason: '客户改约下周到柜面' } });
    const line = await t.db.selectFrom('client_timeline').select(['summary_zh', 'summary_en']).where('entity_id', '=', String(r.id)).where('kind', '=', 'queue.return').executeTakeFirstOrThrow();
    expect(line.summary_zh).toMatch(new RegExp(`^保全申请 ${r.requestNo}（退保） 放回任务池（.+ 内勤）：客户改约下周到柜面$`));
    expect(line.summary_en).toContain('returned to the team queue');
    // It waits in the team queue again: the other clerk takes it.
    expect((await clerk2.post(`/api/v1/work-items/${item.id}/take`, {})).statusCode).toBe(200);
    expect(await ownersOf(r.id)).toEqual({ request: clerk2.userId, deadlines: [clerk2.userId] });
  });

  it('bad input is refused field by field, in Chinese and English, with nothing changed', async () => {
    const r = await newRequest('counter');
    const item = await itemOf(r.id);
    const blank = await clerk.post(`/api/v1/work-items/${item.id}/return`, { reason: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(errorOf(blank).fields).toEqual([{ path: 'reason', message: '必填' }]);
    const tooShort = await clerk.post(`/api/v1/work-items/${item.id}/return`, { reason: ' 无 ' });
    expect(errorOf(tooShort).fields).toEqual([{ path: 'reason', message: '请填写放回任务池的原因（至少 2 个字）' }]);
    const en = await clerk.request('POST', `/api/v1/work-items/${item.id}/return`, { reason: ' x ' }, { 'accept-language': 'en' });
    expect(errorOf(en).fields).toEqual([{ path: 'reason', message: 'give the reason for returning the item to its team queue (2 characters at least)' }]);
    const short = await clerk.request('POST', `/api/v1/work-items/${item.id}/return`, { version: 'x' }, { 'accept-language': 'en' });
    expect(short.statusCode).toBe(400);
    expect(errorOf(short).fields.map((f) => f.path).sort()).toEqual(['reason', 'version']);
    expect(await itemOf(r.id)).toMatchObject({ owner_id: clerk.userId, version: item.version });
    expect(await ownersOf(r.id)).toEqual({ request: clerk.userId, deadlines: [clerk.userId] });
  });

  it('returning an item someone just took, or returned, is refused (409); only its holder or a supervisor returns it', async () => {
    const phone = await newRequest('phone');
    const waiting = await itemOf(phone.id);
    // Nobody holds it: nothing to return.
    const idle = await clerk.post(`/api/v1/work-items/${waiting.id}/return`, { reason: '放回' });
    expect([idle.statusCode, errorOf(idle).code]).toEqual([409, 'WORK_ITEM_NOT_HELD']);
    // The supervisor saw it waiting; meanwhile the clerk took it: the supervisor's return of what was shown is stale.
    expect((await clerk.post(`/api/v1/work-items/${waiting.id}/take`, { version: waiting.version })).statusCode).toBe(200);
    const stale = await supervisor.post(`/api/v1/work-items/${waiting.id}/return`, { reason: '放回任务池', version: waiting.version });
    expect([stale.statusCode, errorOf(stale).code]).toEqual([409, 'VERSION_CONFLICT']);
    expect(errorOf(stale).current).toMatchObject({ ownerId: clerk.userId });
    // Another clerk of the team does not hold it: 403; another office 404; an agent (no servicing.write) 403.
    const other = await clerk2.post(`/api/v1/work-items/${waiting.id}/return`, { reason: '不是我的' });
    expect([other.statusCode, errorOf(other).code]).toEqual([403, 'NOT_ITEM_HOLDER']);
    expect((await (await t.login('sz01.clerk')).post(`/api/v1/work-items/${waiting.id}/return`, { reason: '放回' })).statusCode).toBe(404);
    expect((await (await t.login('gz01.agent1')).post(`/api/v1/work-items/${waiting.id}/return`, { reason: '放回' })).statusCode).toBe(403);
    expect(await ownersOf(phone.id)).toMatchObject({ request: clerk.userId });

    // The holder returns it twice at once with the version shown: one goes through, the other finds it moved.
    const held = await itemOf(phone.id);
    const both = await Promise.all([1, 2].map(() => clerk.post(`/api/v1/work-items/${held.id}/return`, { reason: '重复点击', version: held.version })));
    expect(both.map((b) => b.statusCode).sort()).toEqual([200, 409]);
    expect(await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'servicing.return').where('entity_id', '=', String(phone.id)).execute()).toHaveLength(1);
    // A supervisor may return anyone's item there.
    expect((await clerk2.post(`/api/v1/work-items/${held.id}/take`, {})).statusCode).toBe(200);
    const bySupervisor = await supervisor.post(`/api/v1/work-items/${held.id}/return`, { reason: '经办人外出，放回任务池' });
    expect(bySupervisor.statusCode, bySupervisor.body).toBe(200);
    // A closed item is not returned.
    const done = await newRequest('counter');
    const withdrawn = await clerk.post(`/api/v1/servicing-requests/${done.id}/steps`, { version: done.version, event: 'withdraw', reason: '客户撤回' });
    expect(withdrawn.statusCode).toBe(200);
    const closed = await clerk.post(`/api/v1/work-items/${(await itemOf(done.id)).id}/return`, { reason: '放回' });
    expect([closed.statusCode, errorOf(closed).code]).toEqual([409, 'WORK_ITEM_CLOSED']);
  });

  it("a record's work item, for its page: who holds it or the team queue it waits in, and what the caller may do", async () => {
    const phone = await newRequest('phone');
    const url = `/api/v1/records/servicing/${phone.id}/work-item`;
    type Answer = { item: Item | null; may: { take: boolean; return: boolean; reassign: boolean } };
    const read = async (c: Client) => {
      const res = await c.get(url);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Answer;
    };
    expect(await read(clerk2)).toMatchObject({ item: { entityId: phone.id, ownerId: null, team: { orgUnitId: gz01, role: 'clerk' } }, may: { take: true, return: false, reassign: false } });
    expect((await read(supervisor)).may).toEqual({ take: true, return: false, reassign: true });
    // An agent reads the request, and may do nothing with its item.
    expect((await read(await t.login('gz01.agent1'))).may).toEqual({ take: false, return: false, reassign: false });
    expect((await clerk2.post(`/api/v1/work-items/${(await itemOf(phone.id)).id}/take`, {})).statusCode).toBe(200);
    expect(await read(clerk2)).toMatchObject({ item: { ownerId: clerk2.userId }, may: { take: false, return: true, reassign: false } });
    expect((await read(clerk)).may).toEqual({ take: false, return: false, reassign: false });
    expect((await read(supervisor)).may).toEqual({ take: false, return: true, reassign: true });
    // Out of scope is not found; an unknown or unqueued record type too.
    expect((await (await t.login('sz01.clerk')).get(url)).statusCode).toBe(404);
    expect((await clerk.get(`/api/v1/records/nothing/${phone.id}/work-item`)).statusCode).toBe(404);
    expect((await clerk.get(`/api/v1/records/policy/${policyId}/work-item`)).statusCode).toBe(404);
  });

  it("the quality auditor sees the supervisor's view in scope, and may take, return or reassign nothing (403)", async () => {
    const auditor = await t.login('gd.auditor');
    const r = await newRequest('counter');
    const phone = await newRequest('phone');
    const list = await auditor.get(`/api/v1/work-items?orgUnitId=${gz01}&sort=-receivedAt&pageSize=100`);
    expect(list.statusCode, list.body).toBe(200);
    expect((list.json() as { items: Item[] }).items.map((i) => i.entityId)).toEqual(expect.arrayContaining([r.id, phone.id]));
    expect((await auditor.get('/api/v1/work-items/export.xlsx?view=all')).statusCode).toBe(200);
    const [held, waiting] = [await itemOf(r.id), await itemOf(phone.id)];
    expect((await auditor.post(`/api/v1/work-items/${waiting.id}/take`, {})).statusCode).toBe(403);
    expect((await auditor.post(`/api/v1/work-items/${held.id}/return`, { reason: '质检放回' })).statusCode).toBe(403);
    expect((await auditor.post(`/api/v1/work-items/${held.id}/reassign`, { ownerId: clerk2.userId, reason: '质检改派' })).statusCode).toBe(403);
    expect((await auditor.post('/api/v1/work-items/reassign', { ids: [held.id], ownerId: clerk2.userId, reason: '质检改派' })).statusCode).toBe(403);
    expect((await auditor.get('/api/v1/work-items/assignees')).statusCode).toBe(403);
    expect(((await auditor.get(`/api/v1/records/servicing/${phone.id}/work-item`)).json() as { may: unknown }).may).toEqual({ take: false, return: false, reassign: false });
    expect(await itemOf(r.id)).toMatchObject({ owner_id: clerk.userId, version: held.version });
    expect(await itemOf(phone.id)).toMatchObject({ owner_id: null, version: waiting.version });
  });

  it("disabling a clerk who holds items puts every open one in the team queue, in the same transaction — nothing lost, audited with the reason", async () => {
    const leaving = await newClerk();
    const mine = [await newRequest('counter', leaving), await newRequest('counter', leaving)];
    const taken = await newRequest('phone', leaving);
    expect((await leaving.post(`/api/v1/work-items/${(await itemOf(taken.id)).id}/take`, {})).statusCode).toBe(200);
    const finished = await newRequest('counter', leaving);
    expect((await leaving.post(`/api/v1/servicing-requests/${finished.id}/steps`, { version: finished.version, event: 'withdraw', reason: '客户撤回' })).statusCode).toBe(200);
    const held = [...mine, taken];
    const before = await counts();

    const res = await admin.patch(`/api/v1/users/${leaving.userId}`, { version: await versionOf(leaving.userId), status: 'disabled' });
    expect(res.statusCode, res.body).toBe(200);
    for (const r of held) {
      expect(await itemOf(r.id)).toMatchObject({ open: true, owner_id: null, team_org_unit_id: gz01, team_role: 'clerk' });
      expect(await ownersOf(r.id)).toEqual({ request: null, deadlines: [null] });
    }
    // The closed one keeps its history; no open item has lost its owner; none is counted twice or dropped.
    expect(await itemOf(finished.id)).toMatchObject({ open: false, owner_id: leaving.userId });
    expect(await counts()).toEqual(before);
    expect(await t.db.selectFrom('work_item').select('id').where('owner_id', '=', leaving.userId).where('open', '=', true).execute()).toEqual([]);
    const audited = await t.db.selectFrom('audit_log').select(['entity_id', 'after', 'actor_id']).where('action', '=', 'servicing.return')
      .where('entity_id', 'in', held.map((r) => String(r.id))).execute();
    expect(audited).toHaveLength(3);
    for (const a of audited) expect(a).toMatchObject({ actor_id: admin.userId, after: { ownerId: null, reason: 'user disabled', cause: 'user.disabled' } });
    const user = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'user.update').where('entity_id', '=', String(leaving.userId)).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(user.after).toMatchObject({ status: 'disabled', workItemsMoved: 3 });
    const line = await t.db.selectFrom('client_timeline').select('summary_zh').where('entity_id', '=', String(taken.id)).where('kind', '=', 'queue.return').executeTakeFirstOrThrow();
    expect(line.summary_zh).toMatch(/放回任务池（.+ 内勤）：用户已停用$/);
    // The team takes them from the queue as any other.
    expect((await clerk2.post(`/api/v1/work-items/${(await itemOf(taken.id)).id}/take`, {})).statusCode).toBe(200);
  });

  it('a clerk taking an item while being disabled never ends up holding it, whichever commits first', async () => {
    const leaving = await newClerk();
    const phone = await newRequest('phone');
    const item = await itemOf(phone.id);
    const version = await versionOf(leaving.userId);
    const [took, disabled] = await Promise.all([
      leaving.post(`/api/v1/work-items/${item.id}/take`, {}),
      admin.patch(`/api/v1/users/${leaving.userId}`, { version, status: 'disabled' }),
    ]);
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect([200, 401, 403]).toContain(took.statusCode);
    expect(await itemOf(phone.id)).toMatchObject({ open: true, owner_id: null, team_org_unit_id: gz01, team_role: 'clerk' });
    expect(await ownersOf(phone.id)).toMatchObject({ request: null });
  });

  it('a supervisor disabling someone may name who takes over; a refusal (not a supervisor, someone who cannot handle them) changes nothing', async () => {
    const leaving = await newClerk();
    const r = await newRequest('counter', leaving);
    const version = await versionOf(leaving.userId);
    // An administrator without the supervisor's reassignment right cannot choose; nothing changes, not even the status.
    const refused = await admin.request('PATCH', `/api/v1/users/${leaving.userId}`, { version, status: 'disabled', workItemsTo: clerk2.userId }, { 'accept-language': 'en' });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).fields).toEqual([{ path: 'workItemsTo', message: expect.stringContaining('only a supervisor') }]);
    expect((await t.db.selectFrom('app_user').select('status').where('id', '=', leaving.userId).executeTakeFirstOrThrow()).status).toBe('active');
    expect(await itemOf(r.id)).toMatchObject({ owner_id: leaving.userId });
    const notDisabling = await admin.patch(`/api/v1/users/${leaving.userId}`, { version, displayName: '改名', workItemsTo: clerk2.userId });
    expect(errorOf(notDisabling).fields).toEqual([{ path: 'workItemsTo', message: '只有停用用户时才能指定接手其事项的人员' }]);

    // Someone who administers users and supervises the city.
    const { id: bossId } = await t.db.insertInto('app_user').values({ username: 'gz.boss', display_name: '城市主管兼管理员', org_unit_id: await t.orgId('GZ'), password_hash: await hashPassword('Queue-pass-42') })
      .returning('id').executeTakeFirstOrThrow();
    for (const role of ['admin', 'supervisor'] as const) await t.db.insertInto('role_assignment').values({ user_id: bossId, role, org_unit_id: await t.orgId('GZ') }).execute();
    const boss = await t.login('gz.boss', 'Queue-pass-42');
    const agent = await t.userId('gz01.agent1');
    const cannot = await boss.patch(`/api/v1/users/${leaving.userId}`, { version, status: 'disabled', workItemsTo: agent });
    expect(errorOf(cannot).fields).toEqual([{ path: 'workItemsTo', message: '此人在该事项所属机构没有办理此类事项的权限' }]);
    expect(await itemOf(r.id)).toMatchObject({ owner_id: leaving.userId });

    const done = await boss.patch(`/api/v1/users/${leaving.userId}`, { version, status: 'disabled', workItemsTo: clerk2.userId });
    expect(done.statusCode, done.body).toBe(200);
    expect(await itemOf(r.id)).toMatchObject({ owner_id: clerk2.userId, team_org_unit_id: null });
    expect(await ownersOf(r.id)).toEqual({ request: clerk2.userId, deadlines: [clerk2.userId] });
    const entry = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'servicing.reassign').where('entity_id', '=', String(r.id)).executeTakeFirstOrThrow();
    expect(entry.after).toMatchObject({ ownerId: clerk2.userId, reason: 'user disabled', cause: 'user.disabled' });
  });

  it('losing the role that handles them puts a person’s items in the team queue; what they still handle stays theirs', async () => {
    const gz02 = await t.orgId('GZ02');
    const moving = await newClerk([{ role: 'clerk', orgUnitId: gz01 }, { role: 'clerk', orgUnitId: gz02 }]);
    const here = await newRequest('counter', moving);
    const there = (await sql<{ id: number }>`select id from policy where org_unit_id = ${gz02} and state = 'in_force' order by id limit 1`.execute(t.db)).rows[0]!.id;
    const res = await moving.post(`/api/v1/policies/${there}/servicing-requests`, { type: 'surrender', channel: 'counter', details: { signedBy: 'client' } });
    expect(res.statusCode, res.body).toBe(201);
    const kept = (res.json() as { id: number }).id;
    // Only the GZ02 clerk role is left.
    const set = await admin.put(`/api/v1/users/${moving.userId}/roles`, { version: await versionOf(moving.userId), roles: [{ role: 'clerk', orgUnitId: gz02 }] });
    expect(set.statusCode, set.body).toBe(200);
    expect(await itemOf(here.id)).toMatchObject({ owner_id: null, team_org_unit_id: gz01, team_role: 'clerk' });
    expect(await itemOf(kept)).toMatchObject({ owner_id: moving.userId });
    const entry = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'servicing.return').where('entity_id', '=', String(here.id)).executeTakeFirstOrThrow();
    expect(entry.after).toMatchObject({ cause: 'user.roles_changed' });
  });
});
