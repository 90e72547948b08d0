import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipDirectory, entryBuffer } from './zip-entries.js';
import './chinese-date-formats.js';

// read-xlsx.ts drives exceljs's streaming reader by its private part parsers, and
// chinese-date-formats.ts patches its table of built-in number formats. Neither is public API,
// so exceljs is pinned to an exact version in package.json. Upgrading it means re-reading
// exceljs's lib/stream/xlsx/workbook-reader.js and lib/xlsx/defaultnumformats.js against
// those two files, then changing PINNED here: this test fails until someone has.
const PINNED = '4.4.0';

const fromHere = createRequire(import.meta.url);
const fromExcelJs = createRequire(fromHere.resolve('exceljs'));
const ROOT = join(import.meta.dirname, '../../../..');

type Reader = Record<string, unknown> & {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  sharedStrings?: unknown[];
};

describe('the exceljs internals the xlsx reader relies on', () => {
  it('are those of the pinned exceljs, and package.json pins it exactly', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies.exceljs).toBe(PINNED);
    expect((fromHere('exceljs/package.json') as { version: string }).version).toBe(PINNED);
  });

  it('has the part parsers of the streaming reader, each of the kind the reader calls it as', () => {
    const proto = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as Record<string, unknown>;
    const kind = (name: string) => (typeof proto[name] === 'function' ? (proto[name] as object).constructor.name : typeof proto[name]);
    expect({
      _parseRels: kind('_parseRels'), // awaited
      _parseWorkbook: kind('_parseWorkbook'), // awaited
      _parseSharedStrings: kind('_parseSharedStrings'), // iterated with for await
      _parseStyles: kind('_parseStyles'), // awaited
      _parseWorksheet: kind('_parseWorksheet'), // iterated synchronously, yields { eventType, value }
    }).toEqual({
      _parseRels: 'AsyncFunction',
      _parseWorkbook: 'AsyncFunction',
      _parseSharedStrings: 'AsyncGeneratorFunction',
      _parseStyles: 'AsyncFunction',
      _parseWorksheet: 'GeneratorFunction',
    });
  });

  it('has the modules the reader and the format patch require from inside exceljs', () => {
    expect(typeof fromExcelJs('./lib/utils/iterate-stream.js')).toBe('function');
    expect(typeof (fromExcelJs('unzipper') as { Parse?: unknown }).Parse).toBe('function');
    const builtIn = fromExcelJs('./lib/xlsx/defaultnumformats.js') as Record<string, { f?: string; 'zh-cn'?: string }>;
    // The Chinese date formats (27-36, 50-58) carry a zh-CN code, which the patch has copied to f.
    for (const id of [27, 28, 31, 36, 50, 57, 58]) {
      expect(builtIn[id]?.['zh-cn'], `format ${id}`).toBeTypeOf('string');
      expect(builtIn[id]?.f, `format ${id}`).toBe(builtIn[id]?.['zh-cn']);
    }
  });

  it('leaves what the parsers read on the reader fields the reader takes it from', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('数据').addRow(['姓名', '张三']);
    const directory = zipDirectory(Buffer.from(await workbook.xlsx.writeBuffer()))!;
    const part = (name: string) => Readable.from([entryBuffer(directory.get(name)!).toString('utf8')]);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), { sharedStrings: 'cache', styles: 'cache' }) as unknown as Reader;
    const call = (name: string, ...args: unknown[]) => (reader[name] as (...a: unknown[]) => unknown).apply(reader, args);

    await call('_parseRels', part('xl/_rels/workbook.xml.rels'));
    await call('_parseWorkbook', part('xl/workbook.xml'));
    for await (const _ of call('_parseSharedStrings', part('xl/sharedStrings.xml')) as AsyncIterable<unknown>);

    const sheet = reader.model?.sheets?.[0];
    expect(sheet?.name).toBe('数据');
    expect(reader.workbookRels?.find((r) => r.Id === sheet?.rId)?.Target).toMatch(/worksheets\/sheet1\.xml$/);
    expect(reader.sharedStrings).toEqual(expect.arrayContaining(['姓名', '张三']));
  });
});
