import { describe, expect, it } from 'vitest';
import { expectText, logIn, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';
import { SAMPLE_PDF, SAMPLE_PNG } from '../helpers/multipart.js';

// Issue 12, item 2 through the UI: a clerk files a client's papers on the policy page — several at
// once, the checklist ticks, an image previews in the browser; a file of the wrong kind is named.
describe('documents on the policy page', () => {
  const journey = useJourney();

  it('a clerk uploads an ID copy and the policy document, sees the checklist received, previews the image, and is told which file is of a wrong kind', async () => {
    const { context, page } = await journey().open('documents');
    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    const policies = (await (await context.request.get('/api/v1/policies?pageSize=10')).json()) as { items: { id: number }[] };
    const policyId = policies.items[0]!.id;

    await page.goto(`/policies/${policyId}`);
    await page.getByTestId('policy-tab-documents').click();
    const panel = page.getByTestId('documents-panel');
    await expectText(panel.getByTestId('checklist-id_document'), /身份证件.*可选/);

    await page.getByTestId('documents-type').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '身份证件' }).click();
    await panel.locator('input[type=file]').setInputFiles([
      { name: '身份证正面.png', mimeType: 'image/png', buffer: SAMPLE_PNG },
      { name: '身份证反面.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF },
    ]);
    await page.getByTestId('documents-submit').click();
    await expectText(page.locator('.ant-message'), '已上传 2 个文件');
    await expect.poll(() => panel.getByTestId('documents-table').locator('tbody tr.ant-table-row').count()).toBe(2);
    await expectText(panel.getByTestId('checklist-id_document'), /身份证件.*已收.*×2/);
    expect(await panel.getByTestId('checklist-id_document').getAttribute('data-state')).toBe('received');

    // The PNG shows in the browser, read through the record's permission.
    const first = await panel.locator('[data-testid^="document-preview-"]').first().getAttribute('data-testid');
    await page.getByTestId(first!).click();
    const image = page.getByTestId('document-preview-image');
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    await screenshot(page, 'documents-preview');
    await page.keyboard.press('Escape');

    // A text file named .pdf: refused by its content, the file named, nothing added.
    await page.getByTestId('documents-type').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '保单' }).first().click();
    await panel.locator('input[type=file]').setInputFiles([{ name: '假保单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('不是 PDF 文件') }]);
    await page.getByTestId('documents-submit').click();
    await expectText(page.getByTestId('documents-upload-error'), /假保单\.pdf：文件内容不是允许的格式/);
    expect(await panel.getByTestId('documents-table').locator('tbody tr.ant-table-row').count()).toBe(2);
    await context.close();
  }, JOURNEY_TIMEOUT);
});
