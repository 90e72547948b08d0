import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { choose, expectText, logIn, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';

type Answer = { items: { id: number; internalNo?: string; name?: string }[]; total: number; totalExact: boolean };

/** The first column of every data row of a downloaded xlsx. */
async function firstColumn(download: Download): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(await download.createReadStream());
  const values: unknown[] = [];
  workbook.worksheets[0]!.eachRow((row, n) => n > 1 && values.push((row.values as unknown[])[1]));
  return values;
}

const search = (page: Page) => new URL(page.url()).searchParams;
const rowIds = async (page: Page, prefix: string) =>
  (await page.locator(`[data-testid^="${prefix}-"]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')!))).map((t) => Number(t.split('-').pop()));

// The lists (issue 11, item 4): sort, filter, pages and page size in the address, a reload and the back
// button keeping them, the total, and the export of exactly what is shown or selected.
describe('lists', () => {
  const journey = useJourney();

  it('a province supervisor sorts, filters and pages the policy list, reloads it unchanged and exports what it shows (zh-CN)', async () => {
    const { context, page } = await journey().open('lists-policies');
    const api = async (query: string) => (await (await context.request.get(`/api/v1/policies?${query}`)).json()) as Answer;
    await logIn(page, 'gd.supervisor', DEMO_PASSWORD);
    await page.getByTestId('side-nav').waitFor();
    await page.goto('/policies');
    await page.getByTestId('policies-page').waitFor();
    const all = await api('pageSize=20');
    await expectText(page.getByTestId('policies-total'), `共 ${all.total.toLocaleString('en-US')} 条`);
    expect(await page.getByTestId('policies-breadcrumbs').textContent()).toContain('首页');

    // Sort by premium: the address says so and the rows are the server's order.
    await page.getByRole('columnheader', { name: /保费/ }).click();
    await page.waitForURL(/sort=premium/);
    const byPremium = await api('sort=premium&pageSize=20');
    await page.getByTestId(`policy-row-${byPremium.items[0]!.id}`).waitFor();
    expect(await rowIds(page, 'policy-row')).toEqual(byPremium.items.map((p) => p.id));

    // Filter: in force only, and the total follows.
    await choose(page, page.getByTestId('policy-filter-state'), '', '有效');
    await page.waitForURL(/state=in_force/);
    const inForce = await api('state=in_force&sort=premium&pageSize=20');
    await expectText(page.getByTestId('policies-total'), `共 ${inForce.total.toLocaleString('en-US')} 条`);

    // Page 2, then a reload: the same rows, the same sort and filter.
    await page.locator('.ant-pagination-item-2').click();
    await page.waitForURL(/page=2/);
    const second = await api('state=in_force&sort=premium&page=2&pageSize=20');
    await page.getByTestId(`policy-row-${second.items[0]!.id}`).waitFor();
    await screenshot(page, 'lists-policies-zh', { fullPage: true });
    await page.reload();
    await page.getByTestId(`policy-row-${second.items[0]!.id}`).waitFor();
    expect(await rowIds(page, 'policy-row')).toEqual(second.items.map((p) => p.id));
    expect(Object.fromEntries(search(page))).toMatchObject({ state: 'in_force', sort: 'premium', page: '2' });
    expect(await page.getByRole('columnheader', { name: /保费/ }).getAttribute('aria-sort')).toBe('ascending');

    // Export what is shown: every page of the filtered list, in its order.
    const everything = await api(`state=in_force&sort=premium&limit=200`);
    const download = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    const exported = await firstColumn(await download);
    expect(exported).toHaveLength(inForce.total);
    expect(exported.slice(0, everything.items.length)).toEqual(everything.items.map((p) => p.internalNo));

    // Or the selected rows only.
    for (const p of second.items.slice(0, 2)) await page.getByTestId(`policy-row-${p.id}`).getByRole('checkbox').check();
    await expectText(page.getByTestId('policies-selected'), '已选 2 项');
    const selectedDownload = page.waitForEvent('download');
    await page.getByTestId('export-selected').click();
    expect(await firstColumn(await selectedDownload)).toEqual(second.items.slice(0, 2).map((p) => p.internalNo));
    await screenshot(page, 'lists-policies-selected-zh');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('a city supervisor sorts the client list by name, changes the page size and goes back (en-US)', async () => {
    const { context, page } = await journey().open('lists-clients-en', { locale: 'en-US' });
    const api = async (query: string) => (await (await context.request.get(`/api/v1/clients?${query}`)).json()) as Answer;
    await logIn(page, 'gz.supervisor', DEMO_PASSWORD);
    await page.getByTestId('side-nav').waitFor();
    await page.goto('/clients');
    await page.getByTestId('clients-page').waitFor();
    const all = await api('pageSize=20');
    await expectText(page.getByTestId('clients-total'), `${all.total.toLocaleString('en-US')} in total`);

    await page.getByRole('columnheader', { name: /Name/ }).click();
    await page.waitForURL(/sort=name/);
    const byName = await api('sort=name&pageSize=20');
    await page.getByTestId(`client-row-${byName.items[0]!.id}`).waitFor();
    expect(await rowIds(page, 'client-row')).toEqual(byName.items.map((c) => c.id));

    await page.getByRole('combobox', { name: 'Page Size' }).click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByText('50 / page', { exact: true }).click();
    await page.waitForURL(/pageSize=50/);
    const fifty = await api('sort=name&pageSize=50');
    await page.getByTestId(`client-row-${fifty.items[49]!.id}`).waitFor();
    await screenshot(page, 'lists-clients-en', { fullPage: true });

    // Back: the 20-row page sorted by name again.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('pageSize'));
    expect(search(page).get('sort')).toBe('name');
    await page.getByTestId(`client-row-${fifty.items[49]!.id}`).waitFor({ state: 'detached' });
    expect(await rowIds(page, 'client-row')).toEqual(byName.items.map((c) => c.id));

    // The export of what is shown takes the sort.
    const download = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    const ids = await firstColumn(await download);
    expect(ids.slice(0, 20)).toEqual(byName.items.map((c) => c.id));
    expect(ids).toHaveLength(all.total);
    await context.close();
  }, JOURNEY_TIMEOUT);
});
