import { describe, expect, it } from 'vitest';
import { request } from 'playwright-core';
import { expectText, logIn, screenshot } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';
import { apiLogin, openInquiryDeadline } from './api-helpers.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';

describe('my due items', () => {
  const journey = useJourney();

  it('a clerk finds a new inquiry deadline with its basis R-SR-2 and a countdown, pauses it with a reason, and a change made meanwhile elsewhere is reported, not overwritten', async () => {
    const { context, page } = await journey().open('due-items');
    const { id, csrf } = await openInquiryDeadline(context.request, 'e2e-1');

    await page.goto('/due-items');
    const card = page.getByTestId('due-section-upcoming').getByTestId(`deadline-card-${id}`);
    await expectText(card.getByTestId('deadline-rule'), '咨询答复');
    await expectText(card.getByTestId('deadline-record'), '咨询 e2e-1');
    await expectText(card.getByTestId('deadline-spec-id'), 'R-SR-2');
    await expectText(card.getByTestId('deadline-basis'), '3 个工作日内答复');
    await expectText(card.getByTestId('deadline-countdown'), /^还剩 \d+ 个工作日$/);
    await expectText(card.getByTestId('deadline-due'), '北京时间');

    // Pausing needs a reason.
    await card.getByTestId('deadline-pause').click();
    await page.getByTestId('deadline-action-submit').click();
    await expectText(page.getByTestId('deadline-action-form').locator('.ant-form-item-explain-error'), '请填写原因');
    await page.getByTestId('deadline-reason').fill('等待客户补充资料');
    await page.getByTestId('deadline-action-submit').click();
    await expectText(card.getByTestId('deadline-paused'), '已暂停：等待客户补充资料');
    await expectText(card.getByTestId('deadline-countdown'), '计时暂停中');
    await screenshot(page, 'due-items-paused');

    // Paused for good, not just on screen.
    await page.reload();
    await expectText(card.getByTestId('deadline-paused'), '等待客户补充资料');

    // Someone resumes it elsewhere; this page still shows it paused and tries to cancel it.
    const current = (await (await context.request.get(`/api/v1/deadlines/${id}`)).json()) as { version: number };
    const resumed = await context.request.post(`/api/v1/deadlines/${id}/resume`, { headers: { 'X-CSRF-Token': csrf }, data: { version: current.version } });
    expect(resumed.status()).toBe(200);
    await card.getByTestId('deadline-cancel').click();
    await page.getByTestId('deadline-reason').fill('客户撤回申请');
    await page.getByTestId('deadline-action-submit').click();
    await page.getByTestId('deadline-action-conflict').waitFor();
    await card.getByTestId('deadline-paused').waitFor({ state: 'detached' });
    await card.getByTestId('deadline-pause').waitFor();
    // Decided again on the current version, it goes through.
    await page.getByTestId('deadline-action-submit').click();
    await expectText(card.getByTestId('deadline-state'), '已取消');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('a clerk finds a policy to-do by its internal number and policyholder, filters by record type, and follows the label to the policy', async () => {
    const { context, page } = await journey().open('due-items-record-link');
    // A policy of Guangzhou 01 (demo data) with a reissue requested, owned by the clerk.
    const clerk = await apiLogin(context.request, 'gz01.clerk', DEMO_PASSWORD);
    const policies = (await (await context.request.get('/api/v1/policies?limit=20')).json()) as { items: { id: number; internalNo: string; policyholderName: string }[] };
    let id: number | undefined;
    let policy = policies.items[0]!;
    // The first policy without a reissue already running (demo data may have one).
    for (const candidate of policies.items) {
      const res = await context.request.post('/api/v1/deadlines/events', {
        headers: { 'X-CSRF-Token': clerk.csrf },
        data: { entityType: 'policy', entityId: String(candidate.id), event: 'policy.reissue_requested', orgUnitId: clerk.unitId('GZ01'), ownerId: clerk.userId, ruleIds: ['policy.reissue_submit'] },
      });
      expect(res.status()).toBe(200);
      [id] = ((await res.json()) as { opened: number[] }).opened;
      policy = candidate;
      if (id) break;
    }
    expect(id).toBeDefined();
    const { id: inquiryId } = await openInquiryDeadline(context.request, 'e2e-filter');

    await page.goto('/due-items');
    const card = page.getByTestId(`deadline-card-${id}`);
    const label = `${policy.internalNo} ${policy.policyholderName}`;
    await expectText(card.getByTestId('record-link'), label);
    await page.getByTestId(`deadline-card-${inquiryId}`).waitFor();

    // Only policies: the inquiry goes, the policy stays.
    await page.getByTestId('due-type-policy').click();
    await page.getByTestId(`deadline-card-${inquiryId}`).waitFor({ state: 'detached' });
    await card.waitFor();
    await screenshot(page, 'due-items-type-filter');

    await card.getByTestId('record-link').click();
    await page.waitForURL(`**/policies/${policy.id}`);
    await expectText(page.getByTestId('policy-internal-no'), policy.internalNo);
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('an overdue inquiry is escalated: the Guangzhou supervisor gets the notice in the bell and finds it under 辖区逾期', async () => {
    const { context, page } = await journey().open('scope-overdue');
    const server = journey().server;
    const twentyDaysAgo = new Date(Date.now() - 20 * 86_400_000);
    const { id } = await openInquiryDeadline(context.request, 'e2e-late', twentyDaysAgo);
    // The sweep runs every minute; head office runs it now rather than waiting.
    const admin = await request.newContext({ baseURL: server.baseUrl });
    const { csrf } = await apiLogin(admin, 'admin', E2E_ADMIN_PASSWORD);
    expect((await admin.post('/api/v1/deadlines/sweep', { headers: { 'X-CSRF-Token': csrf }, data: {} })).status()).toBe(200);
    await admin.dispose();
    await context.clearCookies();

    await logIn(page, 'gz.supervisor', DEMO_PASSWORD);
    await page.getByTestId('side-nav').waitFor();
    await page.getByTestId('notif-bell').click();
    const notice = page.getByTestId('notif-drawer').locator('[data-testid^="notif-item-"]').filter({ hasText: 'e2e-late' });
    await expectText(notice, '逾期升级：咨询答复');
    expect(await notice.getAttribute('data-unread')).toBe('true');
    await notice.getByTestId('notif-open').click();

    await expectText(page.getByTestId('due-tab-scope'), '辖区逾期');
    const card = page.getByTestId('scope-overdue-list').getByTestId(`deadline-card-${id}`);
    await expectText(card.getByTestId('deadline-state'), '已逾期');
    await expectText(card.getByTestId('deadline-countdown'), /^已逾期 \d+ 个工作日$/);
    await screenshot(page, 'due-items-scope-overdue');

    await page.getByTestId('notif-bell').click();
    await expectText(page.getByTestId('notif-drawer').locator('[data-testid^="notif-item-"]').filter({ hasText: 'e2e-late' }), '逾期升级');
    expect(await page.getByTestId('notif-drawer').locator('[data-testid^="notif-item-"][data-unread="true"]').filter({ hasText: 'e2e-late' }).count()).toBe(0);
    await context.close();
  }, JOURNEY_TIMEOUT);
});
