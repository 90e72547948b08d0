import { describe, expect, it } from 'vitest';
import { choose, expectText, logIn, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';

describe('forms drop a stale server error (issue 11)', () => {
  const journey = useJourney();

  it('a clerk gets server errors on the birth date and gender of a new client; fixing the birth date clears its error at once while the gender keeps its own; fixed, the client is saved', async () => {
    const { context, page } = await journey().open('form-errors');
    const mobile = `137${String(Date.now()).slice(-8)}`;
    const item = (testId: string) => page.locator('.ant-form-item').filter({ has: page.getByTestId(testId) });
    const errorOf = (testId: string) => item(testId).locator('.ant-form-item-explain-error');

    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('side-nav').waitFor();
    await page.goto('/clients/new');
    await page.getByTestId('client-create-page').waitFor();

    // The ID number is checked as it is typed; a valid one fills in the birth date and gender.
    await page.getByTestId('client-form-name').fill('陈守信');
    await page.getByTestId('client-form-id-number').fill('440106199003071232');
    await expectText(errorOf('client-form-id-number'), '身份证号码不正确');
    await page.getByTestId('client-form-id-number').fill('440106199003071231');
    await expect.poll(() => errorOf('client-form-id-number').count()).toBe(0);
    await expect.poll(() => page.getByTestId('client-form-birth-date').inputValue()).toBe('1990-03-07');
    await expectText(item('client-form-gender'), '男');

    // The clerk overrides both with what the paper form says; the server refuses both.
    await page.getByTestId('client-form-birth-date').fill('1990-03-08');
    await choose(page, page.getByTestId('client-form-gender'), '', '女');
    await page.getByTestId('client-form-mobile').fill(mobile);
    await page.getByTestId('client-form-consent-sensitive').check();
    await page.getByTestId('client-form-submit').click();
    await expectText(errorOf('client-form-birth-date'), '出生日期与身份证号码不一致（应为 1990-03-07）');
    await expectText(errorOf('client-form-gender'), '性别与身份证号码不一致');
    await screenshot(page, 'form-errors-server');

    // Fixing the birth date clears its error before any new submission; the gender's stays.
    await page.getByTestId('client-form-birth-date').fill('1990-03-07');
    await expect.poll(() => errorOf('client-form-birth-date').count()).toBe(0);
    await expectText(errorOf('client-form-gender'), '性别与身份证号码不一致');
    await screenshot(page, 'form-errors-one-fixed');

    await choose(page, page.getByTestId('client-form-gender'), '', '男');
    await expect.poll(() => errorOf('client-form-gender').count()).toBe(0);
    await page.getByTestId('client-form-submit').click();

    await page.getByTestId('client-detail').waitFor();
    await expectText(page.getByTestId('client-detail-name'), '陈守信');
    await expectText(page.getByTestId('client-idNumber'), '440106********1231');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
