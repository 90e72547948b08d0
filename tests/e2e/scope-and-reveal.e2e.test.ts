import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, clickInDialog, expectText, logIn, logOut, screenshot } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './server.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';

/** The filtered list has arrived: entries are listed, and none is anything but a reveal. */
async function onlyRevealsListed(page: Page) {
  const rows = page.locator('[data-testid^="audit-row-"]');
  await rows.filter({ hasNotText: 'pii.reveal' }).first().waitFor({ state: 'detached' });
  await rows.first().waitFor();
}

describe('org scope and audited reveal', () => {
  const journey = useJourney();

  it('the Guangzhou supervisor sees only Guangzhou staff, reveals a mobile number after a warning, and finds the reveal in the audit trail, whose chain head office verifies', async () => {
    const { context, page } = await journey().open('scope');
    await logIn(page, 'gz.supervisor', DEMO_PASSWORD);
    await expectText(page.getByTestId('header-org'), '广州市分公司');
    await page.getByTestId('nav-users').click();
    await page.getByTestId('user-row-gz.claims').waitFor();

    const usernames = await page.getByTestId('user-username').allTextContents();
    expect(usernames.length).toBeGreaterThanOrEqual(5);
    expect(usernames.filter((u) => !/^gz/.test(u))).toEqual([]); // nobody from 深圳 or 佛山
    const orgs = await page.getByTestId('user-org').allTextContents();
    expect(orgs.some((o) => o.includes('深圳') || o.includes('南山') || o.includes('福田'))).toBe(false);
    expect(await page.getByTestId('user-create').count()).toBe(0); // a supervisor reads, does not administer

    const row = page.getByTestId('user-row-gz.claims');
    const masked = (await row.locator('td').nth(5).textContent()) ?? '';
    expect(masked).toMatch(/1\d{2}\*{4}\d{4}/);
    await row.getByTestId('reveal-mobile-gz.claims').click();
    await expectText(page.locator('.ant-modal-confirm'), '审计日志');
    await clickInDialog(page, page.getByTestId('reveal-confirm'));
    await expectText(page.getByTestId('revealed-mobile'), /^1\d{10}$/);
    await expectText(page.getByTestId('reveal-logged'), '已记入审计日志');
    await screenshot(page, 'reveal');
    await clickInDialog(page, page.getByTestId('reveal-close'));

    await page.getByTestId('nav-audit').click();
    await choose(page, page.getByTestId('audit-filter-action'), 'pii.reveal', '查看个人信息明文 (pii.reveal)');
    await page.waitForURL(/[?&]action=pii\.reveal/);
    await onlyRevealsListed(page);
    await expectText(page.locator('[data-testid^="audit-row-"]'), 'gz.supervisor');
    await expectText(page.getByTestId('audit-total'), /^共 \d+ 条$/);
    // Entries of the supervisor's scope only: every one written in a Guangzhou unit.
    const units = await page.getByTestId('audit-org').allTextContents();
    expect(units.length).toBeGreaterThan(0);
    expect(units.filter((u) => !u.includes('广州'))).toEqual([]);

    await screenshot(page, 'audit-supervisor');
    // The chain is one for the whole company: only head office checks it.
    expect(await page.getByTestId('audit-verify').count()).toBe(0);
    await logOut(page);

    await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
    await page.getByTestId('nav-audit').click();
    await choose(page, page.getByTestId('audit-filter-action'), 'pii.reveal', '查看个人信息明文 (pii.reveal)');
    await page.waitForURL(/[?&]action=pii\.reveal/);
    // The list's state is the address: a reload shows the same filtered list, and the actor narrows it further.
    await page.reload();
    await onlyRevealsListed(page);
    await expectText(page.locator('[data-testid^="audit-row-"]'), 'gz.supervisor');
    await page.locator('[data-testid^="audit-row-"]').filter({ hasText: 'gz.supervisor' }).first().getByTestId('audit-actor').click();
    await page.waitForURL(/[?&]actorId=\d+/);
    await page.locator('[data-testid^="audit-row-"]').filter({ hasNotText: 'gz.supervisor' }).first().waitFor({ state: 'detached' });
    await page.getByTestId('audit-verify').click();
    await expectText(page.getByTestId('audit-verify-ok'), '审计链完整');
    await screenshot(page, 'audit');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
