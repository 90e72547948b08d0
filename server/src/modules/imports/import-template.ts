import { csvText, xlsxBuffer, type XlsxColumn } from '../../platform/spreadsheet/index.js';
import type { ImportKind } from './import-kind.js';

const NOTES_ZH = [
  '在第一个工作表中从第 3 行起每行填写一条记录；第 1 行为中文表头，第 2 行为英文表头，均可保留。带 * 的列必填。',
  '整个文件全部正确才会导入：任何一行有误，不导入任何数据，并逐行列出问题（行号、列、原因）。',
  '已存在的记录（如相同证件号码的客户）会跳过，不会重复建立；同一文件重复导入不产生重复数据。',
  '证件号码、手机号等列请保持“文本”格式，否则 Excel 会把长号码改成科学计数并丢失末几位。',
  '也可以导入 csv 文件（UTF-8 或 Excel 默认的 GBK 编码均可），表头相同。',
];
const NOTES_EN = [
  'Enter one record a row in the first sheet from row 3; row 1 holds the Chinese headers, row 2 the English ones (keep either). Columns marked * are required.',
  'A file is imported only when every row is correct: with any wrong row nothing is imported, and each problem is listed (row, column, reason).',
  'Records that already exist (e.g. a client with the same ID number) are skipped, so importing the same file again creates no duplicates.',
  'Keep ID number and mobile columns formatted as Text, or Excel turns long numbers into scientific notation and loses their last digits.',
  'A csv file with the same headers works too (UTF-8, or GBK as Chinese Excel saves it).',
];

const header = (c: ImportKind['columns'][number]) => (c.required ? `${c.zh}*` : c.zh);

/**
 * The template of a kind (R-PO-6): the data sheet with Chinese headers (required marked *),
 * English headers in a second row and a note on each header cell; an example sheet; and a
 * 说明 / Notes sheet describing every column.
 */
export async function importTemplateXlsx(kind: ImportKind): Promise<Buffer> {
  const columns: XlsxColumn[] = kind.columns.map((c) => ({ header: header(c), text: c.text, comment: `${c.en}\n${c.noteZh}\n${c.noteEn}` }));
  return xlsxBuffer([
    { name: `${kind.nameZh}导入`, columns, subHeaders: [kind.columns.map((c) => c.en)], rows: [] },
    { name: '示例 Example', columns, subHeaders: [kind.columns.map((c) => c.en)], rows: [kind.columns.map((c) => c.example || null)] },
    {
      name: '说明 Notes',
      columns: [{ header: '列', width: 18 }, { header: 'Column', width: 24 }, { header: '必填 Required', width: 14 }, { header: '示例 Example', width: 22 },
        { header: '说明', width: 60 }, { header: 'Notes', width: 70 }],
      rows: [
        ...kind.columns.map((c) => [c.zh, c.en, c.required ? '是 yes' : '否 no', c.example, c.noteZh, c.noteEn]),
        [],
        ...NOTES_ZH.map((zh, i) => ['', '', '', '', zh, NOTES_EN[i]!]),
      ],
    },
  ]);
}

/** The csv template: the Chinese header line (UTF-8 with BOM, so Excel shows it right). */
export function importTemplateCsv(kind: ImportKind): string {
  return csvText([kind.columns.map(header)]);
}

export const templateFileName = (kind: ImportKind, ext: 'xlsx' | 'csv') => `${kind.nameZh}导入模板-${kind.key}-template.${ext}`;
