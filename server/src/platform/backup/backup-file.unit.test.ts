import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupRefusedError } from './backup-format.js';
import { createBackupWriter, readBackupLines } from './backup-file.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'anxin-backup-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lines(file: string): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readBackupLines(file)) out.push(line);
  return out;
}

describe('the backup file: gzip’d JSON lines, streamed', () => {
  it('reads back every line as written, long lines and Chinese text across chunk boundaries included', async () => {
    const file = path.join(dir, 'round-trip.anxin');
    const written = ['{"format":"anxin-backup"}', `{"rows":[${Array.from({ length: 5000 }, (_, i) => `{"id":${i},"name":"客户${i}"}`).join(',')}]}`, '{"end":true}'];
    const writer = createBackupWriter(file);
    for (const line of written) await writer.write(line);
    await writer.finish();
    expect(await lines(file)).toEqual(written);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('never overwrites a file, and leaves nothing behind when abandoned', async () => {
    const file = path.join(dir, 'exists.anxin');
    writeFileSync(file, 'keep me');
    expect(() => createBackupWriter(file)).toThrow(/already exists/);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    const other = path.join(dir, 'abandoned.anxin');
    const writer = createBackupWriter(other);
    await writer.write('{"format":"anxin-backup"}');
    await writer.abandon();
    expect(existsSync(other)).toBe(false);
    expect(existsSync(`${other}.partial`)).toBe(false);
  });

  it('refuses a cut-off or damaged file, and one that is not gzip', async () => {
    const whole = gzipSync(Buffer.from(Array.from({ length: 2000 }, (_, i) => `{"line":${i}}`).join('\n') + '\n'));
    const cut = path.join(dir, 'cut.anxin');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(lines(cut)).rejects.toThrow(BackupRefusedError);
    await expect(lines(cut)).rejects.toThrow(/damaged or cut off/);
    const plain = path.join(dir, 'plain.anxin');
    writeFileSync(plain, 'not a backup\n');
    await expect(lines(plain)).rejects.toThrow(/damaged or cut off/);
    await expect(lines(path.join(dir, 'missing.anxin'))).rejects.toThrow(/does not exist/);
  });
});
