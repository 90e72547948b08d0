import { describe, expect, it } from 'vitest';
import { expectText, logIn, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';
import { apiLogin } from './api-helpers.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';

// Issue 12, item 3 through the UI: a clerk issues a document receipt from the request page, sees it
// listed with its number and verification code, looks the code up on the verification page and
// opens the record from there; a batch print shows its progress to the end.
describe('notices on the request page, verification and batch printing', () => {
  const journey = useJourney();

  it('a clerk issues a 材料签收单, verifies its code and follows a batch print to the end', async () => {
    const { context, page } = await journey().open('notices');
    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    const clerk = await apiLogin(context.request, 'gz01.clerk', DEMO_PASSWORD);
    const policies = (await (await context.request.get('/api/v1/policies?state=in_force&pageSize=10')).json()) as { items: { id: number }[] };
    const requests: { id: number; requestNo: string }[] = [];
    for (const policy of policies.items.slice(0, 3)) {
      const res = await context.request.post(`/api/v1/policies/${policy.id}/servicing-requests`, {
        headers: { 'X-CSRF-Token': clerk.csrf }, data: { type: 'add_rider', channel: 'counter', note: '加保附加险' },
      });
      expect(res.status()).toBe(201);
      requests.push((await res.json()) as { id: number; requestNo: string });
    }

    await page.goto(`/servicing/${requests[0]!.id}`);
    await page.getByTestId('servicing-tab-notices').click();
    await page.getByTestId('notices-template').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '材料签收单' }).click();
    await page.getByTestId('notices-issue').click();
    await expectText(page.locator('.ant-message'), /已出具 材料签收单，编号 GZ01-\d{4}-\d{6}/);
    const row = page.getByTestId('notices-table').locator('tbody tr.ant-table-row').first();
    await expectText(row, '材料签收单');
    const number = (await row.locator('[data-testid^="notice-number-"]').textContent())!;
    const code = (await row.locator('code').textContent())!;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // The original opens as a PDF through the session.
    const href = await row.locator('[data-testid^="notice-view-"]').getAttribute('href');
    const pdf = await context.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await screenshot(page, 'notices-request');

    // The verification page, from the menu: the code as typed from paper.
    await page.goto('/notices');
    await page.getByTestId('notice-verify-code').fill(code.toLowerCase().replace(/-/g, ' '));
    await page.getByTestId('notice-verify-submit').click();
    await expectText(page.getByTestId('notice-verify-number'), number);
    await expectText(page.getByTestId('notice-verify-result'), '验真通过');
    await screenshot(page, 'notices-verify');
    await page.getByTestId('notice-verify-record').click();
    await expectText(page.getByTestId('servicing-request-no'), requests[0]!.requestNo);

    await page.goto('/notices');
    await page.getByTestId('notice-verify-code').fill('0000-0000-0000');
    await page.getByTestId('notice-verify-submit').click();
    await expectText(page.getByTestId('notice-verify-missing'), '未找到此验真码的通知书');

    // A batch print of endorsements for the three requests, followed to the end.
    await page.goto(`/notices/batches/new?type=servicing&template=endorsement&ids=${requests.map((r) => r.id).join(',')}`);
    await page.getByTestId('notice-batch-submit').click();
    await expectText(page.getByTestId('notice-batch-state'), '已完成');
    await expectText(page.getByTestId('notice-batch-counts'), /共 3 份.*已生成 3 份/);
    await screenshot(page, 'notices-batch');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
