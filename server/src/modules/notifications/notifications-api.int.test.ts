import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { enqueueNotifications, type NotificationItem } from './enqueue-notification.js';

type Page = { items: { id: number; kind: string; title: string; body: string; readAt: string | null }[]; nextCursor: string | null };

describe('in-app notifications API (each user sees and marks only their own)', () => {
  let t: TestApp;
  let agent: Client;
  let other: Client;
  let othersId: number;

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login('gz01.agent1');
    other = await t.login('gz.claims');
    const deadline = (recipientId: number, key: string, kind: 'deadline.overdue' | 'deadline.due_soon'): NotificationItem => ({
      dedupeKey: key,
      recipientId,
      kind,
      params: {
        ruleName: { zh: '保单送达', en: 'Deliver the policy' },
        basis: { zh: '代理机构收到保单后 10 日内送达投保人', en: 'The policy reaches the policyholder within 10 days' },
        dueAt: '2026-12-01T09:30:00.000Z',
        entityType: 'policy',
        entityId: 'P-1',
        ownerName: '李四',
      },
      entityType: 'policy',
      entityId: 'P-1',
    });
    // Oldest first: the list shows them the other way round.
    await enqueueNotifications(t.db, [deadline(agent.userId, 'api:1', 'deadline.due_soon')]);
    await enqueueNotifications(t.db, [deadline(agent.userId, 'api:2', 'deadline.overdue')]);
    await enqueueNotifications(t.db, [
      { dedupeKey: 'api:3', recipientId: agent.userId, kind: 'system.message', params: { title: { zh: '系统维护', en: 'Maintenance' }, body: { zh: '今晚 22:00 起维护', en: 'From 22:00 tonight' } } },
    ]);
    const [theirs] = await enqueueNotifications(t.db, [deadline(other.userId, 'api:4', 'deadline.overdue')]);
    othersId = theirs!.id;
  });
  afterAll(() => t?.close());

  const auditCount = async (action: string) =>
    Number((await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).where('action', '=', action).executeTakeFirstOrThrow()).n);

  it('lists your own notifications newest first, in Chinese by default and in English on request', async () => {
    const zh = (await agent.get('/api/v1/notifications')).json() as Page;
    expect(zh.items.map((n) => n.title)).toEqual(['系统维护', '已逾期：保单送达', '期限将至：保单送达']);
    expect(zh.items[1]!.body).toContain('2026-12-01 17:30（北京时间）');
    expect(zh.items.map((n) => n.id)).not.toContain(othersId);

    const en = (await agent.get('/api/v1/notifications', { 'accept-language': 'en-US,en;q=0.9' })).json() as Page;
    expect(en.items.map((n) => n.title)).toEqual(['Maintenance', 'Overdue: Deliver the policy', 'Deadline approaching: Deliver the policy']);
    expect(en.items[1]).toMatchObject({ kind: 'deadline.overdue', entityType: 'policy', entityId: 'P-1', readAt: null });
  });

  it('pages with a cursor', async () => {
    const first = (await agent.get('/api/v1/notifications?limit=2')).json() as Page;
    expect(first.items).toHaveLength(2);
    const second = (await agent.get(`/api/v1/notifications?limit=2&cursor=${first.nextCursor}`)).json() as Page;
    expect(second.items.map((n) => n.title)).toEqual(['期限将至：保单送达']);
    expect(second.nextCursor).toBeNull();
    expect((await agent.get('/api/v1/notifications?cursor=garbage')).statusCode).toBe(400);
  });

  it('marks one read, audited once, and counts the unread', async () => {
    expect((await agent.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 3 });
    const [newest] = ((await agent.get('/api/v1/notifications')).json() as Page).items;
    const before = await auditCount('notification.read');

    const res = await agent.post(`/api/v1/notifications/${newest!.id}/read`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: newest!.id, title: '系统维护', readAt: expect.any(String) });
    expect((await agent.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 2 });
    expect(((await agent.get('/api/v1/notifications?unread=true')).json() as Page).items.map((n) => n.id)).not.toContain(newest!.id);

    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'notification.read').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_name: 'gz01.agent1', entity_type: 'notification', entity_id: String(newest!.id) });

    // Marking it again changes nothing and writes nothing.
    expect((await agent.post(`/api/v1/notifications/${newest!.id}/read`)).statusCode).toBe(200);
    expect(await auditCount('notification.read')).toBe(before + 1);
  });

  it('answers 404 for another user’s notification and leaves it unread', async () => {
    const res = await agent.post(`/api/v1/notifications/${othersId}/read`);
    expect(res.statusCode).toBe(404);
    expect((res.json() as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await t.db.selectFrom('notification').select('read_at').where('id', '=', othersId).executeTakeFirstOrThrow()).read_at).toBeNull();
    expect((await agent.post('/api/v1/notifications/999999999/read')).statusCode).toBe(404);
    expect((await other.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 1 });
  });

  it('marks all your own read in one audited step, and nobody else’s', async () => {
    const res = await agent.post('/api/v1/notifications/read-all');
    expect(res.json()).toEqual({ marked: 2 });
    expect((await agent.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 0 });
    expect((await other.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 1 });
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'notification.read_all').executeTakeFirstOrThrow();
    expect(entry.after).toMatchObject({ count: 2 });
    expect((await agent.post('/api/v1/notifications/read-all')).json()).toEqual({ marked: 0 });
    expect(await auditCount('notification.read_all')).toBe(1);
  });
});
