import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';

describe('calendar API (working days on the official calendar)', () => {
  let t: TestApp;
  let agent: Client;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login('gz01.agent1');
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('answers whether a day is a holiday, a make-up working day or an ordinary day', async () => {
    expect((await agent.get('/api/v1/calendar/days/2026-10-01')).json()).toEqual({
      date: '2026-10-01', workingDay: false, holiday: '国庆节', makeupWorkday: false, provisional: false,
    });
    expect((await agent.get('/api/v1/calendar/days/2026-10-10')).json()).toMatchObject({ workingDay: true, holiday: null, makeupWorkday: true });
    expect((await agent.get('/api/v1/calendar/days/2027-01-01')).json()).toMatchObject({ workingDay: false, holiday: '元旦', provisional: true });
  });

  it('adds and counts working days across the 2026 holidays and into 2027', async () => {
    expect((await agent.get('/api/v1/calendar/add-working-days?from=2026-09-30&days=1')).json()).toEqual({ date: '2026-10-08', provisional: false });
    expect((await agent.get('/api/v1/calendar/add-working-days?from=2026-02-24&days=-2')).json()).toEqual({ date: '2026-02-13', provisional: false });
    expect((await agent.get('/api/v1/calendar/add-working-days?from=2026-12-30&days=2')).json()).toEqual({ date: '2027-01-04', provisional: true });
    expect((await agent.get('/api/v1/calendar/working-days?from=2026-09-28&to=2026-10-11')).json()).toEqual({ count: 6, provisional: false });
  });

  it('rejects an impossible date with a field error a clerk can act on', async () => {
    const res = await agent.get('/api/v1/calendar/add-working-days?from=2026-02-30&days=x', { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    const paths = (res.json() as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['query.from', 'query.days']));
  });

  it('applies a city’s local day off to its offices but not to a sibling city, audited', async () => {
    const gz = await t.orgId('GZ');
    const created = await admin.post('/api/v1/calendar/overrides', { orgUnitId: gz, date: '2026-12-01', workingDay: false, nameZh: '广州本地假日', nameEn: 'Guangzhou local holiday' });
    expect(created.statusCode).toBe(201);
    const gz01 = await t.orgId('GZ01');
    const sz01 = await t.orgId('SZ01');
    expect((await admin.get(`/api/v1/calendar/days/2026-12-01?org=${gz01}`)).json()).toMatchObject({ workingDay: false, holiday: '广州本地假日' });
    expect((await admin.get(`/api/v1/calendar/days/2026-12-01?org=${sz01}`)).json()).toMatchObject({ workingDay: true, holiday: null });
    // An agent in GZ01 gets the local rule by default (their own unit).
    expect((await agent.get('/api/v1/calendar/add-working-days?from=2026-11-30&days=1')).json()).toMatchObject({ date: '2026-12-02' });
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'calendar.override_create').executeTakeFirstOrThrow();
    expect(entry.actor_name).toBe('admin');
    expect(entry.org_unit_id).toBe(gz);
  });

  it('lets a nearer unit’s rule win over an ancestor’s for the same date', async () => {
    const gz01 = await t.orgId('GZ01');
    await admin.post('/api/v1/calendar/overrides', { orgUnitId: gz01, date: '2026-12-01', workingDay: true, nameZh: '天河照常上班' });
    expect((await admin.get(`/api/v1/calendar/days/2026-12-01?org=${gz01}`)).json()).toMatchObject({ workingDay: true });
    expect((await admin.get(`/api/v1/calendar/days/2026-12-01?org=${await t.orgId('GZ02')}`)).json()).toMatchObject({ workingDay: false });
  });

  it('enters a newly published year: results stop being provisional, and the entry is audited', async () => {
    const preview = await admin.post('/api/v1/calendar/years/2027/parse', {
      text: '2027-01-01 放假 元旦\n2027-02-05~2027-02-11 放假 春节\n2027-02-14 上班 春节',
    });
    expect(preview.statusCode).toBe(200);
    const { days, problems } = preview.json() as { days: unknown[]; problems: unknown[] };
    expect(problems).toEqual([]);
    const saved = await admin.put('/api/v1/calendar/years/2027', { notice: '国办发明电〔2026〕x号', days });
    expect(saved.statusCode).toBe(200);
    expect((await agent.get('/api/v1/calendar/days/2027-02-10')).json()).toMatchObject({ workingDay: false, holiday: '春节', provisional: false });
    expect((await agent.get('/api/v1/calendar/days/2027-02-14')).json()).toMatchObject({ workingDay: true, makeupWorkday: true });
    expect((await agent.get('/api/v1/calendar/add-working-days?from=2026-12-30&days=2')).json()).toEqual({ date: '2027-01-04', provisional: false });
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'calendar.year_publish').executeTakeFirstOrThrow();
    expect(JSON.stringify(entry.after)).toContain('2027-02-14 上班 春节');

    // A correction sends the version read; a stale one is refused with 409 and nothing changes.
    expect((await admin.put('/api/v1/calendar/years/2027', { version: 1, days })).statusCode).toBe(200);
    const stale = await admin.put('/api/v1/calendar/years/2027', { version: 1, days: [] });
    expect(stale.statusCode).toBe(409);
    expect((await agent.get('/api/v1/calendar/days/2027-02-10')).json()).toMatchObject({ holiday: '春节' });
  });

  it('refuses a make-up working day on a weekday and a date outside the year, storing nothing', async () => {
    const before = await t.db.selectFrom('calendar_day').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await admin.put('/api/v1/calendar/years/2028', {
      days: [
        { date: '2028-03-01', workingDay: true, nameZh: '错', nameEn: null },
        { date: '2029-01-01', workingDay: false, nameZh: '元旦', nameEn: null },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path)).toEqual(['days.0.workingDay', 'days.1.date']);
    const after = await t.db.selectFrom('calendar_day').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('returns a whole year for the month grid, with holidays and make-up days', async () => {
    const res = await agent.get('/api/v1/calendar/years/2026');
    const body = res.json() as { official: boolean; days: { date: string; workingDay: boolean; holiday: string | null }[] };
    expect(body.official).toBe(true);
    expect(body.days).toHaveLength(365);
    expect(body.days.filter((d) => d.date.startsWith('2026-10') && d.holiday === '国庆节')).toHaveLength(7);
  });
});
