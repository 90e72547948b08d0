import { describe, it } from 'vitest';
import { clickInDialog, expectText, logIn, logOut, screenshot } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';

describe('login lockout', () => {
  const journey = useJourney();

  it('five wrong passwords lock the account with a message saying until when, as they lock a name no one has; an administrator unlocks it', async () => {
    const { context, page } = await journey().open('lockout');
    for (let attempt = 1; attempt <= 4; attempt++) {
      await logIn(page, 'sz.service', `wrong-password-${attempt}`);
      await expectText(page.getByTestId('login-error'), '用户名或密码不正确');
    }
    await logIn(page, 'sz.service', 'wrong-password-5');
    await expectText(page.getByTestId('login-error'), /账户已临时锁定，请于 .*\d{2}:\d{2}.*后重试/);
    await screenshot(page, 'lockout');

    // Locked means locked: the right password does not open it either.
    await logIn(page, 'sz.service', DEMO_PASSWORD);
    await expectText(page.getByTestId('login-error'), '账户已临时锁定');

    // A name no one has answers alike: locked at the fifth failure too, so a lock tells nothing about who exists.
    for (let attempt = 1; attempt <= 4; attempt++) {
      await logIn(page, 'sz.servise', `wrong-password-${attempt}`);
      await expectText(page.getByTestId('login-error'), '用户名或密码不正确');
    }
    await logIn(page, 'sz.servise', 'wrong-password-5');
    await expectText(page.getByTestId('login-error'), /账户已临时锁定，请于 .*\d{2}:\d{2}.*后重试/);

    await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
    await page.getByTestId('nav-users').click();
    await page.getByTestId('users-filter-q').locator('input').fill('sz.service');
    await page.getByTestId('users-filter-q').locator('input').press('Enter');
    const row = page.getByTestId('user-row-sz.service');
    await expectText(row.getByTestId('user-locked'), '已锁定');
    await page.getByTestId('user-more-sz.service').click();
    await page.getByTestId('user-unlock').click();
    await clickInDialog(page, page.getByTestId('confirm-ok'));
    await row.getByTestId('user-locked').waitFor({ state: 'detached' });
    await logOut(page);

    await logIn(page, 'sz.service', DEMO_PASSWORD);
    await page.getByTestId('home').waitFor();
    await context.close();
  }, JOURNEY_TIMEOUT);
});
