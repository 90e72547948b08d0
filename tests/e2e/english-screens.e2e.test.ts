import { describe, expect, it } from 'vitest';
import { request, type APIRequestContext, type Page } from 'playwright-core';
import { expectText, logIn, screenshot } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

type Named = { name: string; nameEn: string | null };
type Listed<T> = { items: T[] };

/**
 * The words on screen that people typed or the demo data holds as a Chinese office would (clients'
 * names, users' display names, a product typed in rather than picked from the catalogue, notes): they
 * stay as written in English too. Everything else with an English form must show it (issue 11, item 5).
 */
async function userData(api: APIRequestContext, admin: APIRequestContext): Promise<string[]> {
  const get = async <T>(ctx: APIRequestContext, url: string) => {
    const res = await ctx.get(url);
    return res.ok() ? ((await res.json()) as T) : null;
  };
  // The product's own name, in the brand beside "Anxin".
  const values = new Set<string>(['安心']);
  const add = (...v: (string | null | undefined)[]) => v.forEach((s) => s && CJK.test(s) && values.add(s));
  for (const u of (await get<Listed<{ displayName: string }>>(admin, '/api/v1/users?limit=200'))?.items ?? []) add(u.displayName);
  for (const c of (await get<Listed<{ name: string; occupation: string | null; contactPerson: string | null; address: string | null }>>(api, '/api/v1/clients?limit=200'))?.items ?? []) {
    add(c.name, c.occupation, c.contactPerson, c.address);
  }
  const policies = (await get<Listed<{ id: number; policyholderName: string; productName: string; productNameEn: string | null; stateReason: string | null; stateReasonCodes: string[] | null }>>(api, '/api/v1/policies?limit=200'))?.items ?? [];
  for (const p of policies) {
    add(p.policyholderName);
    if (!p.productNameEn) add(p.productName); // typed in, not catalogued: no English form
    if (!p.stateReasonCodes) add(p.stateReason); // a user's words
  }
  // The records deadlines name (an internal number and the policyholder's or client's name), and why one
  // was paused (the supervisor's words).
  type Labelled = { record: { label: string }; pauseReason: string | null };
  const mine = await get<Record<'overdue' | 'dueToday' | 'upcoming', Labelled[]>>(api, '/api/v1/deadlines/mine');
  const live = (await get<Listed<Labelled>>(api, '/api/v1/deadlines?limit=200&live=true'))?.items ?? [];
  for (const d of [...live, ...(mine ? [...mine.overdue, ...mine.dueToday, ...mine.upcoming] : [])]) add(d.record.label, d.pauseReason);
  return [...values];
}

/**
 * What people wrote on a policy's record: review notes, notices to the client, what the client said
 * in verification (and the value read back to them then), reissue reasons, the parties' names. A
 * record keeps the words it was written in; they are user data, not the page's own words.
 */
async function policyRecordTexts(api: APIRequestContext, policyId: number): Promise<string[]> {
  const detail = (await (await api.get(`/api/v1/policies/${policyId}`)).json()) as Record<string, unknown>;
  const found: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (CJK.test(v)) found.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const key of ['reviews', 'notices', 'differences', 'parties']) walk(detail[key]);
  return found;
}

/**
 * The CJK text left on the page once user data and the Chinese kept beside English law citations
 * (lang="zh-CN") are taken out; the page's own words, names with an English form, tags, placeholders,
 * empty states and antd's texts must all be English.
 */
async function chineseLeft(page: Page, allowed: string[]): Promise<string[]> {
  await page.waitForTimeout(400);
  return page.evaluate(
    ({ allowed, source }) => {
      const cjk = new RegExp(source);
      const found = new Set<string>();
      const skip = (el: Element | null) => !!el?.closest('[lang="zh-CN"], [data-testid="user-data"], .ant-select-dropdown-hidden, [aria-hidden="true"]');
      // Longest first: a name that contains another (万能型终身寿险 ⊃ 终身寿险) goes out whole.
      const values = [...new Set(allowed)].sort((a, b) => b.length - a.length);
      const strip = (text: string) => values.reduce((s, v) => s.split(v).join(' '), text);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || skip(el) || !el.checkVisibility()) continue;
        const text = strip(n.textContent ?? '');
        if (cjk.test(text)) found.add(text.trim().slice(0, 80));
      }
      for (const el of document.querySelectorAll<HTMLElement>('[placeholder], [title], [aria-label]')) {
        if (skip(el) || !el.checkVisibility()) continue;
        for (const attr of ['placeholder', 'title', 'aria-label']) {
          const v = strip(el.getAttribute(attr) ?? '');
          if (cjk.test(v)) found.add(`${attr}: ${v.slice(0, 80)}`);
        }
      }
      return [...found];
    },
    { allowed, source: CJK.source },
  );
}

async function apiAs(baseUrl: string, username: string, password: string) {
  const api = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { 'Accept-Language': 'en' } });
  expect((await api.post('/api/v1/auth/login', { data: { username, password } })).status()).toBe(200);
  return api;
}

type Visit = { name: string; path: string; ready: string };

describe('English screens show English (issue 11, item 5)', () => {
  const journey = useJourney();

  const visitAll = async (page: Page, who: string, lang: string, visits: Visit[], allowed: string[] | null) => {
    const leftovers: Record<string, string[]> = {};
    for (const v of visits) {
      await page.goto(v.path);
      await page.locator(v.ready).first().waitFor();
      await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
      await page.locator('.ant-skeleton').first().waitFor({ state: 'detached' }).catch(() => undefined);
      await screenshot(page, `english-screens-${who}-${v.name}-${lang}`);
      if (allowed) {
        const left = await chineseLeft(page, allowed);
        if (left.length) leftovers[v.name] = left;
      }
    }
    return leftovers;
  };

  it('the clerk and the supervisor see the archive, policies, to-dos and rules in English, names in their English form', async () => {
    const server = journey().server;
    const { context, page } = await journey().open('english-clerk', { locale: 'en-US' });
    const admin = await apiAs(server.baseUrl, 'admin', E2E_ADMIN_PASSWORD);
    const clerk = await apiAs(server.baseUrl, 'gz01.clerk', DEMO_PASSWORD);
    const allowed = await userData(clerk, admin);
    const policies = (await (await clerk.get('/api/v1/policies?limit=50')).json()) as Listed<{ id: number; productId: number | null; insurerName: string; insurerNameEn: string | null; productNameEn: string | null; orgUnitName: string; orgUnitNameEn: string | null }>;
    const policy = policies.items.find((p) => p.productId !== null && p.productNameEn && p.insurerNameEn && p.orgUnitNameEn)!;
    expect(policy).toBeDefined();
    allowed.push(...(await policyRecordTexts(clerk, policy.id)));
    const clients = (await (await clerk.get('/api/v1/clients?limit=5')).json()) as Listed<{ id: number; orgUnitName: string; orgUnitNameEn: string | null }>;
    const client = clients.items[0]!;
    expect(client.orgUnitNameEn).toBeTruthy();

    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('home').waitFor();
    const visits: Visit[] = [
      { name: 'home', path: '/', ready: '[data-testid="home"]' },
      { name: 'clients', path: '/clients', ready: '[data-testid="clients-table"] .ant-table-row' },
      { name: 'client', path: `/clients/${client.id}`, ready: '[data-testid="client-detail-name"]' },
      { name: 'policies', path: '/policies', ready: '[data-testid^="policy-row-"]' },
      { name: 'policy', path: `/policies/${policy.id}`, ready: '[data-testid="policy-profile"]' },
      { name: 'due-items', path: '/due-items', ready: '[data-testid="side-nav"]' },
      { name: 'deadline-rules', path: '/deadline-rules', ready: '[data-testid="rule-basis"]' },
      { name: 'lifecycles', path: '/lifecycles', ready: '[data-testid="side-nav"]' },
      { name: 'calendar', path: '/calendar', ready: '[data-testid="side-nav"]' },
    ];
    const leftovers = await visitAll(page, 'clerk', 'en', visits, allowed);

    // The clerk's menu has the long English names (New business & underwriting …): none is cut off.
    await expectNoCutLabels(page, 'en clerk');
    // …and the check does see a cut label: one line per label, as antd has it, cuts the long ones.
    const oneLine = await page.addStyleTag({ content: '[data-testid="side-nav"] [data-testid^="nav-"] { white-space: nowrap !important; overflow: hidden; text-overflow: ellipsis; max-width: 100%; display: block !important; }' });
    expect(await cutLabels(page)).toContain('New business & underwriting');
    await oneLine.evaluate((el) => el.parentNode?.removeChild(el));

    // The names with an English form show it, through localName.
    await page.goto(`/policies/${policy.id}`);
    await expectText(page.getByTestId('policy-insurer'), policy.insurerNameEn!);
    await expectText(page.getByTestId('policy-product'), policy.productNameEn!);
    await expectText(page.getByTestId('policy-org-unit'), policy.orgUnitNameEn!);
    await page.goto(`/clients/${client.id}`);
    await expectText(page.getByTestId('client-org-unit'), client.orgUnitNameEn!);
    // A law citation: English first, the Chinese beside it.
    await page.goto('/deadline-rules');
    const grace = page.getByTestId('law-ref').filter({ hasText: 'Insurance Law Art. 36' }).first();
    await expectText(grace, 'Insurance Law Art. 36 (保险法第三十六条)');
    expect(await grace.locator('[lang="zh-CN"]').textContent()).toBe('(保险法第三十六条)');

    // The supervisor's pages (the unit's overdue items on home).
    await context.clearCookies();
    await logIn(page, 'gz.supervisor', DEMO_PASSWORD);
    await page.getByTestId('home').waitFor();
    const supervisorApi = await apiAs(server.baseUrl, 'gz.supervisor', DEMO_PASSWORD);
    const supervisorAllowed = [...allowed, ...(await userData(supervisorApi, admin))];
    await supervisorApi.dispose();
    const supervisor = await visitAll(page, 'supervisor', 'en', visits.filter((v) => ['home', 'due-items', 'policies'].includes(v.name)), supervisorAllowed);

    await Promise.all([admin.dispose(), clerk.dispose()]);
    expect({ ...leftovers, ...Object.fromEntries(Object.entries(supervisor).map(([k, v]) => [`supervisor ${k}`, v])) }).toEqual({});
  }, JOURNEY_TIMEOUT * 2);

  it('the admin and the auditor see the admin pages in English; the side menu cuts no label in either language', async () => {
    const server = journey().server;
    const { context, page } = await journey().open('english-admin', { locale: 'en-US' });
    const admin = await apiAs(server.baseUrl, 'admin', E2E_ADMIN_PASSWORD);
    const auditorApi = await apiAs(server.baseUrl, 'ho.auditor', DEMO_PASSWORD);
    const allowed = await userData(auditorApi, admin);
    await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
    await page.getByTestId('home').waitFor();
    const visits: Visit[] = [
      { name: 'home', path: '/', ready: '[data-testid="home"]' },
      { name: 'users', path: '/admin/users', ready: '[data-testid="user-org"]' },
      { name: 'org-units', path: '/admin/org-units', ready: '[data-testid="side-nav"]' },
      { name: 'catalogue', path: '/admin/catalogue', ready: '[data-testid="insurer-name"]' },
      { name: 'notice-templates', path: '/admin/notice-templates', ready: '[data-testid="notice-template-name-endorsement"]' },
      { name: 'audit', path: '/admin/audit', ready: '[data-testid^="audit-row-"]' },
      { name: 'calendar', path: '/calendar', ready: '[data-testid="side-nav"]' },
      { name: 'deadline-rules', path: '/deadline-rules', ready: '[data-testid="rule-basis"]' },
    ];
    const leftovers = await visitAll(page, 'admin', 'en', visits, allowed);
    await page.goto('/admin/catalogue');
    await expectText(page.getByTestId('insurer-name').first(), /^[A-Za-z]/);

    await expectNoCutLabels(page, 'en admin');

    await context.clearCookies();
    await logIn(page, 'ho.auditor', DEMO_PASSWORD);
    await page.getByTestId('home').waitFor();
    const auditorAllowed = [...allowed];
    const auditor = await visitAll(page, 'auditor', 'en', [
      { name: 'policies', path: '/policies', ready: '[data-testid^="policy-row-"]' },
      { name: 'clients', path: '/clients', ready: '[data-testid="clients-table"] .ant-table-row' },
      { name: 'audit', path: '/admin/audit', ready: '[data-testid^="audit-row-"]' },
    ], auditorAllowed);
    await Promise.all([admin.dispose(), auditorApi.dispose()]);
    expect({ ...leftovers, ...Object.fromEntries(Object.entries(auditor).map(([k, v]) => [`auditor ${k}`, v])) }).toEqual({});
  }, JOURNEY_TIMEOUT * 2);

  it('in Chinese the same pages show the Chinese names, and the side menu cuts no label', async () => {
    const server = journey().server;
    const { context, page } = await journey().open('chinese-screens');
    const clerk = await apiAs(server.baseUrl, 'gz01.clerk', DEMO_PASSWORD);
    const policies = (await (await clerk.get('/api/v1/policies?limit=50')).json()) as Listed<{ id: number; productNameEn: string | null; insurerName: string; productName: string; orgUnitName: string }>;
    const policy = policies.items.find((p) => p.productNameEn)!;
    const client = ((await (await clerk.get('/api/v1/clients?limit=5')).json()) as Listed<{ id: number; orgUnitName: string }>).items[0]!;
    await clerk.dispose();

    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('home').waitFor();
    await visitAll(page, 'clerk', 'zh', [
      { name: 'home', path: '/', ready: '[data-testid="home"]' },
      { name: 'clients', path: '/clients', ready: '[data-testid="clients-table"] .ant-table-row' },
      { name: 'client', path: `/clients/${client.id}`, ready: '[data-testid="client-detail-name"]' },
      { name: 'policies', path: '/policies', ready: '[data-testid^="policy-row-"]' },
      { name: 'policy', path: `/policies/${policy.id}`, ready: '[data-testid="policy-profile"]' },
      { name: 'due-items', path: '/due-items', ready: '[data-testid="side-nav"]' },
      { name: 'deadline-rules', path: '/deadline-rules', ready: '[data-testid="rule-basis"]' },
      { name: 'lifecycles', path: '/lifecycles', ready: '[data-testid="side-nav"]' },
      { name: 'calendar', path: '/calendar', ready: '[data-testid="side-nav"]' },
    ], null);
    await expectNoCutLabels(page, 'zh clerk');
    await page.goto(`/policies/${policy.id}`);
    await expectText(page.getByTestId('policy-insurer'), policy.insurerName);
    await expectText(page.getByTestId('policy-product'), policy.productName);
    await expectText(page.getByTestId('policy-org-unit'), policy.orgUnitName);
    await page.goto(`/clients/${client.id}`);
    await expectText(page.getByTestId('client-org-unit'), client.orgUnitName);
    await page.goto('/deadline-rules');
    const grace = page.getByTestId('law-ref').filter({ hasText: '保险法第三十六条' }).first();
    expect((await grace.textContent())?.trim()).toBe('保险法第三十六条');
    expect(await grace.locator('[lang="zh-CN"]').count()).toBe(0);

    await context.clearCookies();
    await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
    await page.getByTestId('home').waitFor();
    await visitAll(page, 'admin', 'zh', [
      { name: 'users', path: '/admin/users', ready: '[data-testid="user-org"]' },
      { name: 'org-units', path: '/admin/org-units', ready: '[data-testid="side-nav"]' },
      { name: 'catalogue', path: '/admin/catalogue', ready: '[data-testid="insurer-name"]' },
      { name: 'audit', path: '/admin/audit', ready: '[data-testid^="audit-row-"]' },
    ], null);
    await expectText(page.getByTestId('nav-orgUnits'), '机构');
    await expectNoCutLabels(page, 'zh admin');
  }, JOURNEY_TIMEOUT * 2);
});

/** At 1366×768 and 1920×1080, every side-menu label fits (then back to the journeys' viewport). */
async function expectNoCutLabels(page: Page, who: string) {
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    expect(await cutLabels(page), `${who} ${size.width}×${size.height}`).toEqual([]);
  }
  await page.setViewportSize({ width: 1366, height: 860 });
}

/** Side-menu labels wider than the room they have (cut off with an ellipsis or hidden). */
async function cutLabels(page: Page): Promise<string[]> {
  await page.waitForTimeout(300);
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="side-nav"] [data-testid^="nav-"]')]
      .filter((label) => {
        const box = label.closest<HTMLElement>('.ant-menu-title-content, .ant-menu-item-group-title') ?? label.parentElement!;
        const outer = box.getBoundingClientRect();
        const inner = label.getBoundingClientRect();
        return label.scrollWidth > label.clientWidth + 1 || box.scrollWidth > box.clientWidth + 1 || inner.right > outer.right + 1;
      })
      .map((label) => label.textContent ?? ''),
  );
}
