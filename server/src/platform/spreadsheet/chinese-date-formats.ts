import { createRequire } from 'node:module';

// Excel in Chinese saves its own date formats — 2026年1月5日 (31), 1月5日 (28, 58), 2026年1月
// (27, 57), … — as built-in number formats 27-36 and 50-58, with no format code in the file.
// exceljs 4.4 knows the codes of the built-in formats 0-49 that have one for every language,
// so a date cell in one of these formats reaches us as its day number (46027) instead of a
// date (exceljs issue #2893). Giving those ids their zh-CN codes makes exceljs read them as
// dates, in the streaming reader (imports) and in the workbook reader (holiday schedules) alike.
// Writing is unaffected: exceljs maps a format code to a built-in id through a table it built
// when it loaded.
type BuiltInFormat = { f?: string; 'zh-cn'?: string };

const requireFromExcelJs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const builtIn = requireFromExcelJs('./lib/xlsx/defaultnumformats.js') as Record<string, BuiltInFormat>;

for (const format of Object.values(builtIn)) {
  if (format.f === undefined && format['zh-cn'] !== undefined) format.f = format['zh-cn'];
}
