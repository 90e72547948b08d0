import { describe, it } from 'vitest';
import { clickInDialog, expectText, logIn } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

describe('keeping an administrator at head office', () => {
  const journey = useJourney();

  it('removing one\u2019s own admin role asks for confirmation first, and the last head-office admin is refused and keeps it', async () => {
    const { context, page } = await journey().open('last-admin');
    await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
    await page.getByTestId('nav-users').click();
    await page.getByTestId('users-filter-q').locator('input').fill('admin');
    await page.getByTestId('users-filter-q').locator('input').press('Enter');
    await page.getByTestId('user-roles-admin').click();

    await page.getByTestId('role-row-0').getByRole('button').click();
    await page.getByTestId('user-roles-submit').click();
    // Nothing is sent before the confirmation: the dialog names what would be lost.
    await expectText(page.getByTestId('self-demotion-text'), '保存后，您本人将失去：管理员（总公司）');
    await clickInDialog(page, page.getByTestId('confirm-ok'));

    await expectText(page.locator('.ant-modal .ant-alert-error'), '系统须至少保留一名在职的总公司管理员');
    await page.keyboard.press('Escape');
    await expectText(page.getByTestId('user-row-admin'), '管理员');
    await page.reload();
    await page.getByTestId('users-page').waitFor();
    await context.close();
  }, JOURNEY_TIMEOUT);
});
