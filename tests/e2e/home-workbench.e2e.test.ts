import { describe, expect, it } from 'vitest';
import { request } from 'playwright-core';
import { expectText, logIn, screenshot } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';
import { apiLogin } from './api-helpers.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';

describe('the home workbench', () => {
  const journey = useJourney();

  it('the Guangzhou supervisor sees the counts and the unit\'s overdue items on home, follows one to its policy, and a count to the filtered to-dos', async () => {
    const { context, page } = await journey().open('home-supervisor');
    const server = journey().server;
    // A Guangzhou 01 policy whose reissue was requested long ago (owned by the clerk): overdue once swept, the oldest in the unit.
    const clerk = await apiLogin(context.request, 'gz01.clerk', DEMO_PASSWORD);
    const policies = (await (await context.request.get('/api/v1/policies?limit=20')).json()) as { items: { id: number; internalNo: string; policyholderName: string }[] };
    let id: number | undefined;
    let policy = policies.items[0]!;
    for (const candidate of policies.items) {
      const res = await context.request.post('/api/v1/deadlines/events', {
        headers: { 'X-CSRF-Token': clerk.csrf },
        data: {
          entityType: 'policy', entityId: String(candidate.id), event: 'policy.reissue_requested', orgUnitId: clerk.unitId('GZ01'),
          ownerId: clerk.userId, ruleIds: ['policy.reissue_submit'], at: '2010-03-01T10:00:00+08:00',
        },
      });
      expect(res.status()).toBe(200);
      [id] = ((await res.json()) as { opened: number[] }).opened;
      policy = candidate;
      if (id) break;
    }
    expect(id).toBeDefined();
    const admin = await request.newContext({ baseURL: server.baseUrl });
    const { csrf } = await apiLogin(admin, 'admin', E2E_ADMIN_PASSWORD);
    expect((await admin.post('/api/v1/deadlines/sweep', { headers: { 'X-CSRF-Token': csrf }, data: {} })).status()).toBe(200);
    await admin.dispose();
    await context.clearCookies();

    await logIn(page, 'gz.supervisor', DEMO_PASSWORD);
    await page.getByTestId('home').waitFor();
    const counts = (await (await context.request.get('/api/v1/deadlines/counts')).json()) as {
      mine: { overdue: number; dueToday: number; dueThisWeek: number }; scopeOverdue: number;
    };
    expect(counts.scopeOverdue).toBeGreaterThanOrEqual(1);
    await expectText(page.getByTestId('home-count-overdue'), '我的逾期');
    await expectText(page.getByTestId('home-count-overdue').locator('.ant-statistic-content-value'), String(counts.mine.overdue));
    await expectText(page.getByTestId('home-count-dueToday').locator('.ant-statistic-content-value'), String(counts.mine.dueToday));
    await expectText(page.getByTestId('home-count-dueThisWeek').locator('.ant-statistic-content-value'), String(counts.mine.dueThisWeek));
    await expectText(page.getByTestId('home-scope'), '辖区逾期');
    await expectText(page.getByTestId('home-scope-count'), String(counts.scopeOverdue));
    const card = page.getByTestId('home-scope-list').getByTestId(`deadline-card-${id}`);
    await expectText(card.getByTestId('deadline-state'), '已逾期');
    await expectText(card.getByTestId('record-link'), `${policy.internalNo} ${policy.policyholderName}`);
    await page.getByTestId('home-modules').waitFor();
    await screenshot(page, 'home-supervisor', { fullPage: true });

    await card.getByTestId('record-link').click();
    await page.waitForURL(`**/policies/${policy.id}`);
    await expectText(page.getByTestId('policy-internal-no'), policy.internalNo);

    // A count opens 我的待办 showing only its section.
    await page.goto('/');
    await page.getByTestId('home-count-overdue').click();
    await page.waitForURL('**/due-items?show=overdue');
    await page.getByTestId('due-section-overdue').waitFor();
    expect(await page.getByTestId('due-section-dueToday').count()).toBe(0);
    await page.getByTestId('due-show-all').click();
    await page.getByTestId('due-section-dueToday').waitFor();
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('the admin, who sees no clients, is told which demo user to log in as for each role', async () => {
    const { context, page } = await journey().open('home-admin');
    await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
    const hint = page.getByTestId('home-demo-users');
    await expectText(hint, '演示数据已载入');
    await expectText(hint.getByTestId('home-demo-user-gz.supervisor'), '辖区逾期');
    await expectText(hint.getByTestId('home-demo-user-gz01.clerk'), 'gz01.clerk');
    await expectText(hint.getByTestId('home-demo-user-ho.auditor'), '审计');
    await screenshot(page, 'home-admin', { fullPage: true });
    await context.close();
  }, JOURNEY_TIMEOUT);
});
