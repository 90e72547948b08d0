import { describe, expect, it } from 'vitest';
import { clickInDialog, expectText, logIn, screenshot } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

describe('the insurer and product catalogue', () => {
  const journey = useJourney();

  it('a head-office administrator deactivates an insurer after a confirmation, activates it again, and opens a product to edit', async () => {
    const { context, page } = await journey().open('catalogue');
    await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
    await page.getByTestId('nav-catalogue').click();
    // Editing is offered once the head-office grant is known (the org units load after the page).
    await page.locator('[data-testid^="insurer-edit-"]').first().waitFor();
    expect(await page.getByTestId('catalogue-read-only').count()).toBe(0);

    const row = page.locator('[data-testid^="insurer-row-"]').first();
    const id = (await row.getAttribute('data-testid'))!.replace('insurer-row-', '');
    await expectText(row, '启用');
    await page.getByTestId(`insurer-toggle-${id}`).click();
    await clickInDialog(page, page.getByTestId(`insurer-toggle-${id}-confirm`));
    await expectText(row.locator('.ant-tag'), '停用');
    await expectText(page.getByTestId(`insurer-toggle-${id}`), /^启\s?用$/); // antd spaces a two-character button
    await screenshot(page, 'catalogue-deactivated');

    await page.getByTestId(`insurer-toggle-${id}`).click();
    await clickInDialog(page, page.getByTestId(`insurer-toggle-${id}-confirm`));
    await expectText(row.locator('.ant-tag'), '启用');
    await expectText(page.getByTestId(`insurer-toggle-${id}`), /^停\s?用$/);

    await page.getByTestId('catalogue-tab-products').click();
    const product = page.locator('[data-testid^="product-row-"]').first();
    const productId = (await product.getAttribute('data-testid'))!.replace('product-row-', '');
    await page.getByTestId(`product-edit-${productId}`).click();
    await expectText(page.locator('.ant-modal-title'), '编辑产品');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
