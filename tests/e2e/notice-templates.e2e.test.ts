import { describe, expect, it } from 'vitest';
import { request } from 'playwright-core';
import { expectText, logIn, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';
import { apiLogin } from './api-helpers.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';
import { pdfText } from '../helpers/pdf-text.js';

// Issue 12, item 5 through the UI: an administrator finds 通知书模板 in the menu, sees the versions of each
// template with the current one, reads a version's source, and previews a sample — refused with the reason
// while the administrator reads no servicing request, and filled with the newest request once they do.
describe('the notice templates page', () => {
  const journey = useJourney();

  it('an administrator lists the templates, reads a version\'s source and previews a sample', async () => {
    const { server } = journey();
    const { context, page } = await journey().open('notice-templates');

    await logIn(page, 'gd.admin', DEMO_PASSWORD);
    await page.getByTestId('nav-noticeTemplates').click();
    await expectText(page.getByTestId('notice-templates-page').locator('.ant-card-head'), '通知书模板');
    await expectText(page.getByTestId('notice-template-name-endorsement'), '批单');
    await expectText(page.getByTestId('notice-template-current-endorsement-2'), '当前版本');
    expect(await page.getByTestId('notice-template-current-endorsement-1').count()).toBe(0);
    await expectText(page.getByTestId('notice-templates-read-only'), '新增一个版本文件');

    // The first version's source, read-only.
    await page.getByTestId('notice-template-source-endorsement-1').click();
    await expectText(page.getByTestId('notice-template-source-drawer').locator('.ant-drawer-title'), '批单 v1 源码');
    await expectText(page.getByTestId('notice-template-source'), '#import');
    expect(await page.getByTestId('notice-template-source-drawer').locator('textarea, input, [contenteditable="true"]').count()).toBe(0);
    await screenshot(page, 'notice-templates-source');
    await page.keyboard.press('Escape');

    // gd.admin reads no servicing request: the sample says why.
    await page.getByTestId('notice-template-preview-document_receipt-1').click();
    await expectText(page.getByTestId('notice-template-sample-error'), '无法生成样张');
    await page.keyboard.press('Escape');

    // Give gd.admin a clerk's role at GZ01 too; a new request there is the newest one it may read.
    const api = await request.newContext({ baseURL: server.baseUrl });
    const admin = await apiLogin(api, 'admin', E2E_ADMIN_PASSWORD);
    const users = (await (await api.get('/api/v1/users?q=gd.admin')).json()) as { items: { id: number; username: string; version: number }[] };
    const gdAdmin = users.items.find((u) => u.username === 'gd.admin')!;
    const granted = await api.put(`/api/v1/users/${gdAdmin.id}/roles`, {
      headers: { 'X-CSRF-Token': admin.csrf },
      data: { version: gdAdmin.version, roles: [{ role: 'admin', orgUnitId: admin.unitId('GD') }, { role: 'clerk', orgUnitId: admin.unitId('GZ01') }] },
    });
    expect(granted.status(), await granted.text()).toBe(200);
    const clerkApi = await request.newContext({ baseURL: server.baseUrl });
    const clerk = await apiLogin(clerkApi, 'gz01.clerk', DEMO_PASSWORD);
    const policies = (await (await clerkApi.get('/api/v1/policies?state=in_force&pageSize=10')).json()) as { items: { id: number }[] };
    const created = await clerkApi.post(`/api/v1/policies/${policies.items[0]!.id}/servicing-requests`, {
      headers: { 'X-CSRF-Token': clerk.csrf }, data: { type: 'add_rider', channel: 'counter', note: '加保附加险' },
    });
    expect(created.status()).toBe(201);
    const rider = (await created.json()) as { requestNo: string };

    // Signed in again (the roles are read at login), the endorsement's sample opens in the page.
    await context.clearCookies();
    await logIn(page, 'gd.admin', DEMO_PASSWORD);
    await page.getByTestId('nav-noticeTemplates').click();
    await page.getByTestId('notice-template-preview-endorsement-2').click();
    await page.getByTestId('notice-template-sample-frame').waitFor();
    expect(await page.getByTestId('notice-template-sample-frame').getAttribute('src')).toMatch(/^blob:/);
    await page.waitForTimeout(2500); // the PDF viewer draws after the frame has loaded
    await screenshot(page, 'notice-templates-sample');
    // The same sample through the session, as the "open in a new tab" link serves it.
    const href = await page.getByTestId('notice-template-sample-tab').getAttribute('href');
    expect(href).toBe('/api/v1/notice-templates/endorsement/2/sample.pdf');
    const pdf = await context.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const text = await pdfText(await pdf.body());
    expect(text).toContain('PREVIEW');
    expect(text).toContain(rider.requestNo);

    await Promise.all([api.dispose(), clerkApi.dispose()]);
    await context.close();
  }, JOURNEY_TIMEOUT);
});
