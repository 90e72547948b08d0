import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { expectText, logIn, screenshot } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';

async function expectKind(day: Locator, kind: string, label?: string) {
  await day.waitFor();
  expect(await day.getAttribute('data-kind')).toBe(kind);
  if (label) await expectText(day, label);
}

describe('the working-day calendar', () => {
  const journey = useJourney();

  it('a clerk sees National Day 2026 as 国庆节 holidays (10-01 to 10-07) with the make-up working days 09-20 and 10-10 marked 班, and the calculator skips the holiday', async () => {
    const { context, page } = await journey().open('calendar-2026');
    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('nav-calendar').click();
    await page.getByTestId('calendar-page').waitFor();
    await page.goto('/calendar?year=2026');

    for (const day of ['01', '02', '03', '04', '05', '06', '07']) {
      await expectKind(page.getByTestId(`calendar-day-2026-10-${day}`), 'holiday', '国庆节');
    }
    for (const date of ['2026-09-20', '2026-10-10']) {
      const day = page.getByTestId(`calendar-day-${date}`);
      await expectKind(day, 'makeup');
      await expectText(day.getByTestId('calendar-day-badge'), '班');
    }
    await expectKind(page.getByTestId('calendar-day-2026-10-08'), 'workday');
    await expectKind(page.getByTestId('calendar-day-2026-10-11'), 'weekend'); // a Sunday after the make-up Saturday
    // 2026 is an official year: no provisional banner.
    expect(await page.getByTestId('calendar-provisional').count()).toBe(0);
    await expectText(page.getByTestId('calendar-official'), '2026');

    // 30 September + 1 working day jumps the whole holiday.
    await page.getByTestId('calc-add-from').fill('2026-09-30');
    await page.getByTestId('calc-add-days').fill('1');
    await page.getByTestId('calc-add-submit').click();
    await expectText(page.getByTestId('calc-add-result'), '2026-10-08');

    // September (with the make-up day 09-20) and October in view.
    await page.getByTestId('calendar-month-9').evaluate((month) => month.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'calendar-october-2026');
    await screenshot(page, 'calendar-2026', { fullPage: true });
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('a head-office administrator pastes the 2027 schedule, sees a bad line reported, previews the corrected two lines, saves, and 2027 is no longer provisional', async () => {
    const { context, page } = await journey().open('calendar-2027');
    await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
    await page.getByTestId('side-nav').waitFor();
    await page.goto('/calendar?year=2027');
    await expectText(page.getByTestId('calendar-provisional'), '暂定');
    await expectKind(page.getByTestId('calendar-day-2027-02-20'), 'weekend');

    await page.getByTestId('calendar-enter-schedule').click();
    const text = page.getByTestId('schedule-text');
    await text.fill('2027-02-05~2027-02-11 放假 春节/Spring Festival\n2027-02-20 补班 春节/Spring Festival');
    await page.getByTestId('schedule-preview').click();
    await expectText(page.getByTestId('schedule-problems'), '第 2 行');
    expect(await page.getByTestId('schedule-save').isDisabled()).toBe(true);

    await text.fill('2027-02-05~2027-02-11 放假 春节/Spring Festival\n2027-02-20 上班 春节/Spring Festival');
    await page.getByTestId('schedule-preview').click();
    await expectText(page.getByTestId('schedule-summary'), '共 8 天：放假 7 天，调休上班 1 天');
    expect(await page.getByTestId('schedule-problems').count()).toBe(0);
    await screenshot(page, 'calendar-2027-preview');
    await page.getByTestId('schedule-save').click();

    await page.getByTestId('calendar-provisional').waitFor({ state: 'detached' });
    await expectText(page.getByTestId('calendar-official'), '第 1 版');
    await expectKind(page.getByTestId('calendar-day-2027-02-08'), 'holiday', '春节');
    await expectKind(page.getByTestId('calendar-day-2027-02-20'), 'makeup');
    await screenshot(page, 'calendar-2027-entered');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
