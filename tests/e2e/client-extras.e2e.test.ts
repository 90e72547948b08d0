import { describe, expect, it } from 'vitest';
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { choose, expectText, openDropdown, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';

/** The Beijing date `days` from now, as MM-DD (a 29 February is taken as 28 February). */
function monthDayIn(days: number): string {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
  const md = date.slice(5);
  return md === '02-29' ? '02-28' : md;
}

/** Log in through the API (the page shares the context's cookie) and return a writer for clients. */
async function signIn(api: APIRequestContext, username: string) {
  const res = await api.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  const me = (await res.json()) as { csrfToken: string };
  const units = (await (await api.get('/api/v1/org-units')).json()) as { items: { id: number; code: string }[] };
  const gz01 = units.items.find((u) => u.code === 'GZ01')!.id;
  return {
    createClient: async (body: Record<string, unknown>) => {
      const created = await api.post('/api/v1/clients', { headers: { 'X-CSRF-Token': me.csrfToken }, data: { kind: 'person', orgUnitId: gz01, ...body } });
      expect(created.status(), await created.text()).toBe(201);
      return ((await created.json()) as { client: { id: number } }).client.id;
    },
    agent: async (username: string) => {
      const found = (await (await api.get(`/api/v1/agents?q=${username}`)).json()) as { items: { id: number; displayName: string }[] };
      expect(found.items).toHaveLength(1);
      return found.items[0]!;
    },
  };
}

/** A remote-search select: type, wait for the option by its test id, click it, check the control shows `shows`. */
async function pick(page: Page, control: Locator, typed: string, optionTestId: string, shows: string) {
  await control.click();
  await page.keyboard.type(typed);
  await openDropdown(page).getByTestId(optionTestId).click();
  await control.filter({ hasText: shows }).waitFor();
}

describe('client archive extras', () => {
  const journey = useJourney();

  it('a clerk finds a client by mobile in the header search, links the spouse in the household tab, gives the client an agent, and sees the coming birthday on the care list filtered by that agent (R-CL-3, R-CL-5)', async () => {
    const { context, page } = await journey().open('client-extras');
    const clerk = await signIn(context.request, 'gz01.clerk');
    const stamp = String(Date.now()).slice(-8);
    const mobile = `137${stamp}`;
    const agent1 = await clerk.agent('gz01.agent1');
    const agent2 = await clerk.agent('gz01.agent2');
    const birthDate = `1985-${monthDayIn(3)}`;
    const wife = await clerk.createClient({ name: '周安然', mobile, birthDate });
    const husband = await clerk.createClient({ name: `周守${stamp}`, mobile: `136${stamp}` });
    const other = await clerk.createClient({ name: '周另一', birthDate, agentId: agent2.id });

    // The header search box: a mobile → the client, masked, with its org unit; Enter opens the record.
    await page.goto('/');
    await page.getByTestId('header-search-input').fill(mobile);
    const hit = openDropdown(page).getByTestId(`header-search-hit-client-${wife}`);
    await expectText(hit, `${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
    await expectText(hit, '天河营业部');
    await screenshot(page, 'client-extras-header-search');
    await page.getByTestId('header-search-input').press('Enter');
    await page.waitForURL(`**/clients/${wife}`);
    await expectText(page.getByTestId('client-detail-name'), '周安然');

    // Household: the husband, found by name, is her spouse.
    await page.getByTestId('client-tab-household').click();
    await pick(page, page.getByTestId('client-link-client'), `周守${stamp}`, `client-option-${husband}`, `周守${stamp}`);
    await choose(page, page.getByTestId('client-link-relation-select'), '', '配偶');
    await page.getByTestId('client-link-add').click();
    const link = page.getByTestId('client-links').locator('[data-testid^="client-link-"]').filter({ hasText: `周守${stamp}` });
    await expectText(link.getByTestId('client-link-relation'), '配偶');
    await screenshot(page, 'client-extras-household');
    await page.getByTestId('client-tab-timeline').click();
    await expectText(page.getByTestId('client-timeline'), `添加关系：周守${stamp}（配偶）`);

    // The agent picker in the edit form: agent 1 owns her from now on.
    await page.getByTestId('client-edit').click();
    await pick(page, page.getByTestId('client-form-agent'), agent1.displayName, `agent-option-${agent1.id}`, agent1.displayName);
    await page.getByTestId('client-edit-submit').click();
    await page.getByTestId('client-tab-profile').click();
    await expectText(page.getByTestId('client-agent'), agent1.displayName);

    // The care list (from the client list): her birthday in 3 days; filtered by agent 1, the other client drops out.
    await page.goto('/clients');
    await page.getByTestId('client-care-link').click();
    await page.getByTestId('care-page').waitFor();
    await expectText(page.getByTestId(`care-row-${wife}`), '3 天后');
    await page.getByTestId(`care-row-${other}`).waitFor();
    await expect(page.getByTestId(`care-row-${husband}`).count()).resolves.toBe(0);
    await pick(page, page.getByTestId('care-agent-filter'), agent1.displayName, `agent-option-${agent1.id}`, agent1.displayName);
    await page.getByTestId(`care-row-${other}`).waitFor({ state: 'detached' });
    await expectText(page.getByTestId(`care-row-${wife}`), agent1.displayName);
    expect(new URL(page.url()).searchParams.get('agentId')).toBe(String(agent1.id));
    await page.getByTestId('care-days-30').click();
    await expectText(page.getByTestId('care-window'), '共');
    await page.getByTestId(`care-row-${wife}`).waitFor();
    await screenshot(page, 'client-extras-care');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
