import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import type { ImportReport } from './imports.api';
import { ImportReportView, ImportVerdict } from './ImportReportView';

const base: ImportReport = {
  importId: 'import-0001', kind: 'clients', fileName: '客户.xlsx', sha256: '0'.repeat(64), format: 'xlsx', dryRun: true, committed: false,
  rows: 3, toCreate: 0, created: 0, problemCount: 0, problems: [], skippedCount: 0, skipped: [], ignoredColumns: [],
  columns: [{ key: 'name', header: '姓名/名称' }], sample: [],
};

afterEach(() => i18n.changeLanguage('zh-CN'));

describe('the import report', () => {
  it('names each problem row beside its row number and column', async () => {
    await i18n.changeLanguage('zh-CN');
    render(<ImportReportView report={{
      ...base, problemCount: 2, problems: [
        { row: 3, label: '王秀英', column: '手机号', message: '手机号格式不正确（11 位，以 1 开头）' },
        { row: 4, label: 'P2026000123 · 周志强', column: null, message: '客户档案中没有此证件号码的客户' },
      ],
    }} />);
    const rows = within(screen.getByTestId('import-problems')).getAllByRole('row');
    expect(within(rows[0]!).getByText('名称')).toBeTruthy();
    expect(rows[1]!.textContent).toBe('3王秀英手机号手机号格式不正确（11 位，以 1 开头）');
    expect(rows[2]!.textContent).toBe('4P2026000123 · 周志强整行客户档案中没有此证件号码的客户');
  });

  it('says a file whose rows are all stored already has nothing to import, in Chinese and English', async () => {
    const stored = {
      ...base, skippedCount: 3,
      skipped: [1, 2, 3].map((i) => ({ row: i + 1, id: String(100 + i), label: `客户${i}`, message: `已存在（编号 ${100 + i}），跳过` })),
    };
    await i18n.changeLanguage('zh-CN');
    const { unmount } = render(<ImportVerdict report={stored} done={false} />);
    expect(screen.getByTestId('import-all-stored').textContent).toContain('文件中的 3 行均已存在，无需导入');
    expect(screen.queryByTestId('import-ok')).toBeNull();
    unmount();
    await i18n.changeLanguage('en');
    render(<ImportVerdict report={stored} done={false} />);
    expect(screen.getByTestId('import-all-stored').textContent).toContain('All 3 rows are already stored; there is nothing to import');
  });

  it('offers the import when some rows are new', async () => {
    await i18n.changeLanguage('zh-CN');
    render(<ImportVerdict report={{ ...base, toCreate: 2, skippedCount: 1 }} done={false} />);
    expect(screen.getByTestId('import-ok').textContent).toContain('全部 3 行检查通过');
    expect(screen.queryByTestId('import-all-stored')).toBeNull();
  });
});
