import { PDFParse } from 'pdf-parse';

/**
 * A PDF's text, every page, as a reader copies it out (pdf-parse 2, on PDF.js; it runs on Node 20,
 * unpdf 1.8 needs 22): what the tests read back from a notice — numbers, names, amounts, 副本 on a copy.
 */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** The fonts a PDF embeds (their PostScript names without the subset tag): a notice needs none but the shipped Noto Sans Hans. */
export function pdfFonts(pdf: Buffer): string[] {
  const names = [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]]+)/g)].map((m) => m[1]!.replace(/-Identity-H$/, ''));
  return [...new Set(names)].sort();
}
