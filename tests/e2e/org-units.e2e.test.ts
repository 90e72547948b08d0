import { describe, expect, it } from 'vitest';
import { expectText, logIn, screenshot } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

describe('maintaining the org tree', () => {
  const journey = useJourney();

  it('an administrator adds an office under Guangzhou; a taken code shows on its field, and a rename made meanwhile in another tab is reported, not overwritten', async () => {
    const { context, page } = await journey().open('org');
    await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
    await page.getByTestId('nav-orgUnits').click();
    await page.getByTestId('org-node-GZ').click();
    await expectText(page.getByTestId('org-details'), '广州市分公司');

    await page.getByTestId('org-add-child').click();
    await page.getByTestId('org-form-code').fill('GZ01');
    await page.getByTestId('org-form-name').fill('海珠营业部');
    await page.getByTestId('org-form-name-en').fill('Haizhu Office');
    await page.getByTestId('org-form-submit').click();
    await expectText(page.getByTestId('org-form').locator('.ant-form-item-explain-error'), '该机构代码已被使用');
    await page.getByTestId('org-form-code').fill('GZ03');
    await page.getByTestId('org-form-submit').click();
    await expectText(page.getByTestId('org-node-GZ03'), '海珠营业部');
    await expectText(page.getByTestId('org-details'), '营业部');

    // Two tabs open the same unit; the second renames it first.
    await page.getByTestId('org-rename').click();
    const other = await context.newPage();
    await other.goto('/admin/org-units');
    await other.getByTestId('org-node-GZ03').click();
    await other.getByTestId('org-rename').click();
    await other.getByTestId('org-form-name').fill('海珠第一营业部');
    await other.getByTestId('org-form-submit').click();
    await expectText(other.getByTestId('org-node-GZ03'), '海珠第一营业部');
    await other.close();

    await page.getByTestId('org-form-name').fill('海珠二部');
    await page.getByTestId('org-form-submit').click();
    await expectText(page.getByTestId('conflict-alert'), '该记录已被他人修改');
    expect(await page.getByTestId('org-form-name').inputValue()).toBe('海珠第一营业部');
    await screenshot(page, 'org-conflict');

    // Applying the change again, on top of the current version, succeeds.
    await page.getByTestId('org-form-name').fill('海珠二部');
    await page.getByTestId('org-form-submit').click();
    await expectText(page.getByTestId('org-node-GZ03'), '海珠二部');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
