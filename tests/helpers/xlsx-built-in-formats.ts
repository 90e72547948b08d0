import { createRequire } from 'node:module';

type JSZipFile = { async(type: 'string'): Promise<string> };
type JSZip = { file(name: string): JSZipFile | null; file(name: string, data: string): void; generateAsync(o: { type: 'nodebuffer' }): Promise<Buffer> };
// The zip library exceljs writes with (a dependency of exceljs, not of ours).
const JSZipClass = createRequire(createRequire(import.meta.url).resolve('exceljs'))('jszip') as { loadAsync(data: Buffer): Promise<JSZip> };

/**
 * An xlsx written by exceljs, rewritten as Excel in Chinese saves it: each custom number format
 * of `builtIn` (format code → id) becomes the built-in id, with no format code in the file.
 */
export async function withBuiltInFormats(xlsx: Buffer, builtIn: Record<string, number>): Promise<Buffer> {
  const zip = await JSZipClass.loadAsync(xlsx);
  let styles = await zip.file('xl/styles.xml')!.async('string');
  const decode = (s: string) => s.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  const left = new Set(Object.keys(builtIn));
  for (const m of [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\s*\/>/g)]) {
    const code = decode(m[2]!);
    const id = builtIn[code];
    if (id === undefined) continue;
    styles = styles.replace(m[0], '').replaceAll(`numFmtId="${m[1]}"`, `numFmtId="${id}"`);
    left.delete(code);
  }
  if (left.size) throw new Error(`No custom number format ${[...left].join(', ')} in the file`);
  zip.file('xl/styles.xml', styles.replace(/<numFmts count="\d+"><\/numFmts>/, ''));
  return zip.generateAsync({ type: 'nodebuffer' });
}
