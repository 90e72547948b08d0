import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../../tests/helpers/test-app.js';
import { residentId } from '../../../../../tests/helpers/client-test-ids.js';
import { withBuiltInFormats } from '../../../../../tests/helpers/xlsx-built-in-formats.js';
import { csvText, xlsxBuffer, type XlsxCell } from '../../../platform/spreadsheet/index.js';
import { decryptField } from '../../../platform/pii/index.js';
import { CONTEXT } from '../client-rules.js';
import { CLIENT_COLUMNS } from './client-import-columns.js';
import { beijingDate, beijingMidnight } from '../../../platform/time/beijing.js';

// R-PO-6 bulk intake of clients (R-CL-1, R-CL-2, R-CL-6): every row checked like the form, a
// row-by-row report, all or nothing, and a re-import that creates nothing.
const HEADERS = ['姓名/名称', '证件号码', '手机号', '地址', '所属机构', '首次接触时间', '客户类型', '统一社会信用代码', '联系人'];
const ORG_CODE = '91350100M000100Y43'; // a valid 统一社会信用代码

type Row = Partial<Record<'name' | 'id' | 'mobile' | 'address' | 'org' | 'firstContact' | 'kind' | 'credit' | 'contact', string>>;
const cells = (r: Row): string[] => [r.name ?? '', r.id ?? '', r.mobile ?? '', r.address ?? '', r.org ?? '', r.firstContact ?? '', r.kind ?? '', r.credit ?? '', r.contact ?? ''];
const xlsx = (rows: Row[], headers = HEADERS) => xlsxBuffer([{ name: '客户导入', columns: headers.map((h) => ({ header: h, text: true })), rows: rows.map(cells) }]);
const csv = (rows: Row[], headers = HEADERS) => csvText([headers, ...rows.map(cells)]);

/** GBK bytes of a text, as Chinese Excel saves "CSV": the decoder's table read backwards. */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let hi = 0x81; hi <= 0xfe; hi++) for (let lo = 0x40; lo <= 0xfe; lo++) {
    if (lo === 0x7f) continue;
    const ch = decoder.decode(Uint8Array.of(hi, lo));
    if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (ch === '\uFEFF') continue;
    else bytes.push(...(table.get(ch) ?? (() => { throw new Error(`no GBK code for ${ch}`); })()));
  }
  return Buffer.from(bytes);
}

describe('importing clients from a spreadsheet (R-PO-6)', () => {
  let t: TestApp;
  let clerk: Client;
  let seq = 0;
  /** A fresh valid resident ID (born 1980-1999) for each call. */
  const newId = () => residentId(`440106${1980 + (seq % 20)}0${1 + (seq % 9)}1${seq % 9}${String(++seq).padStart(3, '0')}`);
  const newMobile = () => `139${String(10_000_000 + ++seq * 7919).slice(-8)}`;

  const upload = (c: Client, path: string, body: Buffer | string, lang = 'zh-CN') =>
    c.request('POST', `/api/v1/imports/clients/${path}`, Buffer.from(body), { 'content-type': 'application/octet-stream', 'accept-language': lang });
  const counts = async () => {
    const n = async (table: 'client' | 'client_timeline' | 'deadline' | 'audit_log') => Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { clients: await n('client'), timeline: await n('client_timeline'), deadlines: await n('deadline'), audit: await n('audit_log') };
  };

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
  });
  afterAll(() => t.close());

  it('previews a valid file without writing, then commits every row with sealed fields, R-CL-2 deadlines, timeline and one audit entry', async () => {
    const idNumber = newId();
    // Ten days ago (Beijing date): the 2-day archive deadline was missed before the import.
    const tenDaysAgo = beijingDate(Date.now() - 10 * 86_400_000);
    const complete = { name: '导入甲', id: idNumber, mobile: newMobile(), address: '广东省广州市天河区体育西路1号', firstContact: tenDaysAgo };
    const incomplete = { name: '导入乙', mobile: newMobile() };
    const organisation = { name: '导入丙有限公司', kind: '单位', credit: ORG_CODE, contact: '陈经理', mobile: newMobile() };
    const file = await xlsx([complete, incomplete, organisation]);
    const before = await counts();

    const preview = await upload(clerk, 'preview?fileName=clients.xlsx', file);
    expect(preview.statusCode).toBe(200);
    const report = preview.json();
    expect(report).toMatchObject({ format: 'xlsx', dryRun: true, committed: false, rows: 3, toCreate: 3, created: 0, problemCount: 0, skippedCount: 0 });
    expect(report.sample[0]).toMatchObject({ row: 2, values: { name: '导入甲', idNumber: `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`, gender: expect.any(String) } });
    expect(JSON.stringify(report)).not.toContain(idNumber);
    expect(await counts()).toEqual(before);

    const commit = await upload(clerk, `commit?fileName=clients.xlsx&sha256=${report.sha256}`, file);
    expect(commit.statusCode).toBe(200);
    expect(commit.json()).toMatchObject({ committed: true, created: 3, problemCount: 0 });
    const after = await counts();
    expect(after.clients - before.clients).toBe(3);
    expect(after.timeline - before.timeline).toBe(3);
    expect(after.deadlines - before.deadlines).toBe(3);
    expect(after.audit - before.audit).toBe(1);

    const stored = await t.db.selectFrom('client').selectAll().where('name', 'in', ['导入甲', '导入乙', '导入丙有限公司']).orderBy('id').execute();
    expect(stored.map((c) => c.kind)).toEqual(['person', 'person', 'organisation']);
    const gz01 = await t.orgId('GZ01');
    expect(stored.every((c) => c.org_unit_id === gz01)).toBe(true); // the importer's own unit
    expect(decryptField(t.app.keyring, stored[0]!.id_number_enc!, { context: CONTEXT.idNumber })).toBe(idNumber);
    expect(stored[0]!.first_contact_at.getTime()).toBe(beijingMidnight(tenDaysAgo).getTime());
    expect(stored[0]!.archived_at).not.toBeNull();
    expect(stored[1]!.archived_at).toBeNull();
    const deadlines = await t.db.selectFrom('deadline').select(['entity_id', 'state', 'rule_id']).where('entity_type', '=', 'client')
      .where('entity_id', 'in', stored.map((c) => String(c.id))).execute();
    const stateOf = (id: number) => deadlines.filter((d) => d.entity_id === String(id)).map((d) => [d.rule_id, d.state]);
    // Complete archives close the deadline at once (met, or missed for a first contact long ago); an incomplete one stays open.
    expect(stored.map((c) => stateOf(c.id))).toEqual([[['client.archive', 'missed']], [['client.archive', 'open']], [['client.archive', 'met']]]);
    const timeline = await t.db.selectFrom('client_timeline').selectAll().where('client_id', '=', stored[0]!.id).execute();
    expect(timeline).toMatchObject([{ kind: 'client.created', summary_zh: '批量导入建立客户档案（资料完整）', actor_id: clerk.userId }]);

    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'client.import').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(entry.after).toMatchObject({ kind: 'clients', fileName: 'clients.xlsx', sha256: report.sha256, rows: 3, created: 3, skipped: 0, deadlinesOpened: 1, deadlinesMet: 1, deadlinesMissed: 1 });
    expect(JSON.stringify(entry)).not.toContain(idNumber);
  });

  it('re-importing the same file creates nothing: every row is reported as already existing', async () => {
    const file = await xlsx([{ name: '重复甲', id: newId() }, { name: '重复乙', mobile: newMobile() }, { name: '重复丙', kind: '单位', credit: '91110000600037341L' }]);
    expect((await upload(clerk, 'commit', file)).json()).toMatchObject({ committed: true, created: 3 });
    const before = await counts();
    const again = await upload(clerk, 'commit', file);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ committed: true, created: 0, toCreate: 0, skippedCount: 3, problemCount: 0 });
    expect(again.json().skipped.map((s: { row: number; label: string }) => [s.row, s.label])).toEqual([[2, '重复甲'], [3, '重复乙'], [4, '重复丙']]);
    expect(again.json().skipped[0].message).toMatch(/^已存在（编号 \d+），跳过$/);
    const after = await counts();
    expect(after.clients).toBe(before.clients);
    expect(after.deadlines).toBe(before.deadlines);
    expect(after.audit).toBe(before.audit + 1); // the import itself is audited, with created: 0
  });

  it('one bad row writes nothing: the report names the row, the column and the reason, in Chinese or English', async () => {
    const good = { name: '原子甲', id: newId() };
    const valid = newId();
    const wrong = { name: '原子乙', id: `${valid.slice(0, 17)}${valid.endsWith('0') ? '1' : '0'}`, mobile: '12345' }; // wrong check character
    const file = await xlsx([good, wrong, { name: '原子丙', org: 'SZ01', mobile: newMobile() }, { id: newId() }]);
    const before = await counts();

    const zh = (await upload(clerk, 'preview', file)).json();
    expect(zh.problems).toEqual([
      { row: 3, label: '原子乙', column: '证件号码', message: '身份证号码不正确（校验位或出生日期有误）' },
      { row: 3, label: '原子乙', column: '手机号', message: '手机号格式不正确（11 位，以 1 开头）' },
      { row: 4, label: '原子丙', column: '所属机构', message: '机构不存在或不在您的管辖范围内' }, // a sibling's unit is outside the scope
      { row: 5, label: null, column: '姓名/名称', message: '必填' }, // a row without a name is named by its row only
    ]);
    const en = (await upload(clerk, 'preview', file, 'en')).json();
    expect(en.problems[0]).toEqual({ row: 3, label: '原子乙', column: '证件号码', message: 'not a valid resident ID number (check character or birth date)' });

    const commit = await upload(clerk, 'commit', file);
    expect(commit.statusCode).toBe(400);
    expect(commit.json().error).toMatchObject({ code: 'IMPORT_REJECTED', message: '文件中有 4 处问题，未导入任何数据；请按报告修改后重新导入' });
    expect(commit.json().error.report.problemCount).toBe(4);
    expect(await counts()).toEqual(before);
  });

  it('refuses the same client twice in one file, and a long ID number Excel stored as a number', async () => {
    const id = newId();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户导入');
    sheet.addRow(['姓名/名称', '证件号码']);
    sheet.addRow(['同一甲', id]);
    sheet.addRow(['同一乙', id.toLowerCase()]);
    sheet.addRow(['数字丙', 440106199001011234]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await counts();
    const report = (await upload(clerk, 'commit', file)).json().error.report;
    expect(report.problems).toEqual([
      { row: 3, label: '同一乙', column: '证件号码', message: '与第 2 行重复' },
      { row: 4, label: '数字丙', column: '证件号码', message: '长号码被 Excel 存成了数字，末几位已丢失；请将此列设为“文本”格式后重新填写' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('reads date cells in the formats Excel in Chinese saves (2026年1月5日, built-in id 31), not as day numbers', async () => {
    const id = newId();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户导入');
    sheet.addRow(['姓名/名称', '证件号码', '所属机构', '首次接触时间']);
    sheet.addRow(['日期甲', id, 'GZ01', new Date(Date.UTC(2026, 0, 5))]).getCell(4).numFmt = 'yyyy"年"m"月"d"日"';
    const file = await withBuiltInFormats(Buffer.from(await workbook.xlsx.writeBuffer()), { 'yyyy"年"m"月"d"日"': 31 });
    const res = await upload(clerk, 'commit', file);
    expect(res.statusCode, res.body).toBe(200);
    const stored = await t.db.selectFrom('client').select('first_contact_at').where('name', '=', '日期甲').executeTakeFirstOrThrow();
    expect(stored.first_contact_at.toISOString()).toBe(new Date('2026-01-05T00:00:00+08:00').toISOString()); // Beijing midnight
  });

  it('gives the whole report as a workbook: every problem beyond the 1 000 the page shows, and the rows already stored', async () => {
    const stored = { name: '报告甲', id: newId() };
    expect((await upload(clerk, 'commit', csv([stored]))).statusCode).toBe(200);
    const bad = Array.from({ length: 1005 }, (_, i) => ({ name: `报告${i}`, mobile: '1390000' })); // a mobile too short on every row
    const file = csv([stored, ...bad]);
    const before = await counts();
    const preview = (await upload(clerk, 'preview?fileName=%E5%AE%A2%E6%88%B7.csv', file)).json();
    expect(preview).toMatchObject({ problemCount: 1005, skippedCount: 1 });
    expect(preview.problems).toHaveLength(1000);

    const res = await upload(clerk, 'report.xlsx?fileName=%E5%AE%A2%E6%88%B7.csv', file);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('客户导入检查报告-客户.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const values = (name: string) => workbook.getWorksheet(name)!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    const problems = values('问题');
    expect(problems[0]).toEqual(['行', '名称', '列', '问题']);
    expect(problems).toHaveLength(1 + 1005);
    expect(problems[1]).toEqual([3, '报告0', '手机号', '手机号格式不正确（11 位，以 1 开头）']);
    expect(problems.at(-1)![0]).toBe(1007);
    expect(values('已存在')).toEqual([['行', '名称', '记录', '说明'], [2, '报告甲', expect.any(String), expect.stringContaining('已存在')]]);
    expect(await counts()).toEqual(before); // checks only: nothing written, nothing audited

    const english = await upload(clerk, 'report.xlsx', file, 'en');
    await workbook.xlsx.load(english.rawPayload as unknown as ArrayBuffer);
    expect(values('Problems')[0]).toEqual(['Row', 'Name', 'Column', 'Problem']);
  });

  it('reads csv in UTF-8 with a byte order mark and in GBK, with English headers too', async () => {
    const utf8 = csv([{ name: '编码甲', id: newId() }]);
    const english = csv([{ name: '编码乙', mobile: newMobile() }], ['Name', 'ID number', 'Mobile', 'Address', 'Org unit', 'First contact', 'Client type', 'Unified social credit code', 'Contact person']);
    const chinese = gbk(csv([{ name: '编码丙', id: newId(), address: '广东省佛山市禅城区' }]));
    expect(chinese.includes(Buffer.from('编码丙'))).toBe(false); // really GBK, not UTF-8
    for (const [file, name] of [[utf8, '编码甲'], [english, '编码乙'], [chinese, '编码丙']] as const) {
      const res = await upload(clerk, 'commit?fileName=x.csv', file);
      expect(res.statusCode, name).toBe(200);
      expect(res.json()).toMatchObject({ format: 'csv', committed: true, created: 1 });
      expect(await t.db.selectFrom('client').select('name').where('name', '=', name).executeTakeFirst()).toBeTruthy();
    }
  });

  it('gives a template that round-trips: Chinese and English headers, an example and notes; filled in, it imports', async () => {
    const res = await clerk.get('/api/v1/imports/clients/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['客户导入', '示例 Example', '说明 Notes']);
    const data = workbook.worksheets[0]!;
    expect(data.getRow(1).getCell(2).value).toBe('姓名/名称*');
    expect(data.getRow(2).getCell(2).value).toBe('Name');
    expect(workbook.worksheets[2]!.rowCount).toBeGreaterThan(CLIENT_COLUMNS.length);

    const id = newId();
    const values: Record<string, XlsxCell> = { name: '模板甲', idNumber: id, mobile: newMobile(), contactPreference: '微信', orgUnit: 'GZ01', agent: 'gz01.agent1', consentSensitive: '是' };
    data.addRow(CLIENT_COLUMNS.map((c) => values[c.key] ?? null));
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const commit = await upload(clerk, 'commit?fileName=filled.xlsx', filled);
    expect(commit.json()).toMatchObject({ committed: true, created: 1, problemCount: 0 });
    const stored = await t.db.selectFrom('client').selectAll().where('name', '=', '模板甲').executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ contact_preference: 'wechat', agent_id: await t.userId('gz01.agent1'), consent_sensitive: true, org_unit_id: await t.orgId('GZ01') });
  });

  it('imports a file of several batches in one transaction, with a deadline and a timeline entry per client', async () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const rows = Array.from({ length: 4500 }, (_, i) => ({
      name: `批量${i}`, mobile: `1370${pad(i, 7)}`,
      // A distinct birth date (from 1970, before the other tests' IDs) for each row with an ID.
      id: i % 3 === 0 ? residentId(`440106${new Date(Date.UTC(1970, 0, 1 + i)).toISOString().slice(0, 10).replaceAll('-', '')}${pad(i % 1000, 3)}`) : undefined,
    }));
    const before = await counts();
    const res = await upload(clerk, 'commit?importId=batch-test-1', csv(rows));
    expect(res.json()).toMatchObject({ committed: true, created: 4500, problemCount: 0 });
    const after = await counts();
    expect([after.clients - before.clients, after.timeline - before.timeline, after.deadlines - before.deadlines, after.audit - before.audit]).toEqual([4500, 4500, 4500, 1]);
    expect((await clerk.get('/api/v1/imports/progress/batch-test-1')).json()).toMatchObject({ phase: 'done', done: 4500, total: 4500, rows: 4500 });
  }, 120_000);

  it('refuses a file other than the one previewed, and shows progress to its owner only', async () => {
    const file = csv([{ name: '进度甲', id: newId() }]);
    const preview = (await upload(clerk, 'preview?importId=progress-test-1', file)).json();
    const changed = await upload(clerk, `commit?sha256=${preview.sha256}`, `${file}\r\n进度乙,,${newMobile()}`);
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.code).toBe('IMPORT_FILE_CHANGED');

    const progress = await clerk.get('/api/v1/imports/progress/progress-test-1');
    expect(progress.json()).toMatchObject({ importId: 'progress-test-1', kind: 'clients', phase: 'done', rows: 1 });
    const other = await t.login('gz01.agent1');
    expect((await other.get('/api/v1/imports/progress/progress-test-1')).statusCode).toBe(404);
  });

  it('reports a file that is not a spreadsheet, or lacks the required columns, as a whole', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect((await upload(clerk, 'preview', xls)).json().problems).toEqual([
      { row: null, column: null, label: null, message: '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再导入' },
    ]);
    expect((await upload(clerk, 'preview', csvText([['证件号码', '备注'], [newId(), 'x']]))).json()).toMatchObject({
      problems: [{ row: 1, column: '姓名/名称', message: '缺少必需的列“姓名/名称”' }], ignoredColumns: ['备注'],
    });
    expect((await upload(clerk, 'preview', csvText([HEADERS]))).json().problems).toEqual([{ row: null, column: null, label: null, message: '文件中没有数据行' }]);
  });

  it('lets only holders of client.write import (the auditor reads, never writes)', async () => {
    const auditor = await t.login('gd.auditor');
    expect((await upload(auditor, 'preview', csv([{ name: '无权', id: newId() }]))).statusCode).toBe(403);
    expect((await auditor.get('/api/v1/imports/clients/template.xlsx')).statusCode).toBe(403);
    const kinds = (await auditor.get('/api/v1/imports/kinds')).json();
    expect(kinds.items.find((k: { key: string }) => k.key === 'clients')).toMatchObject({ allowed: false, permission: 'client.write' });
  });
});
