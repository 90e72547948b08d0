import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { BlobTooLargeError, FileBlobStore } from './blob-store.js';

// The document store on disk: content under its SHA-256, nothing kept from a refused file.
describe('the file store', () => {
  const dirs: string[] = [];
  const store = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'anxin-blobs-'));
    dirs.push(dir);
    return new FileBlobStore(dir);
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

  it('keeps bytes the server made (a rendered PDF) under their checksum, 0600, once however often given', async () => {
    const s = store();
    const pdf = Buffer.from('%PDF-1.7 批单 GZ01-2026-000001');
    expect(await s.putBytes(pdf, { maxBytes: 1000 })).toEqual({ sha256: sha(pdf), size: pdf.length, created: true });
    expect(await s.putBytes(pdf, { maxBytes: 1000 })).toEqual({ sha256: sha(pdf), size: pdf.length, created: false });
    const kept = files(s.dir);
    expect(kept).toEqual([path.join(s.dir, sha(pdf).slice(0, 2), sha(pdf).slice(2, 4), sha(pdf))]);
    expect(readFileSync(kept[0]!)).toEqual(pdf);
    expect(statSync(kept[0]!).mode & 0o777).toBe(0o600);
    // The same content streamed (an upload) is the same file.
    const streamed = await s.put(Readable.from([pdf]), { maxBytes: 1000, inspect: async () => 'pdf' });
    expect(streamed).toEqual({ sha256: sha(pdf), size: pdf.length, created: false, inspected: 'pdf' });
  });

  it('refuses bytes past the limit and keeps nothing', async () => {
    const s = store();
    await expect(s.putBytes(Buffer.alloc(11), { maxBytes: 10 })).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(files(s.dir)).toEqual([]);
  });

  it('goes on when its directories were removed behind its back (a restore emptied the store)', async () => {
    const s = store();
    const first = Buffer.from('first');
    await s.putBytes(first, { maxBytes: 100 });
    rmSync(s.dir, { recursive: true, force: true });
    const second = Buffer.from('second');
    expect((await s.putBytes(second, { maxBytes: 100 })).created).toBe(true);
    // Same two-level directory as a file kept before the removal: made again.
    expect(await s.has(sha(second))).toBe(true);
    expect((await s.putBytes(first, { maxBytes: 100 })).created).toBe(true);
    expect(files(s.dir).sort()).toEqual([sha(first), sha(second)].map((h) => path.join(s.dir, h.slice(0, 2), h.slice(2, 4), h)).sort());
  });
});
