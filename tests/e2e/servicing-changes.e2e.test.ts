import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectText, logIn, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';
import { pick } from './servicing-steps.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { SAMPLE_PDF, SAMPLE_PNG } from '../helpers/multipart.js';

// Issue 12, items 1 and 5 through the UI, in English: a clerk takes a beneficiary change whose shares
// do not add up (the error sits on the share and goes when it is fixed), files the papers, cannot
// complete it (a supervisor's approval); the supervisor completes it. Head office's administrator
// adds a document type to the catalogue.
describe('servicing changes and the document catalogue', () => {
  const journey = useJourney();

  async function uploadAs(page: Page, typeLabel: string, files: { name: string; mimeType: string; buffer: Buffer }[]) {
    const panel = page.getByTestId('documents-panel');
    // A click on the option while the list still opens can be lost: pick checks the choice took.
    await pick(page, page.getByTestId('documents-type'), typeLabel);
    await panel.locator('input[type=file]').setInputFiles(files);
    await page.getByTestId('documents-submit').click();
    await expectText(page.locator('.ant-message').last(), new RegExp(`${files.length} file`));
  }

  it('a beneficiary change: shares checked on their field, completed by the supervisor', async () => {
    const { context, page } = await journey().open('servicing-beneficiary-en', { locale: 'en-US' });
    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    const policies = (await (await context.request.get('/api/v1/policies?state=in_force&lineOfBusiness=life&pageSize=20')).json()) as { items: { id: number }[] };
    const policyId = policies.items.at(-1)!.id;

    await page.goto(`/policies/${policyId}`);
    await page.getByTestId('policy-new-servicing').click();
    await page.getByTestId('servicing-type').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Beneficiary change' }).click();
    await expectText(page.getByTestId('servicing-approval'), 'Completed by a supervisor');
    await page.getByTestId('servicing-change-beneficiary-name').first().fill('Li Xiuying');
    await page.getByTestId('servicing-change-beneficiary-share').first().fill('90');
    await page.getByTestId('servicing-create-submit').click();
    // The server's judgement sits on the share, and goes as soon as the share is changed.
    const shareError = page.getByTestId('servicing-change-beneficiary').first().locator('.ant-form-item-explain-error');
    await expectText(shareError, /90/);
    await page.getByTestId('servicing-change-beneficiary-share').first().fill('100');
    await shareError.waitFor({ state: 'detached' });
    await page.getByTestId('servicing-create-submit').click();
    await expectText(page.getByTestId('servicing-detail-state'), 'received');
    await expectText(page.getByTestId('servicing-change'), /Li Xiuying.*100%/);
    const requestUrl = page.url();

    await page.getByTestId('servicing-tab-documents').click();
    await uploadAs(page, 'Application form', [{ name: 'form.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF }]);
    await uploadAs(page, 'Identity document', [{ name: 'id.png', mimeType: 'image/png', buffer: SAMPLE_PNG }]);
    await uploadAs(page, "Insured's written consent", [{ name: 'consent.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF }]);
    await uploadAs(page, 'Signed endorsement', [{ name: 'signed.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF }]);
    await page.getByTestId('servicing-step-complete').click();
    await page.getByTestId('servicing-step-submit').click();
    await expectText(page.getByTestId('servicing-step-error'), /completed by a supervisor/);
    await context.clearCookies();

    await page.goto('/login');
    await logIn(page, 'gz.supervisor', DEMO_PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    await page.goto(requestUrl);
    await page.getByTestId('servicing-step-complete').click();
    await page.getByTestId('servicing-reason').fill('Beneficiary changed as signed');
    await page.getByTestId('servicing-step-submit').click();
    await expectText(page.getByTestId('servicing-detail-state'), 'completed');
    await screenshot(page, 'servicing-beneficiary-completed-en');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('head office adds a document type; it is offered at once', async () => {
    const { context, page } = await journey().open('document-types');
    await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    await page.goto('/admin/catalogue?tab=documentTypes');
    await page.getByTestId('document-type-create').click();
    await page.getByTestId('document-type-code').fill('hospital_invoice');
    await page.getByTestId('document-type-name').fill('医疗费用发票');
    await page.getByTestId('document-type-name-en').fill('Hospital invoice');
    await page.getByTestId('document-type-sensitive').click();
    await page.getByTestId('document-type-submit').click();
    await expectText(page.getByTestId('document-types-table'), /hospital_invoice\s*医疗费用发票\s*敏感/);
    await screenshot(page, 'document-types');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
