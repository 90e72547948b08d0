import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { fromDayNumber, toDayNumber, todayInShanghai } from '../calendar/dates.js';
import { VERIFY_FIELDS } from '../policies/policy-rules.data.js';

// The coverage review of a household (R-PO-5, COV-1..10) through the HTTP API, on both engines.
// Policies are registered and verified through the policy registry's own routes.
describe('coverage review per client and household', () => {
  let t: TestApp;
  let clerk: Client;
  let agent: Client;
  let gz01: number;
  let seq = 0;
  const today = todayInShanghai();
  const day = (n: number) => fromDayNumber(toDayNumber(today) + n);
  const bornYearsAgo = (years: number) => `${Number(today.slice(0, 4)) - years}-01-01`;
  const c = { father: 0, mother: 0, child: 0, grandpa: 0, employer: 0, outsider: 0 };
  const p = { termLife: 0, medical1: 0, medical2: 0, criticalIllness: 0, motherLifeElsewhere: 0, motherAccident: 0, childAccident: 0, home: 0, grandpaLife: 0 };
  let product: Record<string, { id: number; insurerId: number }>;

  const person = async (name: string, gender: 'male' | 'female', birthDate: string) => {
    const res = await clerk.post('/api/v1/clients', { kind: 'person', orgUnitId: gz01, name, gender, birthDate });
    expect(res.statusCode).toBe(201);
    return res.json().client.id as number;
  };
  const link = async (clientId: number, relatedClientId: number, relation: string) =>
    expect((await clerk.post(`/api/v1/clients/${clientId}/links`, { relatedClientId, relation })).statusCode).toBe(201);
  /** Register a handed-over policy (R-PO-1) and, unless asked not to, verify it with every check matching (R-PO-4). */
  const register = async (code: string, insured: number[], dates: { effectiveDate: string; endDate?: string | null }, opts: { verify?: boolean; sumInsured?: string } = {}) => {
    const res = await clerk.post('/api/v1/policies', {
      orgUnitId: gz01, insurerId: product[code]!.insurerId, productId: product[code]!.id, policyNumber: `COV2026${String(++seq).padStart(5, '0')}`,
      policyholderId: c.father, sumInsured: opts.sumInsured ?? '100000', premium: '1000', paymentFrequency: 'annual', paymentMode: 'bank_transfer',
      // The child is linked to the mother only: the relation to the policyholder (the father) is given.
      ...dates, insured: insured.map((clientId) => (clientId === c.child ? { clientId, relation: 'child' } : { clientId })), beneficiaryDesignation: 'legal',
      review: { formatComplete: true, sealsPresent: true, noAlteration: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json() as { id: number; version: number };
    if (opts.verify === false) return created.id;
    const verified = await clerk.post(`/api/v1/policies/${created.id}/verify`, {
      version: created.version, checks: VERIFY_FIELDS.map((field) => ({ field, matches: true })),
    });
    expect(verified.statusCode, verified.body).toBe(200);
    return created.id;
  };
  const review = async (who: Client, clientId: number, lang = 'zh-CN') => who.get(`/api/v1/clients/${clientId}/coverage`, { 'accept-language': lang });
  type Review = {
    asOf: string;
    household: { clientId: number; relation: string; age: number | null }[];
    cells: { clientId: number; line: string; status: string; totalSumInsured: string; nextExpiry: string | null; policies: { id: number; standing: string }[] }[];
    findings: { ruleId: string; kind: string; clientId: number; line: string; policyIds: number[]; message: string; basis: string }[];
    rules: { id: string; text: string; basis: string }[];
  };
  const cell = (r: Review, clientId: number, line: string) => r.cells.find((x) => x.clientId === clientId && x.line === line)!;
  const found = (r: Review, clientId: number) => r.findings.filter((f) => f.clientId === clientId).map((f) => `${f.ruleId}:${f.line}`);

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
    agent = await t.login('gz01.agent1');
    gz01 = await t.orgId('GZ01');
    const rows = await t.db.selectFrom('product').select(['id', 'code', 'insurer_id']).execute();
    product = Object.fromEntries(rows.map((r) => [r.code, { id: r.id, insurerId: r.insurer_id }]));

    c.father = await person('覆盖建国', 'male', bornYearsAgo(38));
    c.mother = await person('覆盖林慧', 'female', bornYearsAgo(36));
    c.child = await person('覆盖小明', 'male', bornYearsAgo(8));
    c.grandpa = await person('覆盖老陈', 'male', bornYearsAgo(66));
    c.employer = (await clerk.post('/api/v1/clients', { kind: 'organisation', orgUnitId: gz01, name: '覆盖示例科技有限公司' })).json().client.id;
    await link(c.father, c.mother, 'spouse');
    await link(c.mother, c.child, 'child'); // linked to the mother only: still the household's child
    await link(c.grandpa, c.father, 'child'); // stored the other way round: the grandfather is the father's parent
    await link(c.father, c.employer, 'employer');
    // A relative archived in a sibling branch (Shenzhen) is outside the GZ01 scope.
    const sz01 = await t.orgId('SZ01');
    c.outsider = (await t.db.insertInto('client').values({ kind: 'person', org_unit_id: sz01, name: '覆盖深圳亲属', birth_date: '1960-05-05', first_contact_at: new Date() })
      .returning('id').executeTakeFirstOrThrow()).id;
    await t.db.insertInto('client_link').values({ client_id: c.father, related_client_id: c.outsider, relation: 'parent' }).execute();

    p.termLife = await register('CP-TL01', [c.father], { effectiveDate: day(-400), endDate: day(-400 + 365 * 20) }, { sumInsured: '1000000' });
    p.medical1 = await register('PA-MED02', [c.father], { effectiveDate: day(-100), endDate: day(264) }, { sumInsured: '2000000.50' });
    p.medical2 = await register('PA-MED02', [c.father], { effectiveDate: day(-30), endDate: day(334) }, { sumInsured: '10000' });
    p.home = await register('CP-HOME02', [c.father], { effectiveDate: day(-5), endDate: day(359) }, { verify: false });
    p.criticalIllness = await register('CL-CI03', [c.mother, c.father], { effectiveDate: day(-200), endDate: null }, { sumInsured: '300000' });
    p.motherAccident = await register('PA-ACC03', [c.mother], { effectiveDate: day(10), endDate: day(374) });
    p.motherLifeElsewhere = await register('CL-WL01', [c.mother], { effectiveDate: day(-50), endDate: null });
    // Moved to a sibling branch after registration: outside the caller's scope, neither shown nor counted.
    await t.db.updateTable('policy').set({ org_unit_id: sz01 }).where('id', '=', p.motherLifeElsewhere).execute();
    p.childAccident = await register('PA-ACC03', [c.child], { effectiveDate: day(-340), endDate: day(20) }, { sumInsured: '50000' });
    p.grandpaLife = await register('CL-WL01', [c.grandpa], { effectiveDate: day(-800), endDate: null });
    const grandpaPolicy = (await clerk.get(`/api/v1/policies/${p.grandpaLife}`)).json();
    const lapsed = await clerk.post(`/api/v1/policies/${p.grandpaLife}/status`, { version: grandpaPolicy.version, to: 'lapsed', reason: '宽限期满未缴续期保费' });
    expect(lapsed.statusCode, lapsed.body).toBe(200);
  });
  afterAll(() => t.close());

  it('shows the household: the client, spouse, the spouse\'s child and the parent stored the other way round; no employer, nobody out of scope (COV-1)', async () => {
    const res = await review(agent, c.father);
    expect(res.statusCode).toBe(200);
    const r = res.json() as Review;
    expect(r.asOf).toBe(today);
    expect(r.household.map((m) => [m.clientId, m.relation, m.age])).toEqual([
      [c.father, 'self', 38], [c.mother, 'spouse', 36], [c.child, 'child', 8], [c.grandpa, 'parent', 66],
    ]);
    expect(r.cells).toHaveLength(4 * 7);
    // From the child's side the same people, seen from the child.
    const fromChild = (await review(agent, c.child)).json() as Review;
    expect(fromChild.household.map((m) => [m.clientId, m.relation])).toEqual([[c.child, 'self'], [c.mother, 'parent']]);
  });

  it('fills the matrix: in-force totals exact, nearest expiry, pending and not-yet-started policies shown but not counted (COV-2)', async () => {
    const r = (await review(agent, c.father)).json() as Review;
    expect(cell(r, c.father, 'health')).toMatchObject({ status: 'overlap', totalSumInsured: '2310000.50', nextExpiry: day(264) });
    expect(cell(r, c.father, 'life')).toMatchObject({ status: 'covered', totalSumInsured: '1000000.00', nextExpiry: day(-400 + 365 * 20) });
    expect(cell(r, c.father, 'property')).toMatchObject({ status: 'pending', totalSumInsured: '0.00', policies: [{ id: p.home, standing: 'pending_verification' }] });
    expect(cell(r, c.mother, 'health')).toMatchObject({ status: 'covered', totalSumInsured: '300000.00', nextExpiry: null });
    expect(cell(r, c.mother, 'accident').policies).toMatchObject([{ id: p.motherAccident, standing: 'starts_later' }]);
    expect(cell(r, c.mother, 'life')).toMatchObject({ status: 'gap', policies: [] }); // the Shenzhen-registered policy is not there
    expect(cell(r, c.grandpa, 'life')).toMatchObject({ status: 'none', totalSumInsured: '0.00', policies: [{ id: p.grandpaLife, standing: 'lapsed' }] });
  });

  it('finds gaps, the medical overlap, the expiring accident policy and the reinstatable lapse, each with its rule and basis', async () => {
    const r = (await review(agent, c.father)).json() as Review;
    expect(found(r, c.father)).toEqual(['COV-7:health']);
    expect(found(r, c.mother)).toEqual(['COV-3:life']);
    expect(found(r, c.child)).toEqual(['COV-4:health', 'COV-9:accident']);
    expect(found(r, c.grandpa)).toEqual(['COV-10:life', 'COV-4:health', 'COV-6:accident']);

    const overlap = r.findings.find((f) => f.ruleId === 'COV-7')!;
    expect(overlap.policyIds).toEqual([p.medical1, p.medical2]);
    expect(overlap.message).toContain('补偿型保险只赔一次');
    expect(overlap.basis).toContain('保险法第五十六条');
    const gap = r.findings.find((f) => f.ruleId === 'COV-3')!;
    expect(gap).toMatchObject({ policyIds: [p.motherAccident], message: '覆盖林慧（36 岁）处于劳动年龄，没有有效的寿险或意外险保障；另有 1 份保单待核对或尚未生效' });
    expect(r.findings.find((f) => f.ruleId === 'COV-9')!.message).toContain(`将于 ${day(20)} 到期（还有 20 天）`);
    const lapse = r.findings.find((f) => f.ruleId === 'COV-10')!;
    // The window's end is the deadline engine's: the running reinstatement-window deadline of the policy.
    const window = await t.db.selectFrom('deadline').select('due_at').where('rule_id', '=', 'policy.reinstatement_window')
      .where('entity_type', '=', 'policy').where('entity_id', '=', String(p.grandpaLife)).executeTakeFirstOrThrow();
    const until = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(window.due_at);
    expect(until >= day(365 * 2) && until <= day(365 * 2 + 10)).toBe(true);
    expect(lapse.message).toContain(`于 ${today} 失效，可在 ${until} 前申请复效`);
    expect(lapse.basis).toContain('保险法第三十七条');
  });

  it('without a running deadline (a lapse recorded before the engine knew it) computes the same window from the rule', async () => {
    const lapseOf = async () => ((await review(agent, c.father)).json() as Review).findings.find((f) => f.ruleId === 'COV-10')!.message;
    const before = await lapseOf();
    await t.db.updateTable('deadline').set({ state: 'cancelled', cancel_reason: 'test' }).where('rule_id', '=', 'policy.reinstatement_window')
      .where('entity_id', '=', String(p.grandpaLife)).execute();
    expect(await lapseOf()).toBe(before);
    // Lapsed three years ago: past the window, no longer reinstatable, no finding.
    await t.db.updateTable('policy').set({ state_changed_at: new Date(Date.now() - 3 * 365 * 86_400_000) }).where('id', '=', p.grandpaLife).execute();
    expect(((await review(agent, c.father)).json() as Review).findings.filter((f) => f.ruleId === 'COV-10')).toEqual([]);
  });

  it('answers in English when asked, rules included', async () => {
    const r = (await review(agent, c.father, 'en')).json() as Review;
    expect(r.findings.find((f) => f.ruleId === 'COV-4' && f.clientId === c.child)!.message).toBe('覆盖小明 has no health (medical / critical illness) cover in force');
    expect(r.rules.map((x) => x.id)).toEqual(['COV-1', 'COV-2', 'COV-3', 'COV-4', 'COV-5', 'COV-6', 'COV-7', 'COV-8', 'COV-9', 'COV-10']);
    expect(r.rules[0]!.text).toContain("an organisation's group cover");
    expect(r.rules.find((x) => x.id === 'COV-10')!.basis).toContain('Insurance Law Art. 37');
  });

  it('reviews an organisation on its own: no household, no gaps', async () => {
    const r = (await review(agent, c.employer)).json() as Review;
    expect(r.household.map((m) => m.relation)).toEqual(['self']);
    expect(r.findings).toEqual([]);
  });

  it('is read within scope only: a sibling branch gets 404, a role without policy.read 403, nothing written', async () => {
    const gz02 = await t.login('gz02.clerk');
    const sz01 = await t.login('sz01.agent1');
    const admin = await t.login('gd.admin');
    const supervisor = await t.login('gz.supervisor');
    const audited = async () => (await t.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n;
    const before = await audited();
    expect((await review(gz02, c.father)).statusCode).toBe(404);
    expect((await review(sz01, c.father)).statusCode).toBe(404);
    expect((await review(admin, c.father)).statusCode).toBe(403);
    expect((await review(agent, 999_999_999)).statusCode).toBe(404);
    expect((await review(supervisor, c.father)).statusCode).toBe(200);
    expect(await audited()).toBe(before);
  });
});
