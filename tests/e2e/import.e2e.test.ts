import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xlsxBuffer } from '../../server/src/platform/spreadsheet/index.js';
import { residentId } from '../helpers/client-test-ids.js';
import { expectText, logIn, screenshot } from './browser.js';
import { JOURNEY_TIMEOUT, useJourney } from './harness.js';

const DEMO_PASSWORD = 'anxin-demo-2026';

// R-PO-6 through the wizard: template, a file with a bad row (report, nothing written), the corrected file committed.
describe('bulk import of clients', () => {
  const journey = useJourney();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'anxin-e2e-import-'));
  const stamp = String(Date.now()).slice(-6);
  const ids = [residentId(`44010619880101${stamp.slice(-3)}`), residentId(`44010619900515${stamp.slice(-3)}`)];
  const file = async (name: string, rows: string[][]) => {
    const target = path.join(dir, name);
    writeFileSync(target, await xlsxBuffer([{ name: '客户导入', columns: ['姓名/名称', '证件号码', '手机号'].map((header) => ({ header, text: true })), rows }]));
    return target;
  };

  it('a clerk downloads the template, sees the problems of a bad file row by row, then imports the corrected file', async () => {
    const { context, page } = await journey().open('imports');
    await logIn(page, 'gz01.clerk', DEMO_PASSWORD);
    await page.getByTestId('side-nav').waitFor();
    await page.goto('/imports');
    await page.getByTestId('imports-page').waitFor();

    const download = page.waitForEvent('download');
    await page.getByTestId('import-template').click();
    expect((await download).suggestedFilename()).toMatch(/^客户导入模板.*\.xlsx$/);

    const wrongCheck = `${ids[1]!.slice(0, 17)}${ids[1]!.endsWith('0') ? '1' : '0'}`;
    const upload = page.locator('[data-testid="imports-page"] input[type="file"]');
    await upload.setInputFiles(await file('bad.xlsx', [['导入林一', ids[0]!, '13900001111'], ['导入林二', wrongCheck, '139000022']]));
    await page.getByTestId('import-has-problems').waitFor();
    const problems = page.getByTestId('import-problems');
    await expectText(problems, '证件号码');
    await expectText(problems, '身份证号码不正确（校验位或出生日期有误）');
    await expectText(problems, '手机号格式不正确');
    await expectText(problems, '导入林二'); // the row's name beside its number
    await expect(page.getByTestId('import-commit').count()).resolves.toBe(0);
    await screenshot(page, 'import-problems', { fullPage: true });

    // The whole report as a workbook, to work through in Excel.
    const reportDownload = page.waitForEvent('download');
    await page.getByTestId('import-download-report').click();
    const report = await reportDownload;
    expect(report.suggestedFilename()).toBe('客户导入检查报告-bad.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await report.path())!);
    const rows = workbook.getWorksheet('问题')!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['行', '名称', '列', '问题'], [3, '导入林二', '证件号码', '身份证号码不正确（校验位或出生日期有误）'], [3, '导入林二', '手机号', expect.stringContaining('手机号格式不正确')],
    ]);

    await upload.setInputFiles(await file('good.xlsx', [['导入林一', ids[0]!, '13900001111'], ['导入林二', ids[1]!, '13900002222']]));
    await page.getByTestId('import-ok').waitFor();
    await expectText(page.getByTestId('import-ok'), '全部 2 行检查通过');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    await expectText(page.getByTestId('import-done'), '导入完成：新增 2 条，跳过已存在 0 条。');
    await screenshot(page, 'import-done', { fullPage: true });

    // The same file again: nothing to import, and no button that would do nothing.
    await page.getByTestId('import-again').click();
    await upload.setInputFiles(await file('good.xlsx', [['导入林一', ids[0]!, '13900001111'], ['导入林二', ids[1]!, '13900002222']]));
    await page.getByTestId('import-all-stored').waitFor();
    await expectText(page.getByTestId('import-all-stored'), '文件中的 2 行均已存在，无需导入');
    await expect(page.getByTestId('import-commit').count()).resolves.toBe(0);

    // The imported client is in the archive, its ID masked.
    await page.goto('/clients');
    await page.getByTestId('client-search').locator('input').fill('导入林二');
    await page.getByTestId('client-search').locator('input').press('Enter');
    await expectText(page.getByTestId('client-search-result'), '按姓名找到 1 位客户');
    await expectText(page.getByTestId('clients-page'), '139****2222');

    // A download that fails (here: signed out in another tab) says why on its own, and leaves the check result standing.
    await page.goto('/imports');
    await upload.setInputFiles(await file('bad-again.xlsx', [['导入林三', wrongCheck, '13900003333']]));
    await page.getByTestId('import-has-problems').waitFor();
    const { csrfToken } = (await (await context.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    expect((await context.request.post('/api/v1/auth/logout', { headers: { 'X-CSRF-Token': csrfToken } })).status()).toBe(204);
    await page.getByTestId('import-download-report').click();
    await expectText(page.getByTestId('import-download-error'), '请先登录');
    await expect(page.getByTestId('import-has-problems').isVisible()).resolves.toBe(true);
    await screenshot(page, 'import-download-error', { fullPage: true });
    await context.close();
  }, JOURNEY_TIMEOUT);
});
