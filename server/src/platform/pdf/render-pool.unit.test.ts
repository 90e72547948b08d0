import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts, pdfText } from '../../../../tests/helpers/pdf-text.js';
import { createPdfRenderer, insideWorkspace, PdfRenderError } from './render-pool.js';

// The PDF renderer (issue 12, item 3): Typst in a pool of child processes, fonts from npm only.
describe('the PDF renderer', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'anxin-pdf-'));
  const file = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  const renderer = createPdfRenderer({ size: 2, recycleAfter: 3 });
  const NAMES = '甲乙丙丁戊己庚辛';
  let hello: string;

  beforeAll(() => {
    file('lib.typ', '#let frame(body) = block(stroke: 0.5pt, inset: 8pt, body)\n');
    hello = file('hello.typ', [
      '#import "/lib.typ": frame',
      '#let d = json(bytes(sys.inputs.data))',
      '#set text(font: ("Noto Sans S Chinese",), lang: "zh")',
      '#frame[#text(weight: "bold")[通知书] #d.name 先生/女士，金额 #d.amount。]',
      '#d.markup',
    ].join('\n'));
  });
  afterAll(async () => {
    await renderer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders Chinese text with the shipped CJK font; the data is printed as text, never read as markup', async () => {
    const pdf = await renderer.render({ workspace: dir, mainFile: hello, inputs: { data: JSON.stringify({ name: '王小明', amount: '￥1,150.00', markup: '#panic("x") *粗* ]' }) } });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('通知书');
    expect(text).toContain('王小明');
    expect(text).toContain('￥1,150.00');
    expect(text).toContain('#panic("x") *粗* ]');
    // The font is embedded (a subset of Noto Sans Hans), so no reader needs a font of its own.
    expect(pdfFonts(pdf)).toEqual(['NotoSansHans-Bold', 'NotoSansHans-Regular']);
  });

  it('renders in parallel, retires each child after its documents and starts a fresh one', async () => {
    const before = renderer.stats();
    const texts = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      renderer.render({ workspace: dir, mainFile: hello, inputs: { data: JSON.stringify({ name: `客户${NAMES[i]}`, amount: String(i), markup: '' }) } }).then(pdfText)));
    // Typst puts a thin space between Chinese and Latin text: the names are Chinese only.
    texts.forEach((text, i) => expect(text).toContain(`客户${NAMES[i]}`));
    const after = renderer.stats();
    expect(after.rendered - before.rendered).toBe(8);
    // 9 documents in all at 3 per child: at least 3 children were started.
    expect(after.started).toBeGreaterThanOrEqual(3);
    expect(after.live).toBeLessThanOrEqual(2);
  });

  it('answers a template that does not compile with the reason, and keeps working', async () => {
    const broken = file('broken.typ', '= 标题\n#no-such-function()\n');
    await expect(renderer.render({ workspace: dir, mainFile: broken, inputs: {} })).rejects.toThrow(PdfRenderError);
    await expect(renderer.render({ workspace: dir, mainFile: broken, inputs: {} })).rejects.toThrow(/no-such-function|unknown variable/);
    const pdf = await renderer.render({ workspace: dir, mainFile: hello, inputs: { data: JSON.stringify({ name: '李四', amount: '1', markup: '' }) } });
    expect(await pdfText(pdf)).toContain('李四');
  });

  it('refuses a template that is not an absolute path inside its workspace', async () => {
    expect(insideWorkspace(dir, hello)).toBe(true);
    expect(insideWorkspace(dir, path.join(dir, '..', 'x.typ'))).toBe(false);
    expect(insideWorkspace(dir, 'hello.typ')).toBe(false);
    await expect(renderer.render({ workspace: path.join(dir, 'sub'), mainFile: hello, inputs: {} })).rejects.toThrow(/not an absolute path inside/);
  });
});
