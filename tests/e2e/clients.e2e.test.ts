import { describe, expect, it } from 'vitest';
import { choose, expectText, logIn, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';

describe('client archive', () => {
  const journey = useJourney();

  it('a clerk opens a person client with a resident ID and mobile: the record shows the masked ID and its R-CL-2 deadline, and the search box finds it by mobile', async () => {
    const { context, page } = await journey().open('clients');
    const mobile = `139${String(Date.now()).slice(-8)}`;
    const name = '林安心';

    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('side-nav').waitFor();
    await page.goto('/clients');
    await page.getByTestId('clients-page').waitFor();
    await page.getByTestId('client-create').click();

    // A bad resident ID comes back from the server onto its field.
    await page.getByTestId('client-form-name').fill(name);
    await choose(page, page.getByTestId('client-form-id-type'), '居民', '居民身份证');
    await page.getByTestId('client-form-id-number').fill('110105194912310021');
    await page.getByTestId('client-form-mobile').fill(mobile);
    await page.getByTestId('client-form-consent-sensitive').check();
    await page.getByTestId('client-form-submit').click();
    const idItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('client-form-id-number') });
    await idItem.locator('.ant-form-item-explain-error').first().waitFor();
    await screenshot(page, 'clients-id-error');

    await page.getByTestId('client-form-id-number').fill('11010519491231002X');
    await page.getByTestId('client-form-submit').click();

    // The record: masked ID and mobile, and the archive deadline with its basis.
    await page.getByTestId('client-detail').waitFor();
    await expectText(page.getByTestId('client-detail-name'), name);
    await expectText(page.getByTestId('client-idNumber'), '110105********002X');
    await expectText(page.getByTestId('client-mobile'), `${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
    const card = page.getByTestId('client-deadlines').locator('[data-testid^="deadline-card-"]').filter({ hasText: '建立客户档案' });
    await expectText(card.getByTestId('deadline-rule'), '建立客户档案');
    await expectText(card.getByTestId('deadline-spec-id'), 'R-CL-2');
    await expectText(card.getByTestId('deadline-basis'), '首次接触客户后 2 日内建立客户档案');
    await expectText(card.getByTestId('deadline-state'), /按时完成|进行中/);
    await page.getByTestId('client-tab-timeline').click();
    await expectText(page.getByTestId('client-timeline'), '建立客户档案');
    await screenshot(page, 'clients-detail', { fullPage: true });
    const clientId = Number(new URL(page.url()).pathname.split('/').pop());
    expect(clientId).toBeGreaterThan(0);

    // Same name and mobile, no ID: a possible duplicate, created only once confirmed.
    await page.goto('/clients/new');
    await page.getByTestId('client-form-name').fill(name);
    await page.getByTestId('client-form-mobile').fill(mobile);
    await page.getByTestId('client-form-submit').click();
    await page.getByTestId(`client-duplicate-${clientId}`).waitFor();
    await screenshot(page, 'clients-duplicate');
    await page.getByTestId('client-duplicate-confirm').click();
    await page.getByTestId('client-detail').waitFor();
    await page.waitForURL((url) => url.pathname !== `/clients/${clientId}` && /^\/clients\/\d+$/.test(url.pathname));

    // The one search box finds the client by mobile.
    await page.goto('/clients');
    await page.getByTestId('client-search').locator('input').fill(mobile);
    await page.getByTestId('client-search').locator('input').press('Enter');
    await expectText(page.getByTestId('client-search-result'), '按手机号找到');
    await page.getByTestId(`client-row-${clientId}`).waitFor();
    await expectText(page.getByTestId(`client-row-${clientId}`).getByTestId('client-name'), name);
    await screenshot(page, 'clients-search');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
