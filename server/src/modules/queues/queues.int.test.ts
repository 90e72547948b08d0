import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { seedDemoWork } from '../demo/demo-work.js';

// Issue 12, item 4: work queues — 我的任务, the team queue (任务池) with take, 改派 with a reason, the
// supervisor's view with SLA state, filters and export — kept by the lifecycle engine for servicing requests.
describe('work queues', () => {
  let t: TestApp;
  let clerk: Client;
  let clerk2: Client;
  let supervisor: Client;
  let gz01: number;
  let policyId: number;
  type Item = { id: number; entityId: number; label: string; href: string | null; state: string; open: boolean; ownerId: number | null; team: { orgUnitId: number; role: string } | null; slaState: string; dueAt: string | null; version: number };
  type Page = { items: Item[]; total: number; nextCursor: string | null };

  const newRequest = async (channel: string, by: Client = clerk) => {
    const res = await by.post(`/api/v1/policies/${policyId}/servicing-requests`, { type: 'surrender', channel, details: { signedBy: 'client' } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; requestNo: string; version: number; ownerId: number | null };
  };
  const itemOf = async (requestId: number) =>
    t.db.selectFrom('work_item').selectAll().where('entity_type', '=', 'servicing').where('entity_id', '=', requestId).executeTakeFirstOrThrow();
  const page = async (c: Client, path: string) => {
    const res = await c.get(`/api/v1/work-items${path}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Page;
  };
  const ownersOf = async (requestId: number) => ({
    request: (await t.db.selectFrom('servicing_request').select('owner_id').where('id', '=', requestId).executeTakeFirstOrThrow()).owner_id,
    deadlines: (await t.db.selectFrom('deadline').select('owner_id').where('entity_type', '=', 'servicing').where('entity_id', '=', String(requestId)).where('state', 'in', ['open', 'due_soon', 'overdue']).execute()).map((d) => d.owner_id),
  });
  const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { fields: { path: string; message: string }[] } }).error.fields;

  beforeAll(async () => {
    t = await createTestApp();
    gz01 = await t.orgId('GZ01');
    clerk = await t.login('gz01.clerk');
    supervisor = await t.login('gz.supervisor');
    // A second clerk of the same office: the team of GZ01's clerks has two members.
    const { id } = await t.db.insertInto('app_user').values({ username: 'gz01.clerk2', display_name: '第二内勤', org_unit_id: gz01, password_hash: await hashPassword('Queue-pass-42') })
      .returning('id').executeTakeFirstOrThrow();
    await t.db.insertInto('role_assignment').values({ user_id: id, role: 'clerk', org_unit_id: gz01 }).execute();
    clerk2 = await t.login('gz01.clerk2', 'Queue-pass-42');
    policyId = (await sql<{ id: number }>`select id from policy where org_unit_id = ${gz01} and state = 'in_force' order by id limit 1`.execute(t.db)).rows[0]!.id;
  });
  afterAll(() => t.close());

  it("a request taken at the counter is the clerk's own task; one by phone waits in the office's clerks' team queue, with its SLA", async () => {
    const counter = await newRequest('counter');
    expect(await itemOf(counter.id)).toMatchObject({ open: true, owner_id: clerk.userId, team_org_unit_id: null, state: 'received' });
    const phone = await newRequest('phone');
    expect(phone.ownerId).toBeNull();
    const item = await itemOf(phone.id);
    expect(item).toMatchObject({ open: true, owner_id: null, team_org_unit_id: gz01, team_role: 'clerk' });
    // The SLA is the request's running deadline (servicing.change, 3 working days), copied by the trigger.
    const deadline = await t.db.selectFrom('deadline').select(['due_at', 'warn_at']).where('entity_type', '=', 'servicing').where('entity_id', '=', String(phone.id)).executeTakeFirstOrThrow();
    expect(item.due_at).toEqual(deadline.due_at);

    const mine = await page(clerk, '/mine?pageSize=100&sort=-receivedAt');
    expect(mine.items.map((i) => i.entityId)).toContain(counter.id);
    expect(mine.items.map((i) => i.entityId)).not.toContain(phone.id);
    const team = await page(clerk2, '/team?pageSize=100&sort=-receivedAt');
    const waiting = team.items.find((i) => i.entityId === phone.id)!;
    expect(waiting).toMatchObject({ ownerId: null, team: { orgUnitId: gz01, role: 'clerk' }, slaState: 'on_time', href: `/servicing/${phone.id}`, open: true });
    expect(waiting.label).toContain(phone.requestNo);
    expect(team.items.every((i) => i.ownerId === null)).toBe(true);

    const summary = (await clerk2.get('/api/v1/work-items/summary')).json() as {
      mine: { open: number }; teams: { orgUnitId: number; orgUnitName: string; role: string; waiting: number }[]; types: { entityType: string }[];
    };
    const gz01Name = (await t.db.selectFrom('org_unit').select('name').where('id', '=', gz01).executeTakeFirstOrThrow()).name;
    expect(summary.teams).toContainEqual(expect.objectContaining({ orgUnitId: gz01, orgUnitName: gz01Name, role: 'clerk', waiting: team.total }));
    expect(summary.types.map((ty) => ty.entityType)).toEqual(['servicing']);
    // My own open items, as 我的任务 counts them.
    const mineSummary = (await clerk.get('/api/v1/work-items/summary')).json() as typeof summary;
    expect(mineSummary.mine.open).toBe((await page(clerk, '/mine?pageSize=10')).total);
    // A team of mine with nothing waiting is listed too (a Shenzhen clerk's office: nothing by phone there yet).
    const szUnit = await t.orgId('SZ01');
    const szSummary = (await (await t.login('sz01.clerk')).get('/api/v1/work-items/summary')).json() as typeof summary;
    expect(szSummary.teams).toContainEqual(expect.objectContaining({ orgUnitId: szUnit, role: 'clerk', orgUnitName: expect.any(String) }));
    // Another office's clerk is not in this team and sees none of it.
    const sz = await t.login('sz01.clerk');
    expect((await page(sz, '/team?pageSize=100')).items.map((i) => i.entityId)).not.toContain(phone.id);
  });

  it('two clerks take the same item at once: one gets it with its request and deadlines, the other 409', async () => {
    const phone = await newRequest('phone');
    const { id } = await itemOf(phone.id);
    const [a, b] = await Promise.all([clerk.post(`/api/v1/work-items/${id}/take`, {}), clerk2.post(`/api/v1/work-items/${id}/take`, {})]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const [won, lost] = a.statusCode === 200 ? [clerk, b] : [clerk2, a];
    expect((lost.json() as { error: { code: string } }).error.code).toBe('WORK_ITEM_TAKEN');
    expect(await itemOf(phone.id)).toMatchObject({ owner_id: won.userId, team_org_unit_id: null, team_role: null });
    expect(await ownersOf(phone.id)).toEqual({ request: won.userId, deadlines: [won.userId] });
    const audit = await t.db.selectFrom('audit_log').select(['action', 'after']).where('entity_type', '=', 'servicing').where('entity_id', '=', String(phone.id)).where('action', '=', 'servicing.take').execute();
    expect(audit).toHaveLength(1);
    const timeline = await t.db.selectFrom('client_timeline').select(['kind', 'summary_zh']).where('entity_type', '=', 'servicing').where('entity_id', '=', String(phone.id)).where('kind', '=', 'queue.take').execute();
    expect(timeline).toHaveLength(1);
    expect(timeline[0]!.summary_zh).toContain(`保全申请 ${phone.requestNo}`);
    // Now it is in the winner's 我的任务 and the request page's step needs the new version.
    expect((await page(won, '/mine?pageSize=100&sort=-receivedAt')).items.map((i) => i.entityId)).toContain(phone.id);
  });

  it('only the team takes: another office gets 404, a role without servicing.write 403, a closed item 409', async () => {
    const phone = await newRequest('phone');
    const { id } = await itemOf(phone.id);
    const sz = await t.login('sz01.clerk');
    expect((await sz.post(`/api/v1/work-items/${id}/take`, {})).statusCode).toBe(404);
    const agent = await t.login('gz01.agent1');
    expect((await agent.post(`/api/v1/work-items/${id}/take`, {})).statusCode).toBe(403);
    expect(await itemOf(phone.id)).toMatchObject({ owner_id: null, team_org_unit_id: gz01 });

    const withdrawn = await clerk.post(`/api/v1/servicing-requests/${phone.id}/steps`, { version: phone.version, event: 'withdraw', reason: '客户撤回' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const closed = await itemOf(phone.id);
    expect(closed).toMatchObject({ open: false, state: 'withdrawn', due_at: null });
    expect(closed.closed_at).not.toBeNull();
    const res = await clerk.post(`/api/v1/work-items/${id}/take`, {});
    expect(res.statusCode).toBe(409);
    expect((res.json() as { error: { code: string } }).error.code).toBe('WORK_ITEM_CLOSED');
  });

  it("the supervisor's view: everything in scope with its SLA state, filtered by it, overdue first", async () => {
    const late = await newRequest('phone');
    const soon = await newRequest('counter');
    // Time passes: one request's deadline is past due, the other's past its warning.
    await sql`update deadline set due_at = now() - interval '2 hours', warn_at = now() - interval '1 day' where entity_type = 'servicing' and entity_id = ${String(late.id)}`.execute(t.db);
    await sql`update deadline set due_at = now() + interval '2 hours', warn_at = now() - interval '1 hour' where entity_type = 'servicing' and entity_id = ${String(soon.id)}`.execute(t.db);

    const overdue = await page(supervisor, `?sla=overdue&orgUnitId=${gz01}&pageSize=100`);
    expect(overdue.items.map((i) => i.entityId)).toContain(late.id);
    expect(overdue.items.every((i) => i.slaState === 'overdue')).toBe(true);
    expect(overdue.items.map((i) => i.dueAt)).toEqual([...overdue.items.map((i) => i.dueAt)].sort());
    const dueSoon = await page(supervisor, `?sla=due_soon&orgUnitId=${gz01}&pageSize=100`);
    expect(dueSoon.items.map((i) => i.entityId)).toEqual(expect.arrayContaining([soon.id]));
    expect(dueSoon.items.every((i) => i.slaState === 'due_soon')).toBe(true);
    const unassigned = await page(supervisor, `?unassigned=true&pageSize=100`);
    expect(unassigned.items.every((i) => i.ownerId === null && i.team !== null)).toBe(true);
    expect(unassigned.items.map((i) => i.entityId)).toContain(late.id);

    // Pausing the deadline (waiting for the client) stops the clock: no SLA runs for the item.
    const deadline = await t.db.selectFrom('deadline').select(['id', 'version']).where('entity_type', '=', 'servicing').where('entity_id', '=', String(late.id)).executeTakeFirstOrThrow();
    expect((await clerk.post(`/api/v1/deadlines/${deadline.id}/pause`, { version: deadline.version, reason: '等待客户补充材料' })).statusCode).toBe(200);
    expect((await page(supervisor, `?sla=none&orgUnitId=${gz01}&pageSize=100`)).items.map((i) => i.entityId)).toContain(late.id);

    // A clerk has no supervisor's view; a supervisor of another city does not see these.
    expect((await clerk.get('/api/v1/work-items')).statusCode).toBe(403);
    const sz = await t.login('sz.supervisor');
    expect((await page(sz, '?pageSize=100&status=all')).items.map((i) => i.entityId)).not.toContain(late.id);
    // Paging: a cursor walk gives the same rows as the pages, and the total counts them.
    const all = await page(supervisor, `?orgUnitId=${gz01}&pageSize=10`);
    const walked: number[] = [];
    let cursor: string | null = null;
    do {
      const next: Page = await page(supervisor, `?orgUnitId=${gz01}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      walked.push(...next.items.map((i) => i.id));
      cursor = next.nextCursor;
    } while (cursor);
    expect(walked).toHaveLength(all.total);
    expect(walked.slice(0, 10)).toEqual(all.items.map((i) => i.id));
  });

  it('reassigning one item with a reason moves the request and its deadlines, audited and on its timeline; who may not handle it is refused', async () => {
    const r = await newRequest('counter');
    const { id } = await itemOf(r.id);
    const res = await supervisor.post(`/api/v1/work-items/${id}/reassign`, { ownerId: clerk2.userId, reason: '原经办人休假' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ownerId: clerk2.userId, team: null });
    expect(await ownersOf(r.id)).toEqual({ request: clerk2.userId, deadlines: [clerk2.userId] });
    const entry = await t.db.selectFrom('audit_log').select(['before', 'after']).where('action', '=', 'servicing.reassign').where('entity_id', '=', String(r.id)).executeTakeFirstOrThrow();
    expect(entry.before).toMatchObject({ ownerId: clerk.userId });
    expect(entry.after).toMatchObject({ ownerId: clerk2.userId, reason: '原经办人休假' });
    const line = await t.db.selectFrom('client_timeline').select('summary_zh').where('entity_id', '=', String(r.id)).where('kind', '=', 'queue.reassign').executeTakeFirstOrThrow();
    expect(line.summary_zh).toBe(`保全申请 ${r.requestNo}（退保） 改派给 第二内勤：原经办人休假`);
    // The request page's version moved: a step with the old one is refused.
    expect((await clerk2.post(`/api/v1/servicing-requests/${r.id}/steps`, { version: r.version, event: 'withdraw', reason: '旧版本' })).statusCode).toBe(409);

    const agent = await t.userId('gz01.agent1');
    const refused = await supervisor.request('POST', `/api/v1/work-items/${id}/reassign`, { ownerId: agent, reason: '试试' }, { 'accept-language': 'en' });
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused)).toEqual([{ path: 'id', message: 'this person may not handle items of this kind in the item’s org unit' }]);
    expect(fieldsOf(await supervisor.post(`/api/v1/work-items/${id}/reassign`, { ownerId: clerk2.userId, reason: '再次' }))).toEqual([{ path: 'id', message: '该事项已由此人负责' }]);
    expect((await clerk.post(`/api/v1/work-items/${id}/reassign`, { ownerId: clerk.userId, reason: '自己拿回' })).statusCode).toBe(403);
    expect(await ownersOf(r.id)).toEqual({ request: clerk2.userId, deadlines: [clerk2.userId] });
  });

  it('bulk reassignment is all or nothing: one closed item refuses the lot, named by its place; then the rest go together', async () => {
    const a = await newRequest('phone');
    const b = await newRequest('counter');
    const c = await newRequest('counter');
    await clerk.post(`/api/v1/servicing-requests/${c.id}/steps`, { version: c.version, event: 'withdraw', reason: '客户撤回' });
    const ids = [(await itemOf(a.id)).id, (await itemOf(b.id)).id, (await itemOf(c.id)).id];
    const refused = await supervisor.post('/api/v1/work-items/reassign', { ids, ownerId: clerk2.userId, reason: '平衡工作量' });
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused)).toEqual([{ path: 'ids.2', message: '事项已办结，不能再改派' }]);
    expect(await ownersOf(a.id)).toEqual({ request: null, deadlines: [clerk.userId] });
    expect(await ownersOf(b.id)).toEqual({ request: clerk.userId, deadlines: [clerk.userId] });

    const done = await supervisor.post('/api/v1/work-items/reassign', { ids: ids.slice(0, 2), ownerId: clerk2.userId, reason: '平衡工作量' });
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as { items: Item[] }).items.map((i) => i.ownerId)).toEqual([clerk2.userId, clerk2.userId]);
    expect(await ownersOf(a.id)).toEqual({ request: clerk2.userId, deadlines: [clerk2.userId] });
    expect(await ownersOf(b.id)).toEqual({ request: clerk2.userId, deadlines: [clerk2.userId] });
    expect(await itemOf(a.id)).toMatchObject({ team_org_unit_id: null, owner_id: clerk2.userId });
  });

  it('exports exactly what a view shows, in its order, or the selected rows; the all view needs task.read', async () => {
    const rowsOf = async (c: Client, query: string) => {
      const res = await c.get(`/api/v1/work-items/export.xlsx?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const shown = await page(supervisor, `?orgUnitId=${gz01}&sort=-receivedAt&pageSize=100`);
    const rows = await rowsOf(supervisor, `view=all&orgUnitId=${gz01}&sort=-receivedAt`);
    expect(rows[0]).toEqual(['事项', '类型', '状态', '时效', '到期时间', '负责人', '所属机构', '受理时间', '分派时间', '办结时间']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(shown.items.map((i) => i.label));
    const chosen = shown.items.slice(0, 2);
    expect((await rowsOf(supervisor, `view=all&sort=-receivedAt&${chosen.map((i) => `ids=${i.id}`).join('&')}`)).slice(1).map((r) => r[0])).toEqual(chosen.map((i) => i.label));
    expect((await clerk.get('/api/v1/work-items/export.xlsx?view=all')).statusCode).toBe(403);
    const mine = await page(clerk2, '/mine?pageSize=100');
    expect((await rowsOf(clerk2, 'view=mine')).length - 1).toBe(mine.total);
  });

  it('an open item always has an owner: the database refuses one with neither a person nor a team', async () => {
    const r = await newRequest('counter');
    await expect(sql`update work_item set owner_id = null where entity_type = 'servicing' and entity_id = ${r.id}`.execute(t.db)).rejects.toThrow(/work_item_owned/);
    await expect(sql`update work_item set team_org_unit_id = ${gz01}, team_role = 'clerk' where entity_type = 'servicing' and entity_id = ${r.id}`.execute(t.db)).rejects.toThrow(/work_item_one_owner/);
  });
});

// Issue 12, item 4 with item 6: a first start shows the queues at work (demo-queues.ts, through the use cases).
describe('the demo offices’ work queues', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoWork(t.db, t.app.keyring, t.app.services, new Date('2026-12-02T03:30:00Z')); // a Wednesday, 11:30 in Beijing
  });
  afterAll(() => t.close());

  it("requests by phone wait in the office's team queue, one overdue; one the clerk took; one taken and returned; one the supervisor reassigned with a reason", async () => {
    const clerk = await t.login('gz01.clerk');
    const team = (await clerk.get('/api/v1/work-items/team?pageSize=100')).json() as { items: { entityId: number; slaState: string; ownerId: number | null }[] };
    expect(team.items.length).toBeGreaterThanOrEqual(3);
    expect(team.items.some((i) => i.slaState === 'overdue')).toBe(true);
    const audited = (action: string) => t.db.selectFrom('audit_log').select(['entity_id', 'after', 'actor_id']).where('action', '=', action).execute();
    expect((await audited('servicing.take')).map((r) => r.actor_id)).toContain(clerk.userId);
    const supervisorId = await t.userId('gz.supervisor');
    // The supervisor's reassignments to the clerk (the demo's others go to the supervisor): in the clerk's own queue.
    const reassigned = (await audited('servicing.reassign')).filter((r) => r.actor_id === supervisorId && (r.after as { ownerId?: number }).ownerId === clerk.userId);
    expect(reassigned.map((r) => r.after)).toContainEqual(expect.objectContaining({ ownerId: clerk.userId, reason: '任务池积压，指定内勤办理' }));
    // One the clerk took and then returned to the team queue with a reason: it waits there again.
    const returned = (await audited('servicing.return')).filter((r) => r.actor_id === clerk.userId);
    expect(returned.map((r) => r.after)).toContainEqual(expect.objectContaining({ ownerId: null, reason: '客户改约到柜面办理，放回任务池由当班内勤跟进' }));
    expect(team.items.map((i) => i.entityId)).toEqual(expect.arrayContaining(returned.map((r) => Number(r.entity_id))));
    const mine = (await clerk.get('/api/v1/work-items/mine?pageSize=100')).json() as { items: { entityId: number }[] };
    expect(mine.items.map((i) => i.entityId)).toEqual(expect.arrayContaining(reassigned.map((r) => Number(r.entity_id))));
  });
});
