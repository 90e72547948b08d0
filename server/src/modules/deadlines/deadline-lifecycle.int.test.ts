import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { testEngine } from '../../../../tests/helpers/test-database.js';
import { sweepDeadlines } from './sweep-deadlines.js';
import { runDeadlineJobs } from './deadline-jobs.js';

const at = (local: string) => `${local}+08:00`;

describe('deadline lifecycle on a record (R-SR-2, R-SV-1)', () => {
  let t: TestApp;
  let clerk: Client;
  let service: Client;
  let gz01: number;
  let clerkId: number;
  let n = 0;
  const event = (c: Client, body: Record<string, unknown>) => c.post('/api/v1/deadlines/events', { orgUnitId: gz01, ...body });

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
    service = await t.login('gz.service');
    gz01 = await t.orgId('GZ01');
    clerkId = await t.userId('gz01.clerk');
  });
  afterAll(() => t.close());

  it('opens a deadline from its start event, due on the working-day calendar, with its basis', async () => {
    const res = await event(clerk, { entityType: 'inquiry', entityId: 'q-1', event: 'inquiry.received', at: at('2026-09-30T10:00:00'), ownerId: clerkId });
    expect(res.statusCode).toBe(200);
    const [id] = (res.json() as { opened: number[] }).opened;
    const d = (await clerk.get(`/api/v1/deadlines/${id}`)).json() as Record<string, any>;
    // Received Wed 09-30; National Day off 10-01..07; 3 WD: 10-08, 10-09, 10-10 (make-up Saturday).
    expect(d.dueAt).toBe(new Date(at('2026-10-10T23:59:59.999')).toISOString());
    expect(d.basis).toEqual({ specId: 'R-SR-2', lawRef: null, lawRefEn: null, text: '不能当即答复的咨询，3 个工作日内答复' });
    expect(d.ruleName).toBe('咨询答复');
    expect(d.state).toBe('open');
    const en = (await clerk.get(`/api/v1/deadlines/${id}`, { 'accept-language': 'en' })).json() as Record<string, any>;
    expect(en.basis.text).toBe('A question not answerable at once is answered within 3 working days');
  });

  it('closes as met when the completion event comes in time, and as missed when late', async () => {
    await event(clerk, { entityType: 'inquiry', entityId: 'q-met', event: 'inquiry.received', at: at('2026-11-02T10:00:00') });
    const met = await event(clerk, { entityType: 'inquiry', entityId: 'q-met', event: 'inquiry.answered', at: at('2026-11-04T16:00:00') });
    expect((met.json() as { closed: { state: string }[] }).closed).toEqual([expect.objectContaining({ state: 'met' })]);
    await event(clerk, { entityType: 'inquiry', entityId: 'q-late', event: 'inquiry.received', at: at('2026-11-02T10:00:00') });
    const late = await event(clerk, { entityType: 'inquiry', entityId: 'q-late', event: 'inquiry.answered', at: at('2026-11-06T09:00:00') });
    expect((late.json() as { closed: { state: string }[] }).closed).toEqual([expect.objectContaining({ state: 'missed' })]);
    const stats = (await clerk.get('/api/v1/deadlines/stats?from=2026-11-01&to=2026-11-30')).json() as { items: { ruleId: string; met: number; missed: number }[] };
    expect(stats.items.find((s) => s.ruleId === 'inquiry.answer')).toMatchObject({ met: 1, missed: 1 });
  });

  it('does not open the same rule twice on one record', async () => {
    await event(clerk, { entityType: 'inquiry', entityId: 'q-twice', event: 'inquiry.received' });
    const again = await event(clerk, { entityType: 'inquiry', entityId: 'q-twice', event: 'inquiry.received' });
    expect((again.json() as { opened: number[] }).opened).toEqual([]);
  });

  it('pauses with a reason and adds the paused working days on resume, audited', async () => {
    const [id] = ((await event(clerk, { entityType: 'servicing', entityId: `s-${++n}`, event: 'servicing.received', at: at('2026-11-02T09:00:00') })).json() as { opened: number[] }).opened;
    const before = (await clerk.get(`/api/v1/deadlines/${id}`)).json() as { dueAt: string; version: number };
    const paused = await clerk.post(`/api/v1/deadlines/${id}/pause`, { version: before.version, reason: '等待客户补充身份证明' });
    expect(paused.statusCode).toBe(200);
    expect((paused.json() as { paused: boolean; pauseReason: string }).pauseReason).toBe('等待客户补充身份证明');
    // Paused 14 days ago: the due date moves by the working days lost. (Two days ago failed on a
    // Monday just after midnight in Beijing — Saturday and Sunday lose no working day; no holiday
    // block of the calendar is 14 days long.)
    await t.db.updateTable('deadline').set({ paused_at: new Date(Date.now() - 14 * 86_400_000) }).where('id', '=', id!).execute();
    const resumed = (await clerk.post(`/api/v1/deadlines/${id}/resume`, { version: before.version + 1 })).json() as { dueAt: string; paused: boolean };
    expect(resumed.paused).toBe(false);
    expect(Date.parse(resumed.dueAt)).toBeGreaterThan(Date.parse(before.dueAt));
    const actions = (await t.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'deadline').where('entity_id', '=', String(id)).orderBy('seq').execute()).map((a) => a.action);
    expect(actions).toEqual(['deadline.open', 'deadline.pause', 'deadline.resume']);
  });

  it('cancels with a reason; a stale version or a missing reason changes nothing', async () => {
    const [id] = ((await event(clerk, { entityType: 'inquiry', entityId: `c-${++n}`, event: 'inquiry.received' })).json() as { opened: number[] }).opened;
    expect((await clerk.post(`/api/v1/deadlines/${id}/cancel`, { version: 1 })).statusCode).toBe(400);
    expect((await clerk.post(`/api/v1/deadlines/${id}/cancel`, { version: 7, reason: '客户撤回' })).statusCode).toBe(409);
    const cancelled = await clerk.post(`/api/v1/deadlines/${id}/cancel`, { version: 1, reason: '客户撤回' });
    expect((cancelled.json() as { state: string; cancelReason: string })).toMatchObject({ state: 'cancelled', cancelReason: '客户撤回' });
    expect((await clerk.post(`/api/v1/deadlines/${id}/pause`, { version: 2, reason: '不应成功' })).statusCode).toBe(409);
  });

  it('lets a supervisor reassign a running deadline to someone in scope, audited (改派)', async () => {
    const supervisor = await t.login('gz.supervisor');
    const [id] = ((await event(clerk, { entityType: 'inquiry', entityId: `r-${++n}`, event: 'inquiry.received', ownerId: clerkId })).json() as { opened: number[] }).opened;
    expect((await clerk.post(`/api/v1/deadlines/${id}/reassign`, { version: 1, ownerId: clerkId, reason: '无权改派' })).statusCode).toBe(403);
    const sibling = await t.userId('sz01.clerk');
    const refused = await supervisor.post(`/api/v1/deadlines/${id}/reassign`, { version: 1, ownerId: sibling, reason: '跨机构不允许' });
    expect((refused.json() as { error: { fields: { path: string }[] } }).error.fields[0]!.path).toBe('ownerId');
    const agent = await t.userId('gz01.agent1');
    const done = (await supervisor.post(`/api/v1/deadlines/${id}/reassign`, { version: 1, ownerId: agent, reason: '原经办人休假' })).json() as { ownerId: number };
    expect(done.ownerId).toBe(agent);
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'deadline.reassign').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
    expect(entry.actor_name).toBe('gz.supervisor');
  });

  it('sweeps: due soon and overdue once, escalates to the nearest supervisor, notifies nobody twice', async () => {
    const now = Date.now();
    const gzSupervisor = await t.userId('gz.supervisor');
    const open = async (entityId: string) =>
      ((await event(clerk, { entityType: 'inquiry', entityId, event: 'inquiry.received', ownerId: clerkId })).json() as { opened: number[] }).opened[0]!;
    const soon = await open('sw-soon');
    const late = await open('sw-late');
    await t.db.updateTable('deadline').set({ warn_at: new Date(now - 3600_000), due_at: new Date(now + 3600_000) }).where('id', '=', soon).execute();
    await t.db.updateTable('deadline').set({ warn_at: new Date(now - 7200_000), due_at: new Date(now - 60_000) }).where('id', '=', late).execute();

    const first = await sweepDeadlines(t.db);
    expect(first.dueSoon).toBeGreaterThanOrEqual(1);
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    const second = await sweepDeadlines(t.db);
    expect(second).toEqual({ dueSoon: 0, overdue: 0, escalated: 0, notifications: 0 });

    const states = await t.db.selectFrom('deadline').select(['id', 'state', 'escalated_at']).where('id', 'in', [soon, late]).execute();
    expect(states.find((s) => s.id === soon)!.state).toBe('due_soon');
    expect(states.find((s) => s.id === late)).toMatchObject({ state: 'overdue', escalated_at: expect.any(Date) });
    // Notifications point at the record the deadline is on, and name the rule, basis and owner.
    const notes = await t.db.selectFrom('notification').select(['recipient_id', 'kind', 'entity_id', 'params']).where('entity_id', 'in', ['sw-soon', 'sw-late']).execute();
    expect(notes.map(({ params: _p, ...n }) => n)).toEqual(expect.arrayContaining([
      { recipient_id: clerkId, kind: 'deadline.due_soon', entity_id: 'sw-soon' },
      { recipient_id: clerkId, kind: 'deadline.overdue', entity_id: 'sw-late' },
      // GZ01 has no supervisor: the GZ city supervisor, the nearest up the tree, gets it.
      { recipient_id: gzSupervisor, kind: 'deadline.escalated', entity_id: 'sw-late' },
    ]));
    expect(notes).toHaveLength(3);
    expect(notes[0]!.params).toMatchObject({ ruleName: { zh: '咨询答复' }, basis: { specId: 'R-SR-2' }, ownerName: expect.any(String) });
    // And they read well in the outbox's own rendering.
    const inbox = (await clerk.get('/api/v1/notifications')).json() as { items: { title: string; body: string }[] };
    expect(inbox.items.some((n) => n.title.includes('咨询答复'))).toBe(true);

    const mine = (await clerk.get('/api/v1/deadlines/mine')).json() as { overdue: { id: number }[]; dueToday: unknown[]; upcoming: unknown[] };
    expect(mine.overdue.map((d) => d.id)).toContain(late);
    const supervisor = await t.login('gz.supervisor');
    const counts = (await supervisor.get('/api/v1/deadlines/counts')).json() as { scopeOverdue: number };
    expect(counts.scopeOverdue).toBeGreaterThanOrEqual(1);
  });

  it('runs two sweeps at once without duplicate notifications', async () => {
    const now = Date.now();
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) {
      const [id] = ((await event(clerk, { entityType: 'inquiry', entityId: `par-${i}`, event: 'inquiry.received', ownerId: clerkId })).json() as { opened: number[] }).opened;
      ids.push(id!);
    }
    await t.db.updateTable('deadline').set({ warn_at: new Date(now - 7200_000), due_at: new Date(now - 60_000) }).where('id', 'in', ids).execute();
    const [a, b] = await Promise.all([sweepDeadlines(t.db), sweepDeadlines(t.db)]);
    expect(a.overdue + b.overdue).toBe(20);
    const count = await t.db
      .selectFrom('notification')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('kind', '=', 'deadline.overdue')
      .where('entity_id', 'in', Array.from({ length: 20 }, (_, i) => `par-${i}`))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(20);
    if (testEngine() === 'postgres') expect(a.overdue > 0 || b.overdue > 0).toBe(true);
  });

  it('recomputes running deadlines when the calendar changes', async () => {
    const admin = await t.login('admin');
    const [id] = ((await event(clerk, { entityType: 'inquiry', entityId: 'recalc', event: 'inquiry.received', at: at('2026-12-01T09:00:00') })).json() as { opened: number[] }).opened;
    const before = (await clerk.get(`/api/v1/deadlines/${id}`)).json() as { dueAt: string };
    expect(before.dueAt).toBe(new Date(at('2026-12-04T23:59:59.999')).toISOString());
    // A local day off for the whole GZ city on 12-03 moves the due date one working day.
    await admin.post('/api/v1/calendar/overrides', { orgUnitId: await t.orgId('GZ'), date: '2026-12-03', workingDay: false, nameZh: '本地假日' });
    // The next round of the deadline jobs notices the calendar revision changed.
    expect((await runDeadlineJobs(t.db, t.app.services.calendar)).recomputed).toBeGreaterThanOrEqual(1);
    expect((await runDeadlineJobs(t.db, t.app.services.calendar)).recomputed).toBe(0);
    const after = (await clerk.get(`/api/v1/deadlines/${id}`)).json() as { dueAt: string };
    expect(after.dueAt).toBe(new Date(at('2026-12-07T23:59:59.999')).toISOString());
  });
});

describe('reminder to enter next year’s calendar', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reminds head-office admins once from October when next year is missing, and not before', async () => {
    const { remindMissingCalendarYear } = await import('../calendar/remind-missing-year.js');
    expect(await remindMissingCalendarYear(t.db, new Date('2026-09-15T04:00:00Z'))).toBe(0);
    expect(await remindMissingCalendarYear(t.db, new Date('2026-10-08T04:00:00Z'))).toBe(1); // the one HO admin
    expect(await remindMissingCalendarYear(t.db, new Date('2026-11-25T04:00:00Z'))).toBe(0); // already reminded
    const admin = await t.login('admin');
    const inbox = (await admin.get('/api/v1/notifications', { 'accept-language': 'en' })).json() as { items: { title: string }[] };
    expect(inbox.items.map((n) => n.title)).toContain('Enter the 2027 public holiday schedule');
  });
});
