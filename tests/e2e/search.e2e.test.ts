import { describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { expectText, openDropdown, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';

type Found = { matchedBy: string; items: { id: number; name: string; mobile: string | null }[] };

async function apiLogin(api: APIRequestContext, username: string) {
  const res = await api.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  return (await res.json()) as { csrfToken: string; orgUnit: { id: number } };
}

/** What the header box offers first for a term: the record Enter must open. */
async function bestClient(api: APIRequestContext, q: string) {
  return ((await (await api.get(`/api/v1/clients/search?limit=8&q=${encodeURIComponent(q)}`)).json()) as Found).items[0];
}

/** The placeholder fits the box (issue 11 item 5): its text is no wider than the input's content box. */
async function placeholderFits(page: Page) {
  return page.getByTestId('header-search-input').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: input.placeholder, width: Math.ceil(ctx.measureText(input.placeholder).width), room };
  });
}

// Issue 11 item 6: the header search by 尾号 and by pinyin initials, Enter opening the best
// match, and 最近查看 — in Chinese and in English.
describe('searching from the header', () => {
  const journey = useJourney();

  for (const { locale, name, tail, initials, recent, placeholder } of [
    { locale: 'zh-CN', name: '邝雪舟晴', tail: '5827', initials: 'kxzq', recent: '最近查看', placeholder: '姓名、拼音、手机尾号、证件号' },
    { locale: 'en-US', name: '蒯嘉禾语', tail: '6938', initials: 'kjhy', recent: 'Recently viewed', placeholder: 'Name, pinyin, mobile, ID' },
  ]) {
    it(`${locale}: an agent finds a client by 尾号 and by initials, Enter opens the best match, and the client is recently viewed`, async () => {
      const { context, page } = await journey().open(`search-${locale}`, { locale });
      const agent = await apiLogin(context.request, 'gz01.agent1');
      const created = await context.request.post('/api/v1/clients', {
        headers: { 'X-CSRF-Token': agent.csrfToken },
        data: { kind: 'person', orgUnitId: agent.orgUnit.id, name, mobile: `1390000${tail}`, confirmDuplicate: true },
      });
      expect(created.status()).toBe(201);
      const client = ((await created.json()) as { client: { id: number } }).client;

      await page.goto('/');
      await page.getByTestId('home').waitFor();
      const box = page.getByTestId('header-search-input');
      // The placeholder is whole in this language.
      const fit = await placeholderFits(page);
      expect(fit.text).toBe(placeholder);
      expect(fit.width, JSON.stringify(fit)).toBeLessThanOrEqual(fit.room);

      // 尾号: the last 4 digits list the client with its masked mobile; Enter opens the first result.
      await box.fill(tail);
      const hit = page.getByTestId(`header-search-hit-client-${client.id}`);
      await expectText(hit, name);
      await expectText(hit, `139****${tail}`);
      await screenshot(page, `search-${locale}-tail`);
      const bestByTail = (await bestClient(context.request, tail))!;
      await box.press('Enter');
      await page.waitForURL(`**/clients/${bestByTail.id}`);
      await expectText(page.getByTestId('client-detail-name'), bestByTail.name);

      // 首字母: typed and Enter at once — it opens the best match once the results are in.
      await box.fill(initials);
      await box.press('Enter');
      await page.waitForURL(`**/clients/${client.id}`);
      await expectText(page.getByTestId('client-detail-name'), name);
      expect((await bestClient(context.request, initials))!.id).toBe(client.id);

      // A policy opened from its page is recently viewed too, with its policyholder.
      const policy = ((await (await context.request.get('/api/v1/policies?limit=1')).json()) as { items: { id: number; policyNumber: string; policyholderName: string }[] }).items[0]!;
      await page.goto(`/policies/${policy.id}`);
      await expectText(page.getByTestId('policy-detail-number'), policy.policyNumber);
      await page.goto(`/clients/${client.id}`);
      await expectText(page.getByTestId('client-detail-name'), name);

      // 最近查看: the empty box lists the client first (opened last), then the policy; the home page shows them.
      await page.goto('/');
      await page.getByTestId('home').waitFor();
      await expectText(page.getByTestId('home-recent'), name);
      await box.click();
      await expectText(openDropdown(page).getByTestId('header-search-group-recent'), recent);
      const first = openDropdown(page).locator('[data-testid^="header-search-recent-"]').first();
      await expectText(first, name);
      expect(await first.getAttribute('data-testid')).toBe(`header-search-recent-client-${client.id}`);
      const policyHit = openDropdown(page).getByTestId(`header-search-recent-policy-${policy.id}`);
      await expectText(policyHit, policy.policyNumber);
      await expectText(policyHit, policy.policyholderName);
      await screenshot(page, `search-${locale}-recent`);
      await first.click();
      await page.waitForURL(`**/clients/${client.id}`);
    }, JOURNEY_TIMEOUT);
  }
});
