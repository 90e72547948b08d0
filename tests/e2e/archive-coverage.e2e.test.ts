import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { xlsxBuffer } from '../../server/src/platform/spreadsheet/index.js';
import { residentId } from '../helpers/client-test-ids.js';
import { expectText, openDropdown, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';

/**
 * Choose the import kind, upload a file at once, and commit it once every row is checked. The
 * CPU is slowed 20× across the choice and the upload: the router applies the new `?kind=` in a
 * transition, and the file must still go to the kind just chosen (a CI run once sent the
 * policies file as clients).
 */
async function importFile(page: Page, kind: { label: string; key: string }, file: string, created: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  const preview = page.waitForRequest((r) => r.url().includes('/api/v1/imports/') && r.url().includes('/preview'));
  await page.getByTestId('import-kind').getByText(kind.label, { exact: true }).click();
  await page.locator('[data-testid="imports-page"] input[type="file"]').setInputFiles(file);
  expect(new URL((await preview).url()).pathname).toBe(`/api/v1/imports/${kind.key}/preview`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  await page.getByTestId('import-ok').waitFor();
  await page.getByTestId('import-commit').click();
  await expectText(page.getByTestId('import-done'), `新增 ${created} 条`);
  await page.getByTestId('import-again').click();
}

// The journey (R-PO-6, R-CL-3, R-PO-5): import a small xlsx, find a client by phone in the
// header search, open the household's coverage with its gaps and overlaps.
describe('from a spreadsheet to the household coverage', () => {
  const journey = useJourney();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'anxin-e2e-coverage-'));
  const stamp = String(Date.now()).slice(-6);
  const husband = { name: '周大海', id: residentId(`44010619800101${stamp.slice(-3)}`), mobile: `135${stamp}01` };
  const wife = { name: '郑小雨', id: residentId(`44010619820202${stamp.slice(-3)}`), mobile: `135${stamp}02` };
  const child = { name: '周乐乐', id: residentId(`44010620160303${stamp.slice(-3)}`), mobile: `135${stamp}03` };
  const sheet = async (name: string, headers: string[], rows: string[][]) => {
    const target = path.join(dir, name);
    writeFileSync(target, await xlsxBuffer([{ name: 'Sheet1', columns: headers.map((header) => ({ header, text: true })), rows }]));
    return target;
  };

  it('a clerk imports a family and its policies, finds the husband by mobile, and sees the child uncovered and the wife paying twice', async () => {
    const { context, page } = await journey().open('archive-coverage');
    const api = context.request;
    const login = await api.post('/api/v1/auth/login', { data: { username: 'gz01.clerk', password: DEMO_PASSWORD } });
    expect(login.status()).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };

    await page.goto('/imports');
    await page.getByTestId('imports-page').waitFor();
    const clients = await sheet('family.xlsx', ['姓名/名称', '证件号码', '手机号'], [husband, wife, child].map((p) => [p.name, p.id, p.mobile]));
    await importFile(page, { label: '客户', key: 'clients' }, clients, 3);

    // Household links (R-CL-3) through the API: the household tab has its own journey.
    const idOf = async (mobile: string) => ((await (await api.get(`/api/v1/clients/search?q=${mobile}`)).json()) as { items: { id: number }[] }).items[0]!.id;
    const [h, w, c] = [await idOf(husband.mobile), await idOf(wife.mobile), await idOf(child.mobile)];
    for (const [related, relation] of [[w, 'spouse'], [c, 'child']] as const) {
      const res = await api.post(`/api/v1/clients/${h}/links`, { headers: { 'X-CSRF-Token': csrfToken }, data: { relatedClientId: related, relation } });
      expect(res.status(), await res.text()).toBe(201);
    }

    const year = new Date().getUTCFullYear();
    const policies = await sheet('policies.xlsx',
      ['保险公司', '保单号', '产品', '投保人证件号码', '被保险人证件号码', '保险金额', '保费', '缴费频率', '缴费方式', '生效日期', '满期日期', '已核对'],
      [
        ['CHINALIFE', `JR${stamp}01`, 'CL-WL01', husband.id, '', '500000', '12000', '年交', '银行转账', `${year - 1}-03-01`, '', '是'],
        ['PINGAN', `JR${stamp}02`, 'PA-MED02', husband.id, wife.id, '2000000', '800', '年交', '银行转账', `${year}-01-01`, `${year}-12-31`, '是'],
        ['PINGAN', `JR${stamp}03`, 'PA-MED02', wife.id, '', '3000000', '900', '年交', '现金', `${year}-01-01`, `${year}-12-31`, '是'],
      ]);
    await importFile(page, { label: '保单', key: 'policies' }, policies, 3);
    await screenshot(page, 'archive-coverage-imported');

    // The header search box: a policy number finds the policy (R-PO-3) …
    const policyId = ((await (await api.get(`/api/v1/policies?number=JR${stamp}02`)).json()) as { items: { id: number }[] }).items[0]!.id;
    await page.getByTestId('header-search-input').fill(`jr${stamp}02`);
    await openDropdown(page).getByTestId(`header-search-hit-policy-${policyId}`).waitFor();
    await page.getByTestId('header-search-input').fill('');

    // … and the husband's mobile → his archive.
    await page.getByTestId('header-search-input').fill(husband.mobile);
    await openDropdown(page).getByTestId(`header-search-hit-client-${h}`).waitFor();
    await page.getByTestId('header-search-input').press('Enter');
    await expectText(page.getByTestId('client-detail-name'), husband.name);

    // The household's coverage: people × lines, the gaps and the overlap, each with its rule.
    await page.getByTestId('client-tab-coverage').click();
    const matrix = page.getByTestId('coverage-matrix');
    await matrix.waitFor();
    for (const id of [h, w, c]) await page.getByTestId(`coverage-member-${id}`).waitFor();
    await expect(page.getByTestId(`coverage-cell-${h}-life`).getAttribute('data-status')).resolves.toBe('covered');
    await expect(page.getByTestId(`coverage-cell-${w}-health`).getAttribute('data-status')).resolves.toBe('overlap');
    await expect(page.getByTestId(`coverage-cell-${c}-accident`).getAttribute('data-status')).resolves.toBe('gap');
    await page.locator(`[data-testid="coverage-finding"][data-rule="COV-7"][data-client="${w}"]`).waitFor();
    await page.locator(`[data-testid="coverage-finding"][data-rule="COV-5"][data-client="${c}"]`).waitFor();
    await screenshot(page, 'archive-coverage-matrix', { fullPage: true });

    // The household tab: each member's age and the cover in force on them (from the same review).
    await page.getByTestId('client-tab-household').click();
    const member = (name: string) => page.getByTestId('client-links').locator('.ant-list-item').filter({ hasText: name }).getByTestId('client-link-facts');
    await expectText(member(wife.name), /^4\d 岁 · 有效保额合计 5,000,000 元$/); // born 1982-02-02
    await expectText(member(child.name), '无有效保障');
    await context.close();
  }, JOURNEY_TIMEOUT);
});
