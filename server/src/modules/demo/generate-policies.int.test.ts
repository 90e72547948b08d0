import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.js';
import { decryptField } from '../../platform/pii/index.js';
import { todayInShanghai } from '../calendar/dates.js';
import { CONTEXT } from '../policies/policy-rules.js';
import { CLIENTS_PER_OFFICE, POLICIES_PER_OFFICE } from './seed-demo.js';
import { generateClients } from './generate-clients.js';
import { generatePolicies } from './generate-policies.js';

// The demo policy register as the test suite seeds it (scale 1: 6 offices × 96 policies), R-PO-1..5.
describe('demo policies in the seeded database', () => {
  let t: TestApp;
  const seeded = 6 * POLICIES_PER_OFFICE;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const counts = async () => {
    const { rows } = await sql<Record<'policies' | 'parties' | 'reviews' | 'notices' | 'timeline' | 'deadlines' | 'numbers', number>>`
      select (select count(*) from policy)::int as policies, (select count(*) from policy_party)::int as parties,
             (select count(*) from policy_review)::int as reviews, (select count(*) from policy_notice)::int as notices,
             (select count(*) from client_timeline where entity_type = 'policy')::int as timeline,
             (select count(*) from deadline where entity_type = 'policy')::int as deadlines,
             (select coalesce(sum(last), 0) from policy_number_seq)::int as numbers`.execute(t.db);
    return rows[0]!;
  };

  it('holds policies of clients in their own office, their agent’s, with valid parties and sealed debit accounts', async () => {
    const { rows } = await sql<{ id: number; internal_no: string; org_unit_id: number; agent_id: number; policyholder_id: number; holder_org: number; holder_agent: number;
      code: string; state: string; bank_account_enc: string | null; payment_mode: string; insured_ok: boolean }>`
      select p.id, p.internal_no, p.org_unit_id, p.agent_id, p.policyholder_id, h.org_unit_id as holder_org, h.agent_id as holder_agent, o.code,
             p.state, p.bank_account_enc, p.payment_mode,
             -- R-PO-1: the insured is the policyholder or a household member linked to them
             (select bool_and(pp.client_id = p.policyholder_id or exists (
                select 1 from client_link l where l.relation in ('spouse', 'child')
                  and ((l.client_id = pp.client_id and l.related_client_id = p.policyholder_id) or (l.related_client_id = pp.client_id and l.client_id = p.policyholder_id))))
              from policy_party pp where pp.policy_id = p.id and pp.role = 'insured') as insured_ok
      from policy p join client h on h.id = p.policyholder_id join org_unit o on o.id = p.org_unit_id`.execute(t.db);
    expect(rows).toHaveLength(seeded);
    for (const r of rows) {
      expect([r.org_unit_id, r.agent_id]).toEqual([r.holder_org, r.holder_agent]);
      expect(r.internal_no).toMatch(new RegExp(`^${r.code}-20\\d\\d-\\d{6}$`)); // R-PO-3
      expect(r.insured_ok, `policy ${r.id}`).toBe(true);
      if (r.payment_mode === 'auto_debit') expect(decryptField(t.app.keyring, r.bank_account_enc!, { context: CONTEXT.bankAccount })).toMatch(/^\d{16,19}$/);
      else expect(r.bank_account_enc).toBeNull();
    }
    // Internal numbers are the unit and year sequences' numbers, none skipped (R-PO-3).
    const c = await counts();
    expect(c.numbers).toBe(seeded);
    expect(new Set(rows.map((r) => r.internal_no)).size).toBe(seeded);
    // Every client of a policy has it on the timeline (R-CL-4); every policy had its intake review (R-PO-2).
    const { rows: missing } = await sql<{ n: number }>`
      select count(*)::int as n from policy p
      join (select policy_id, client_id from policy_party where role = 'insured' union select id, policyholder_id from policy) as c (policy_id, client_id) on c.policy_id = p.id
      where not exists (select 1 from client_timeline t where t.client_id = c.client_id and t.entity_type = 'policy' and t.entity_id = p.id::text and t.kind = 'policy.registered')`.execute(t.db);
    expect(missing[0]!.n).toBe(0);
    expect(c.reviews).toBe(seeded);
    const audit = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'system.seed_demo').executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ clients: 6 * CLIENTS_PER_OFFICE, policies: seeded });
  });

  it('keeps states true to the dates, and opens deadlines only for the intake still to do (R-PO-2, R-PO-4)', async () => {
    const today = todayInShanghai();
    const { rows } = await sql<{ state: string; n: number; bad: number }>`
      select state, count(*)::int as n, count(*) filter (where not case state
        when 'in_force' then effective_date <= ${today}::date and (end_date is null or end_date >= ${today}::date) and verified_at is not null
        when 'verified' then effective_date > ${today}::date and verified_at is not null
        when 'expired' then end_date < ${today}::date
        when 'lapsed' then state_reason is not null and payment_frequency <> 'single'
        when 'terminated' then state_reason is not null
        else verified_at is null end)::int as bad
      from policy group by state order by state`.execute(t.db);
    const byState: Record<string, number> = { registered: 0, on_hold: 0, ...Object.fromEntries(rows.map((r) => [r.state, r.n])) };
    for (const r of rows) expect(r.bad, r.state).toBe(0);
    expect(byState.in_force).toBeGreaterThan(seeded * 0.8);
    expect(byState.registered).toBeGreaterThan(0);
    expect(byState.on_hold).toBeGreaterThan(0);

    const { rows: intake } = await sql<{ state: string; passed: boolean; notices: number; rules: string }>`
      select p.state, r.passed, (select count(*) from policy_notice n where n.policy_id = p.id and n.kind = 'on_hold')::int as notices,
             (select string_agg(d.rule_id, ',' order by d.rule_id) from deadline d where d.entity_type = 'policy' and d.entity_id = p.id::text and d.state = 'open') as rules
      from policy p join policy_review r on r.policy_id = p.id where p.state in ('registered', 'on_hold')`.execute(t.db);
    expect(intake).toHaveLength(byState.registered! + byState.on_hold!);
    for (const p of intake) {
      if (p.state === 'registered') expect(p).toMatchObject({ passed: true, notices: 0, rules: 'policy.intake_verify' });
      else expect(p).toMatchObject({ passed: false, notices: 1, rules: 'policy.hold_followup,policy.intake_verify' });
    }
    const c = await counts();
    expect(c.deadlines).toBe(byState.registered! + 2 * byState.on_hold!); // and none for the rest
    expect(c.notices).toBe(byState.on_hold);
  });

  it('a second run creates nothing; a larger count adds exactly the difference, for clients stored later too', async () => {
    const before = await counts();
    expect(await generatePolicies(t.db, t.app.keyring, { count: seeded })).toEqual({ policies: 0, parties: 0, deadlines: 0 });
    expect(await counts()).toEqual(before);

    // Policies of block 24 need its clients: refused until they are stored.
    await expect(generatePolicies(t.db, t.app.keyring, { count: seeded + 30 })).rejects.toThrow(/generate the demo clients/);
    expect(await counts()).toEqual(before);
    await generateClients(t.db, t.app.keyring, { count: 6 * CLIENTS_PER_OFFICE + 32 });
    const grown = await generatePolicies(t.db, t.app.keyring, { count: seeded + 30, batchSize: 24 });
    expect(grown.policies).toBe(30);
    const after = await counts();
    expect(after.policies).toBe(before.policies + 30);
    expect(after.parties).toBe(before.parties + grown.parties);
    expect(after.deadlines).toBe(before.deadlines + grown.deadlines);
    expect(await generatePolicies(t.db, t.app.keyring, { count: seeded + 30 })).toMatchObject({ policies: 0 });
  });

  it('a demo policy is found by its number within scope, with its parties, through the API', async () => {
    const p = await t.db.selectFrom('policy as p').innerJoin('app_user as u', 'u.id', 'p.agent_id').innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
      .select(['p.id', 'p.policy_number', 'u.username', 'o.code']).where('p.beneficiary_designation', '=', 'named').orderBy('p.id').executeTakeFirstOrThrow();
    const agent = await t.login(p.username);
    const list = (await agent.get(`/api/v1/policies?number=${p.policy_number}`)).json() as { items: { id: number }[] };
    expect(list.items.map((i) => i.id)).toEqual([p.id]);
    const detail = (await agent.get(`/api/v1/policies/${p.id}`)).json() as { parties: { role: string; rank: number | null; share: string | null }[] };
    expect(detail.parties.filter((x) => x.role === 'insured').length).toBeGreaterThan(0);
    const shares = detail.parties.filter((x) => x.role === 'beneficiary' && x.rank === 1).map((x) => Number(x.share));
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    const other = await t.login(p.code.startsWith('GZ') ? 'sz01.agent1' : 'gz01.agent1');
    expect(((await other.get(`/api/v1/policies?number=${p.policy_number}`)).json() as { items: unknown[] }).items).toEqual([]);
  });

  // R-PO-5: the coverage review has something to show for demo households.
  it('gives demo households gaps, and some a medical overlap, in the coverage review', async () => {
    const { rows } = await sql<{ client_id: number; username: string }>`
      select pp.client_id, u.username from policy_party pp join policy p on p.id = pp.policy_id join client c on c.id = pp.client_id join app_user u on u.id = c.agent_id
      where pp.role = 'insured' and p.state = 'in_force' and p.line_of_business = 'health' and p.term_type = 'short_term'
      group by pp.client_id, u.username having count(*) >= 2 order by pp.client_id limit 1`.execute(t.db);
    expect(rows).toHaveLength(1);
    const agent = await t.login(rows[0]!.username);
    const review = (await agent.get(`/api/v1/clients/${rows[0]!.client_id}/coverage`)).json() as { findings: { ruleId: string; clientId: number }[]; household: unknown[] };
    expect(review.findings.some((f) => f.ruleId === 'COV-7' && f.clientId === rows[0]!.client_id)).toBe(true);

    const { rows: heads } = await sql<{ id: number; username: string }>`
      select c.id, u.username from client c join app_user u on u.id = c.agent_id
      where c.kind = 'person' and exists (select 1 from client_link l where l.client_id = c.id and l.relation = 'spouse') order by c.id limit 20`.execute(t.db);
    let gaps = 0;
    const logins = new Map<string, Awaited<ReturnType<TestApp['login']>>>();
    for (const h of heads) {
      if (!logins.has(h.username)) logins.set(h.username, await t.login(h.username));
      const r = (await logins.get(h.username)!.get(`/api/v1/clients/${h.id}/coverage`)).json() as { findings: { kind: string }[]; household: unknown[] };
      expect(r.household.length).toBeGreaterThanOrEqual(2);
      if (r.findings.some((f) => f.kind === 'gap')) gaps++;
    }
    expect(gaps).toBeGreaterThan(5);
  });
});
