import { describe, expect, it } from 'vitest';
import { choose, expectText, logIn, logOut, screenshot } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

describe('onboarding a new agent', () => {
  const journey = useJourney();

  it('an administrator creates an agent in an office; the agent must change the temporary password and then sees only what an agent may use', async () => {
    const { context, page } = await journey().open('onboarding');
    await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
    await page.getByTestId('nav-users').click();
    await page.getByTestId('user-create').click();

    await page.getByTestId('user-form-username').fill('th.agent9');
    await page.getByTestId('user-form-display-name').fill('王安心');
    await choose(page, page.getByTestId('user-form-org'), '天河', '天河营业部 (GZ01)');
    await choose(page, page.getByTestId('role-select-0'), '业务员', '业务员');
    await expectText(page.getByTestId('role-row-0'), '天河营业部'); // the role's org unit follows the user's
    await page.getByTestId('user-form-submit').click();

    const password = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
    expect(password).toMatch(/^(?=.*[A-Za-z])(?=.*\d)\S{10,}$/);
    await screenshot(page, 'temporary-password');
    await page.getByTestId('temporary-password-close').click();
    await expectText(page.getByTestId('user-row-th.agent9'), '业务员');
    await logOut(page);

    await logIn(page, 'th.agent9', password);
    await page.getByTestId('password-forced').waitFor();
    expect(new URL(page.url()).pathname).toBe('/change-password');
    await page.getByTestId('password-current').fill(password);
    await page.getByTestId('password-new').fill('Tianhe-Agent-2026');
    await page.getByTestId('password-confirm').fill('Tianhe-Agent-2026');
    await page.getByTestId('password-submit').click();

    await page.getByTestId('home').waitFor();
    await expectText(page.getByTestId('header-user'), '王安心');
    await expectText(page.getByTestId('header-org'), '天河营业部');
    await expectText(page.getByTestId('header-roles'), '业务员');
    await expectText(page.getByTestId('nav-clients'), '客户档案');
    await expectText(page.getByTestId('nav-policies'), '保单登记');
    for (const hidden of ['nav-group-admin', 'nav-users', 'nav-orgUnits', 'nav-audit', 'nav-callbacks', 'nav-kpi']) {
      expect(await page.getByTestId(hidden).count(), hidden).toBe(0);
    }
    await screenshot(page, 'agent-home');

    // Typing the address does not open an administration page either.
    await page.goto('/admin/users');
    await page.getByTestId('forbidden').waitFor();
    await context.close();
  }, JOURNEY_TIMEOUT);
});
