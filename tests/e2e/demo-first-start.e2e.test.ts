import { describe, expect, it } from 'vitest';
import { expectText, logIn, logOut, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';

// Issue 11, item 9: a fresh server's first start shows the product at work — nothing prepared by
// the test. Item 10: 返回 goes back where the user came from, or to the list when opened directly.
describe('the demo data on a first start', () => {
  const journey = useJourney();

  it('the supervisor finds escalations in the area tab; the clerk overdue to-dos and an unread bell', async () => {
    const { context, page } = await journey().open('demo-first-start-work');

    await logIn(page, 'gz.supervisor', DEMO_PASSWORD);
    await page.getByTestId('home').waitFor();
    await page.goto('/due-items?tab=scope');
    const scope = page.getByTestId('scope-overdue-list');
    await scope.locator('[data-testid^="deadline-card-"]').first().waitFor();
    await expectText(scope, '已升级督办');
    await expectText(scope.getByTestId('deadline-state').first(), '已逾期');
    await screenshot(page, 'demo-supervisor-escalations', { fullPage: true });
    await logOut(page);

    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('home').waitFor();
    const unread = (await (await context.request.get('/api/v1/notifications/unread-count')).json()) as { count: number };
    expect(unread.count).toBeGreaterThan(0);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="notif-bell"]')?.getAttribute('aria-label') === `通知（${n} 条未读）`,
      unread.count,
    );
    await page.goto('/due-items');
    const overdue = page.getByTestId('due-section-overdue');
    await overdue.locator('[data-testid^="deadline-card-"]').first().waitFor();
    expect(Number(await page.getByTestId('due-section-overdue-count').textContent())).toBeGreaterThan(0);
    await screenshot(page, 'demo-clerk-due-items', { fullPage: true });
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('a policy on hold shows its notice to the client; 返回 goes back to the filtered list, or to the list when opened directly', async () => {
    const { context, page } = await journey().open('demo-first-start-held');
    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('home').waitFor();
    const held = (await (await context.request.get('/api/v1/policies?state=on_hold&limit=5')).json()) as { items: { id: number }[] };
    expect(held.items.length).toBeGreaterThan(0);
    const id = held.items[0]!.id;

    await page.goto('/policies?state=on_hold');
    await page.getByTestId(`policy-row-${id}`).click();
    await page.waitForURL(`**/policies/${id}`);
    await expectText(page.getByTestId('policy-detail'), '暂缓');
    await page.getByTestId('policy-tab-notices').click();
    const notice = page.locator('[data-testid^="policy-notice-"]').filter({ has: page.getByTestId('notice-kind') }).first();
    await notice.waitFor();
    await expectText(notice.getByTestId('notice-content'), '暂缓登记');
    await screenshot(page, 'demo-held-policy', { fullPage: true });

    // Came from the filtered list: 返回 is history back, filters kept.
    await expectText(page.getByTestId('policy-back'), '返回');
    await page.getByTestId('policy-back').click();
    await page.waitForURL((url) => url.pathname === '/policies' && url.searchParams.get('state') === 'on_hold');
    await page.getByTestId(`policy-row-${id}`).waitFor();

    // Opened directly (a bookmark, a new tab): 返回保单列表, to the list.
    const direct = await context.newPage();
    await direct.goto(`/policies/${id}`);
    await expectText(direct.getByTestId('policy-back'), '返回保单列表');
    await direct.getByTestId('policy-back').click();
    await direct.waitForURL((url) => url.pathname === '/policies' && url.search === '');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
