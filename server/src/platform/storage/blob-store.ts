import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where the files of documents live (R-SV-4 documents, claims, complaints …): kept under their
 * SHA-256, so the same scan uploaded twice is stored once and a file can be checked against the
 * checksum the database recorded. The database keeps the metadata (modules/documents); this
 * interface is all the rest of the system sees of the files, so another store (an object store)
 * can take this one's place.
 */
export interface BlobStore {
  /**
   * Streams `source` into the store and returns its checksum and size. Past `maxBytes` it throws
   * BlobTooLargeError; `inspect` reads the whole received file before it is kept (the type check by
   * content) and may throw to refuse it. On any failure (a cut-off upload, a refused type) nothing
   * is kept. `created` is false when the store already held the same content.
   */
  put<T>(source: Readable, opts: { maxBytes: number; inspect: (content: () => Readable) => Promise<T> }): Promise<StoredBlob & { inspected: T }>;
  /**
   * Keeps content the server made itself and holds whole (a rendered PDF): one write, no stream and
   * no inspection. BlobTooLargeError past `maxBytes`, and then nothing is kept.
   */
  putBytes(content: Uint8Array, opts: { maxBytes: number }): Promise<StoredBlob>;
  /** The content, for a download; BlobMissingError when the store does not hold it. */
  open(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
  /** Removes content (what a refused upload put there and no record names). */
  remove(sha256: string): Promise<void>;
}

export type StoredBlob = { sha256: string; size: number; created: boolean };

export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the file is larger than ${maxBytes} bytes`);
  }
}

export class BlobMissingError extends Error {
  constructor(readonly sha256: string) {
    super(`the document store holds no file ${sha256}`);
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

/** The store on the local file system: `<dir>/ab/cd/abcd…` (two levels, so no directory grows past 65 536 entries). */
export class FileBlobStore implements BlobStore {
  /** Directories this process has made or found (`incoming`, `ab/cd`): made once, not asked for on every file. */
  private readonly madeDirs = new Set<string>();

  constructor(readonly dir: string) {}

  private async ensureDir(dir: string): Promise<void> {
    if (this.madeDirs.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.madeDirs.add(dir);
  }

  private pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new BlobMissingError(sha256);
    return path.join(this.dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put<T>(source: Readable, { maxBytes, inspect }: { maxBytes: number; inspect: (content: () => Readable) => Promise<T> }): Promise<StoredBlob & { inspected: T }> {
    const incoming = path.join(this.dir, 'incoming');
    await mkdir(incoming, { recursive: true });
    const temp = path.join(incoming, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    // Past the limit the rest is read and dropped, not cut: an upload's other files follow in the same body.
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done();
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, count, createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
      if (size > maxBytes) throw new BlobTooLargeError(maxBytes);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    let inspected: T;
    try {
      inspected = await inspect(() => createReadStream(temp));
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { ...(await this.keep(temp, hash.digest('hex'), size)), inspected };
  }

  async putBytes(content: Uint8Array, { maxBytes }: { maxBytes: number }): Promise<StoredBlob> {
    if (content.byteLength > maxBytes) throw new BlobTooLargeError(maxBytes);
    const incoming = path.join(this.dir, 'incoming');
    const temp = path.join(incoming, `${randomUUID()}.part`);
    try {
      await this.inDirs(async () => {
        await this.ensureDir(incoming);
        await writeFile(temp, content, { flag: 'wx', mode: 0o600 });
      });
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return this.keep(temp, createHash('sha256').update(content).digest('hex'), content.byteLength);
  }

  /** The received file `temp` under its checksum (or dropped when the store holds that content already). */
  private async keep(temp: string, sha256: string, size: number): Promise<StoredBlob> {
    const final = this.pathOf(sha256);
    if (await exists(final)) {
      await rm(temp, { force: true });
      return { sha256, size, created: false };
    }
    await this.inDirs(async () => {
      await this.ensureDir(path.dirname(final));
      await rename(temp, final); // atomic: a reader sees the whole file or none
    });
    return { sha256, size, created: true };
  }

  /**
   * A step that makes its directories with ensureDir, once more when one of them is gone: a directory
   * removed behind our back (a restore emptied the store) is made again.
   */
  private async inDirs(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.madeDirs.clear();
      await step();
    }
  }

  async open(sha256: string): Promise<Readable> {
    const file = this.pathOf(sha256);
    if (!(await exists(file))) throw new BlobMissingError(sha256);
    return createReadStream(file);
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  async has(sha256: string): Promise<boolean> {
    return exists(this.pathOf(sha256));
  }

  /** Whether the store holds any file (a restore writes only into an empty one). */
  async holdsFiles(): Promise<boolean> {
    const walk = async (dir: string): Promise<boolean> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return false; // no directory: nothing held
      }
      for (const e of entries) {
        if (e.isDirectory() ? e.name !== 'incoming' && (await walk(path.join(dir, e.name))) : true) return true;
      }
      return false;
    };
    return walk(this.dir);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
