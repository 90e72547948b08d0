import { describe, expect, it } from 'vitest';
import { expectText, logIn, screenshot } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

describe('signing in and choosing the language', () => {
  const journey = useJourney();

  it('shows the Chinese interface first; English, once chosen, survives a reload and server messages follow it', async () => {
    const { context, page } = await journey().open('language');
    await logIn(page, 'admin', E2E_ADMIN_PASSWORD);

    await page.getByTestId('home').waitFor();
    await expectText(page.getByTestId('header-user'), '系统管理员');
    await expectText(page.getByTestId('header-org'), '总公司');
    await expectText(page.getByTestId('header-roles'), '管理员');
    await expectText(page.getByTestId('nav-group-admin'), '系统管理');
    await expectText(page.getByTestId('nav-users'), '用户');
    await expectText(page.getByTestId('app-version'), /v\d+\.\d+\.\d+/);
    await screenshot(page, 'home-zh');

    await page.getByTestId('lang-switch').click();
    await expectText(page.getByTestId('nav-group-admin'), 'Administration');
    await expectText(page.getByTestId('header-org'), 'Head Office');
    await expectText(page.getByTestId('header-roles'), 'Administrator');

    await page.reload();
    await expectText(page.getByTestId('nav-group-admin'), 'Administration');
    await expectText(page.getByTestId('home'), 'Hello, 系统管理员');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // A module not built yet says so plainly.
    await page.getByTestId('nav-kpi').click();
    await expectText(page.getByTestId('module-not-built'), 'This module is not built yet');

    // The server answers in the language on screen (Accept-Language).
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-change-password').click();
    await page.getByTestId('password-current').fill('not-my-password-1');
    await page.getByTestId('password-new').fill('Another-Passw0rd-7');
    await page.getByTestId('password-confirm').fill('Another-Passw0rd-7');
    await page.getByTestId('password-submit').click();
    await expectText(page.getByTestId('password-error'), 'The current password is wrong');
    await screenshot(page, 'password-error-en');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('gives an en-US browser the English login page on its first visit; the choice it makes is kept (issue 11, item 5)', async () => {
    const { context, page } = await journey().open('language-en-us', { locale: 'en-US' });
    await page.goto('/login');
    await expectText(page.getByTestId('login-submit'), 'Log in');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'login-en-us');

    // Once a language is chosen, the browser's preference no longer decides.
    await page.getByTestId('lang-switch').click();
    await expectText(page.getByTestId('login-submit'), /登\s*录/); // antd spaces a two-character button label
    await page.reload();
    await expectText(page.getByTestId('login-submit'), /登\s*录/); // antd spaces a two-character button label
    await context.close();
  }, JOURNEY_TIMEOUT);
});
