import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY, runNode } from '../helpers/run-server.js';
import { residentId } from '../helpers/client-test-ids.js';

// `anxin import` (R-PO-6) as an operator runs it: the built CLI on an embedded data directory.
describe('anxin import clients FILE on the embedded database', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'anxin-import-cli-'));
  const env = { ANXIN_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '', ANXIN_ADMIN_PASSWORD: 'Process-Passw0rd-42' };
  const cli = (...args: string[]) => runNode(CLI_ENTRY, args, env, 90_000);
  const template = path.join(dir, 'template.xlsx');
  const ids = [residentId('44010619800101001'), residentId('44010619800202002'), residentId('44010619800303003')];

  /** The template with rows filled in, as a clerk would in Excel. */
  async function filled(name: string, rows: Record<string, string>[]) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as string[]).slice(1).map((h) => h.replace('*', ''));
    for (const r of rows) sheet.addRow(headers.map((h) => r[h] ?? null));
    const file = path.join(dir, name);
    await workbook.xlsx.writeFile(file);
    return file;
  }

  beforeAll(async () => {
    expect((await cli('seed-demo')).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the template (xlsx, or csv with a BOM)', async () => {
    const res = await cli('import', 'template', 'clients', template);
    expect(res.code).toBe(0);
    const csv = path.join(dir, 'template.csv');
    expect((await cli('import', 'template', 'clients', csv)).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFF客户类型,姓名\/名称\*,/);
  });

  it('refuses a file with one bad row with exit 1, prints row, column and reason, and writes nothing', async () => {
    const wrongCheck = `${ids[1]!.slice(0, 17)}${ids[1]!.endsWith('0') ? '1' : '0'}`;
    const bad = await filled('bad.xlsx', [
      { '姓名/名称': '命令甲', 证件号码: ids[0]!, 所属机构: 'GZ01' },
      { '姓名/名称': '命令乙', 证件号码: wrongCheck, 所属机构: 'GZ01' },
    ]);
    const res = await cli('import', 'clients', bad);
    expect(res.code).toBe(1);
    // Each row named (名称) beside its number, as in the report workbook (issue 11, item 10).
    expect(res.stdout).toContain('行\t名称\t列\t问题');
    expect(res.stdout).toContain('4\t命令乙\t证件号码\t身份证号码不正确（校验位或出生日期有误）'); // row 4: under the two header rows
    expect(res.stdout).toContain('未写入任何数据');
    // The closing line follows the report's language.
    expect(res.stderr).toContain('导入被拒绝：未写入任何数据。');
    expect(res.stderr).not.toContain('Import refused');

    const en = await cli('import', 'clients', bad, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('row\tname\tcolumn\tproblem');
    expect(en.stdout).toContain('4\t命令乙\t证件号码\tnot a valid resident ID number (check character or birth date)');
    expect(en.stdout).toMatch(/^2 rows: \d new, 0 already existing, 1 problem\. Nothing was written\.$/m);
    expect(en.stderr).toContain('Import refused: nothing was written.');
    expect(en.stderr).not.toContain('导入被拒绝');
  });

  it('checks with --dry-run, imports with exit 0, and a second import of the same file adds nothing', async () => {
    const good = await filled('good.xlsx', ids.map((id, i) => ({ '姓名/名称': `命令${'甲乙丙'[i]}`, 证件号码: id, 手机号: `1380013800${i}` })));
    const dry = await cli('import', 'clients', good, '--dry-run', '--org-unit', 'GZ01', '--lang', 'en');
    expect(dry.code).toBe(0);
    // The bad file's good row was not kept: all three are still new.
    expect(dry.stdout).toContain('3 rows: 3 new, 0 already existing, 0 problems. Dry run: every row is valid; nothing was written.');

    const first = await cli('import', 'clients', good, '--org-unit', 'GZ01');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('共 3 行：新增 3 行，已存在 0 行，问题 0 处。 已导入 3 条客户记录。');
    const again = await cli('import', 'clients', good, '--org-unit', 'GZ01');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^3\t命令甲\t-\t已存在（编号 \d+），跳过$/m);
    expect(again.stdout).toContain('新增 0 行，已存在 3 行');

    const audit = await cli('audit', 'verify');
    expect(audit.code).toBe(0);
  });

  it('imports policies of those clients from csv, all or nothing, and skips them the second time', async () => {
    const header = '保险公司,保单号,产品,投保人证件号码,受益人,保险金额,保费,缴费频率,缴费方式,生效日期,所属机构';
    const row = (n: string, holder: string, beneficiaries = '法定') => `CHINALIFE,CLI-${n},CL-WL01,${holder},${beneficiaries},300000,6000,年交,银行转账,2026-01-01,GZ01`;
    const bad = path.join(dir, 'policies-bad.csv');
    writeFileSync(bad, [header, row('0001', ids[0]!), row('0002', ids[1]!, '命令甲 50%；命令丙 40%')].join('\n'));
    const refused = await cli('import', 'policies', bad);
    expect(refused.code).toBe(1);
    // Named by number and policyholder's name, though the row failed before the archive lookup.
    expect(refused.stdout).toContain('3\tCLI-0002 · 命令乙\t受益人\t第 1 顺位受益份额合计为 90.00%，应为 100%');

    const good = path.join(dir, 'policies.csv');
    writeFileSync(good, [header, row('0001', ids[0]!), row('0002', ids[1]!, '命令甲 50%；命令丙 50%')].join('\n'));
    const first = await cli('import', 'policies', good);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('新增 2 行，已存在 0 行');
    const again = await cli('import', 'policies', good);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('新增 0 行，已存在 2 行');

    const one = path.join(dir, 'policy-one.csv');
    writeFileSync(one, [header, row('0003', ids[2]!)].join('\n'));
    const single = await cli('import', 'policies', one, '--lang', 'en');
    expect(single.code).toBe(0);
    expect(single.stdout).toContain('1 row: 1 new, 0 already existing, 0 problems. Imported 1 policy.');
  });

  it('asks for an org unit when rows name none and no --org-unit is given, and refuses a missing file as bad usage', async () => {
    const csv = path.join(dir, 'no-org.csv');
    writeFileSync(csv, `姓名/名称,手机号\n命令丁,13900139000\n`);
    const res = await cli('import', 'clients', csv);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('2\t命令丁\t所属机构\t必填（命令行可用 --org-unit 指定默认机构）');
    expect((await cli('import', 'clients', path.join(dir, 'missing.xlsx'))).code).toBe(2);
  });
});
