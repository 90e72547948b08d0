import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectText, logIn, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';
import { pick } from './servicing-steps.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';
import { SAMPLE_PDF, SAMPLE_PNG } from '../helpers/multipart.js';

// Issue 12, items 1 and 5 through the UI: a counter clerk takes an address change from the policy
// page, files the papers, issues the endorsement, cannot complete before the signed copy is filed,
// then completes; the policy page lists the request.
describe('servicing at the counter', () => {
  const journey = useJourney();

  async function uploadAs(page: Page, typeLabel: string, files: { name: string; mimeType: string; buffer: Buffer }[]) {
    const panel = page.getByTestId('documents-panel');
    // A click on the option while the list still opens can be lost: pick checks the choice took.
    await pick(page, page.getByTestId('documents-type'), typeLabel);
    await panel.locator('input[type=file]').setInputFiles(files);
    await page.getByTestId('documents-submit').click();
    await expectText(page.locator('.ant-message').last(), `已上传 ${files.length} 个文件`);
  }

  it('a clerk takes an address change, files the documents, issues the endorsement and completes it once the signed copy is filed', async () => {
    const { context, page } = await journey().open('servicing');
    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    const policies = (await (await context.request.get('/api/v1/policies?state=in_force&pageSize=10')).json()) as { items: { id: number }[] };
    const policyId = policies.items[0]!.id;

    await page.goto(`/policies/${policyId}`);
    await page.getByTestId('policy-new-servicing').click();
    await page.getByTestId('servicing-type').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '地址变更' }).click();
    await page.getByTestId('servicing-note').fill('客户搬家，变更通讯地址');
    // The new address is what the request changes: required, and checked by the server.
    await page.getByTestId('servicing-create-submit').click();
    await expectText(page.locator('.ant-form-item-explain-error').first(), '新通讯地址');
    await page.getByTestId('servicing-change-address').fill('广州市天河区体育西路 191 号');
    await page.getByTestId('servicing-create-submit').click();

    await expectText(page.getByTestId('servicing-detail-state'), '已受理');
    await expectText(page.getByTestId('servicing-request-no'), /^BQ\d{11}$/);
    await expectText(page.getByTestId('servicing-change'), /新通讯地址\s*广州市天河区\*\*\*\*/);
    await page.getByTestId('servicing-tab-deadlines').click();
    await expectText(page.getByTestId('servicing-deadlines'), /保全变更办理/);
    await page.getByTestId('servicing-tab-documents').click();
    await expectText(page.getByTestId('checklist-application_form'), /申请书.*必需.*缺少/);

    await uploadAs(page, '申请书', [{ name: '变更申请书.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF }]);
    await uploadAs(page, '身份证件', [{ name: '身份证.png', mimeType: 'image/png', buffer: SAMPLE_PNG }]);
    await page.getByTestId('servicing-step-start').click();
    await page.getByTestId('servicing-step-submit').click();
    await expectText(page.getByTestId('servicing-detail-state'), '办理中');
    await page.getByTestId('servicing-step-issue_endorsement').click();
    await page.getByTestId('servicing-step-submit').click();
    await expectText(page.getByTestId('servicing-detail-state'), '待客户签批单');

    // Not before the signed endorsement is filed: the message names it.
    await page.getByTestId('servicing-step-complete').click();
    await page.getByTestId('servicing-step-submit').click();
    await expectText(page.getByTestId('servicing-step-error'), /签署的批单/);
    await page.keyboard.press('Escape');
    await uploadAs(page, '签署的批单', [{ name: '批单（已签）.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF }]);
    await page.getByTestId('servicing-step-complete').click();
    await page.getByTestId('servicing-reason').fill('已变更通讯地址');
    await page.getByTestId('servicing-step-submit').click();
    await expectText(page.getByTestId('servicing-detail-state'), '已办结');
    await screenshot(page, 'servicing-completed');

    await page.goto(`/policies/${policyId}`);
    await page.getByTestId('policy-tab-servicing').click();
    await expectText(page.getByTestId('policy-servicing'), /地址变更.*已办结/);
    await context.close();
  }, JOURNEY_TIMEOUT);
});
