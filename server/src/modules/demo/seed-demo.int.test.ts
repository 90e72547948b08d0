import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.js';
import { isValidMobile, isValidResidentId, isValidUnifiedSocialCreditCode, residentIdInfo } from '../../platform/pii/index.js';
import { openClientFields } from '../clients/find-clients.js';
import { CLIENTS_PER_OFFICE, seedDemo } from './seed-demo.js';
import { generateClients } from './generate-clients.js';
import { seedDemoWork } from './demo-work.js';
import { listDeadlines, myDueItems } from '../deadlines/find-deadlines.js';
import type { Context } from '../../platform/context/context.js';

// The demo client archive as the test suite seeds it (scale 1: 6 offices × 64 clients), R-CL-1..6.
describe('demo clients in the seeded database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const counts = async () => {
    const { rows } = await sql<{ clients: number; links: number; timeline: number; users: number; units: number; deadlines: number }>`
      select (select count(*) from client)::int as clients, (select count(*) from client_link)::int as links,
             (select count(*) from client_timeline where kind = 'client.created')::int as timeline, (select count(*) from app_user)::int as users,
             (select count(*) from org_unit)::int as units, (select count(*) from deadline where entity_type = 'client')::int as deadlines`.execute(t.db);
    return rows[0]!;
  };

  it('stores valid, sealed identifiers that agree with the clear columns, owned by agents of the same office', async () => {
    const rows = await t.db
      .selectFrom('client as c')
      .innerJoin('org_unit as o', 'o.id', 'c.org_unit_id')
      .leftJoin('role_assignment as ra', (j) => j.onRef('ra.user_id', '=', 'c.agent_id').on('ra.role', '=', 'agent'))
      .selectAll('c')
      .select(['o.level', 'ra.org_unit_id as agent_unit'])
      .execute();
    expect(rows).toHaveLength(6 * CLIENTS_PER_OFFICE);
    for (const row of rows) {
      const clear = openClientFields(t.app.keyring, row);
      expect(isValidMobile(clear.mobile!)).toBe(true);
      expect(clear.address).toMatch(/^广东省/);
      if (row.kind === 'person') {
        expect(isValidResidentId(clear.idNumber!)).toBe(true);
        expect(residentIdInfo(clear.idNumber!)).toEqual({ birthDate: row.birth_date, gender: row.gender });
        expect(row.id_type).toBe('resident_id');
      } else {
        expect(isValidUnifiedSocialCreditCode(row.unified_credit_code!)).toBe(true);
      }
      expect(row.level).toBe('office');
      expect(row.agent_unit).toBe(row.org_unit_id);
      expect(row.archived_at).not.toBeNull(); // complete archives: no R-CL-2 deadline to keep
      expect(JSON.stringify(row)).not.toContain(clear.mobile!);
    }
    const c = await counts();
    expect(c.deadlines).toBe(0);
    expect(c.timeline).toBe(c.clients);
    expect(c.links).toBeGreaterThan(100);
    const audit = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'system.seed_demo').executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ scale: 1, orgUnits: 10, clients: 6 * CLIENTS_PER_OFFICE });
  });

  it('seeding again creates nothing twice', async () => {
    const before = await counts();
    expect(await seedDemo(t.db, t.app.keyring)).toEqual({ orgUnits: 0, users: 0, clients: 0, policies: 0, alreadySeeded: true });
    expect(await generateClients(t.db, t.app.keyring, { count: 6 * CLIENTS_PER_OFFICE })).toEqual({ clients: 0, links: 0 });
    expect(await counts()).toEqual(before);
  });

  it('grows to exactly the count asked for, linking new household members to stored ones', async () => {
    const before = await counts();
    // Block 24 (clients 384-399) cut after its first household's two eldest… then completed.
    const partial = await generateClients(t.db, t.app.keyring, { count: 6 * CLIENTS_PER_OFFICE + 2, batchSize: 16 });
    expect(partial.clients).toBe(2);
    const rest = await generateClients(t.db, t.app.keyring, { count: 6 * CLIENTS_PER_OFFICE + 16, batchSize: 16 });
    expect(rest.clients).toBe(14);
    const after = await counts();
    expect(after.clients).toBe(before.clients + 16);
    expect(after.links).toBe(before.links + partial.links + rest.links);
    expect(after.users).toBe(before.users);
  });

  it('a demo client is found by mobile and by ID number through the search box, within scope only', async () => {
    const gz01 = await t.orgId('GZ01');
    const row = await t.db.selectFrom('client').selectAll().where('org_unit_id', '=', gz01).where('kind', '=', 'person').orderBy('id').executeTakeFirstOrThrow();
    const clear = openClientFields(t.app.keyring, row);
    const agent = await t.login('gz01.agent1');
    const search = async (q: string, as = agent) => (await as.get(`/api/v1/clients/search?q=${encodeURIComponent(q)}`)).json();

    expect(await search(clear.mobile!)).toMatchObject({
      matchedBy: 'mobile',
      items: [{ id: row.id, name: row.name, mobile: `${clear.mobile!.slice(0, 3)}****${clear.mobile!.slice(-4)}`, orgUnitId: gz01 }],
    });
    expect(await search(clear.idNumber!)).toMatchObject({ matchedBy: 'idNumber', items: [{ id: row.id }] });
    expect((await search(row.name.slice(0, 2))).items.map((i: { id: number }) => i.id)).toContain(row.id);
    expect((await search(clear.mobile!, await t.login('sz01.agent1'))).items).toEqual([]);
  });

  it('a surname finds the first page of its clients in name order (code points), across the whole scope', async () => {
    const { rows: common } = await sql<{ surname: string; n: number }>`
      select left(name, 1) as surname, count(*)::int as n from client where kind = 'person' group by 1 order by 2 desc, 1 limit 1`.execute(t.db);
    const { surname, n } = common[0]!;
    expect(n).toBeGreaterThan(5);
    const found = (await (await t.login('gd.supervisor')).get(`/api/v1/clients/search?limit=5&q=${encodeURIComponent(surname)}`)).json() as { matchedBy: string; items: { id: number; name: string }[] };
    expect(found.matchedBy).toBe('name');
    const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    expect(found.items).toEqual([...found.items].sort((a, b) => byCodePoint(a.name, b.name) || a.id - b.id));
    const { rows: firstPage } = await sql<{ id: number }>`
      select id from client where name like ${`${surname}%`} and merged_into_id is null order by name collate "C", id limit 5`.execute(t.db);
    expect(found.items.map((c) => c.id)).toEqual(firstPage.map((r) => r.id));
  });

  // R-CL-5: an agent's care list is never empty, whatever the day.
  it('an office has birthdays in every 7-day window of the year', async () => {
    const agent = await t.login('gz01.agent1');
    const birthdays = new Set<string>();
    for (let from = 0; from < 365 + 7; from += 60) {
      const date = new Date(Date.UTC(2027, 0, 1 + from)).toISOString().slice(0, 10);
      const care = (await agent.get(`/api/v1/clients/care?days=60&from=${date}`)).json() as { items: { birthday: string }[] };
      for (const item of care.items) birthdays.add(item.birthday);
    }
    for (let d = 0; d < 365; d++) {
      const window = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2027, 0, 1 + d + i)).toISOString().slice(0, 10));
      expect(window.some((day) => birthdays.has(day)), `7 days from ${window[0]}`).toBe(true);
    }
    const today = (await agent.get('/api/v1/clients/care?days=7')).json();
    expect(today.items.length).toBeGreaterThan(0);
  });
});

// Issue 11, item 9: a first start shows the product at work. The offices' work runs through the
// use cases and the sweep at an injected moment (a Wednesday, a working day), never the wall clock.
describe('the demo offices at work', () => {
  let t: TestApp;
  const now = new Date('2026-12-02T03:30:00Z'); // 11:30 Beijing time
  let report: Awaited<ReturnType<typeof seedDemoWork>>;
  beforeAll(async () => {
    t = await createTestApp();
    report = await seedDemoWork(t.db, t.app.keyring, t.app.services, now);
  });
  afterAll(() => t.close());

  const idOf = async (username: string) => (await t.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const clockAt = (ctx: Context): Context => ({ ...ctx, clock: { now: () => now } });

  it('each demo role user has overdue and due-today items among their own to-dos', async () => {
    for (const username of ['gz01.clerk', 'gz01.agent1', 'gz.supervisor', 'sz01.clerk', 'fs02.clerk', 'fs02.agent1', 'sz.supervisor', 'fs.supervisor']) {
      const mine = await myDueItems(clockAt(await t.context(username, 'deadline.read')));
      expect(mine.overdue.length, `${username} overdue`).toBeGreaterThan(0);
      expect(mine.dueToday.length, `${username} due today`).toBeGreaterThan(0);
    }
  });

  it('has deadlines in every state: open, due soon, overdue, escalated, paused, met, missed, cancelled', async () => {
    const { rows } = await sql<{ state: string; n: number }>`
      select state, count(*)::int as n from deadline group by 1
      union all select 'escalated', count(*)::int from deadline where escalated_at is not null
      union all select 'paused', count(*)::int from deadline where paused_at is not null`.execute(t.db);
    const byState = Object.fromEntries(rows.map((r) => [r.state, r.n]));
    for (const state of ['open', 'due_soon', 'overdue', 'escalated', 'paused', 'met', 'missed', 'cancelled']) {
      expect(byState[state] ?? 0, `${state} in ${JSON.stringify(byState)}`).toBeGreaterThan(0);
    }
    expect(report.sweep).toMatchObject({ overdue: expect.any(Number), escalated: expect.any(Number) });
    expect(report.sweep!.escalated).toBeGreaterThan(0);
  });

  it("the escalations reach the city supervisor's tab, and the supervisor's bell", async () => {
    const supervisor = await idOf('gz.supervisor');
    const gz = await t.orgId('GZ');
    const escalated = await t.db
      .selectFrom('deadline as d')
      .innerJoin('org_unit as o', 'o.id', 'd.org_unit_id')
      .innerJoin('org_unit as c', 'c.id', 'o.parent_id')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('c.id', '=', gz)
      .where('d.escalated_at', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(escalated.n).toBeGreaterThan(0);
    // The tab 逾期（辖区）: the overdue deadlines in the supervisor's scope, the escalated among them.
    const tab = await listDeadlines(clockAt(await t.context('gz.supervisor', 'deadline.read')), { state: 'overdue', limit: 200 });
    expect(tab.items.filter((d) => d.escalatedAt !== null).length).toBeGreaterThan(0);
    const told = await t.db.selectFrom('notification').select(sql<number>`count(*)::int`.as('n'))
      .where('recipient_id', '=', supervisor).where('kind', '=', 'deadline.escalated').where('read_at', 'is', null).executeTakeFirstOrThrow();
    expect(told.n).toBeGreaterThan(0);
  });

  it('the clerk, the agent and the supervisor have unread notifications in the bell', async () => {
    for (const username of ['gz01.clerk', 'gz01.agent1', 'gz.supervisor']) {
      const unread = await t.db.selectFrom('notification').select(sql<number>`count(*)::int`.as('n'))
        .where('recipient_id', '=', await idOf(username)).where('read_at', 'is', null).executeTakeFirstOrThrow();
      expect(unread.n, username).toBeGreaterThan(0);
    }
    const bell = (await (await t.login('gz01.clerk')).get('/api/v1/notifications?unread=true')).json() as { items: unknown[] };
    expect(bell.items.length).toBeGreaterThan(0);
  });

  it('has policies in every lifecycle state, a held one with its notice, open differences, and reissues in every state', async () => {
    const { rows: states } = await sql<{ state: string }>`select distinct state from policy`.execute(t.db);
    expect(states.map((r) => r.state).sort()).toEqual(['expired', 'in_force', 'lapsed', 'on_hold', 'registered', 'terminated', 'verified']);
    // Every office has a policy on hold with its notice to the client, its follow-up overdue and escalated (R-PO-2).
    const { rows: held } = await sql<{ code: string; overdue: boolean }>`
      select o.code, bool_or(d.state = 'overdue' and d.escalated_at is not null) as overdue
      from policy p join org_unit o on o.id = p.org_unit_id
      join policy_notice n on n.policy_id = p.id and n.kind = 'on_hold'
      join deadline d on d.entity_type = 'policy' and d.entity_id = p.id::text and d.rule_id = 'policy.hold_followup'
      where p.state = 'on_hold' group by o.code order by o.code`.execute(t.db);
    expect(held.filter((h) => h.overdue).map((h) => h.code)).toEqual(['FS01', 'FS02', 'GZ01', 'GZ02', 'SZ01', 'SZ02']);
    const differences = await sql<{ n: number }>`
      select count(*)::int as n from policy p join policy_difference d on d.policy_id = p.id and d.resolved_at is null where p.state = 'registered'`.execute(t.db);
    expect(differences.rows[0]!.n).toBeGreaterThan(0);
    expect(report.differences).toBe(differences.rows[0]!.n);
    // Reissue requests (R-PO-7, servicing requests of their own type) in every state: received, at the insurer, reissued, withdrawn.
    const { rows: reissues } = await sql<{ state: string; submitted: boolean }>`
      select distinct state, details ? 'submittedAt' as submitted from servicing_request where type = 'policy_reissue'`.execute(t.db);
    expect(reissues.map((r) => `${r.state}${r.submitted ? '+submitted' : ''}`).sort()).toEqual(['completed+submitted', 'received', 'received+submitted', 'withdrawn']);
  });

  it('runs once: a second run adds nothing', async () => {
    const before = await sql<{ d: number; n: number; r: number }>`
      select (select count(*) from deadline)::int as d, (select count(*) from notification)::int as n, (select count(*) from servicing_request)::int as r`.execute(t.db);
    expect(await seedDemoWork(t.db, t.app.keyring, t.app.services, now)).toEqual({ reissues: 0, held: 0, differences: 0, reassigned: 0, paused: 0, servicing: 0, sweep: null });
    const after = await sql`
      select (select count(*) from deadline)::int as d, (select count(*) from notification)::int as n, (select count(*) from servicing_request)::int as r`.execute(t.db);
    expect(after.rows).toEqual(before.rows);
  });
});
