import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';

type Counts = { mine: { overdue: number; dueSoon: number; dueToday: number; dueThisWeek: number }; horizon: string; scopeOverdue: number | null };
type Mine = { overdue: unknown[]; dueToday: unknown[]; upcoming: unknown[]; horizon: string };

describe('deadline counts for the home page', () => {
  let t: TestApp;
  let clerk: Client;
  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
  });
  afterAll(() => t.close());

  const read = async (c: Client) => ({
    counts: (await c.get('/api/v1/deadlines/counts')).json() as Counts,
    mine: (await c.get('/api/v1/deadlines/mine')).json() as Mine,
  });

  it('count exactly the sections of my due items: overdue, due today, and up to the 5th working day', async () => {
    const before = await read(clerk);
    expect(before.counts.horizon).toBe(before.mine.horizon);
    expect(before.counts.mine).toMatchObject({
      overdue: before.mine.overdue.length,
      dueToday: before.mine.dueToday.length,
      dueThisWeek: before.mine.upcoming.length,
    });
    expect(before.counts.scopeOverdue).toBeNull();

    // An inquiry received now is due in 3 working days: within the window, not today.
    const res = await clerk.post('/api/v1/deadlines/events', {
      entityType: 'inquiry', entityId: 'home-1', event: 'inquiry.received', orgUnitId: await t.orgId('GZ01'), ownerId: await t.userId('gz01.clerk'),
    });
    expect(res.statusCode).toBe(200);
    const after = await read(clerk);
    expect(after.counts.mine.dueThisWeek).toBe(before.counts.mine.dueThisWeek + 1);
    expect(after.counts.mine.dueThisWeek).toBe(after.mine.upcoming.length);
    expect(after.counts.mine.dueToday).toBe(before.counts.mine.dueToday);
  });

  it('give supervisors their overdue in scope', async () => {
    const supervisor = await t.login('gz.supervisor');
    expect(((await supervisor.get('/api/v1/deadlines/counts')).json() as Counts).scopeOverdue).toEqual(expect.any(Number));
  });
});

describe('GET /demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('says whether the demo data is loaded, to anyone signed in', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/demo' })).statusCode).toBe(401);
    const clerk = await t.login('gz01.clerk');
    expect((await clerk.get('/api/v1/demo')).json()).toEqual({ loaded: true });
    await t.db.deleteFrom('app_setting').where('key', '=', 'demo_seeded').execute();
    expect((await clerk.get('/api/v1/demo')).json()).toEqual({ loaded: false });
  });
});
