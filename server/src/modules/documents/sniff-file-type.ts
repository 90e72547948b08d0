import type { Readable } from 'node:stream';
import { fileTypeFromStream } from 'file-type';

/**
 * The kinds of file a document may be (issue 12, item 2), recognised by content — the first bytes
 * and, for Office files, the zip's own parts — never by the name's extension. What the browser
 * can preview (images and PDFs) is shown inline; the rest downloads.
 */
const ALLOWED: Record<string, { mime: string; preview: boolean }> = {
  pdf: { mime: 'application/pdf', preview: true },
  jpg: { mime: 'image/jpeg', preview: true },
  png: { mime: 'image/png', preview: true },
  heic: { mime: 'image/heic', preview: false }, // browsers other than Safari cannot show HEIC
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', preview: false },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', preview: false },
};

/** Word 97-2003 and Excel 97-2003 are both an OLE compound file: the name tells which, the content that it is one. */
const COMPOUND_FILE: Record<string, string> = { doc: 'application/msword', xls: 'application/vnd.ms-excel' };

export type Sniffed = { ok: true; mediaType: string } | { ok: false; detected: string };

export async function sniffFileType(content: Readable, fileName: string): Promise<Sniffed> {
  const found = await fileTypeFromStream(content);
  content.destroy();
  if (!found) return { ok: false, detected: 'unknown' };
  const allowed = ALLOWED[found.ext];
  if (allowed) return { ok: true, mediaType: allowed.mime };
  if (found.ext === 'cfb') {
    const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
    const mime = COMPOUND_FILE[extension];
    if (mime) return { ok: true, mediaType: mime };
  }
  return { ok: false, detected: found.ext };
}

/** Whether a browser shows this kind of file itself (the preview). */
export const previewable = (mediaType: string) => Object.values(ALLOWED).some((a) => a.mime === mediaType && a.preview);
