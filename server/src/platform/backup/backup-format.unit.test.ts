import { describe, expect, it } from 'vitest';
import { BackupRefusedError, parseHeader, rowsLine } from './backup-format.js';

describe('the backup format', () => {
  it('keeps row JSON as the database wrote it: no number passes through a double', () => {
    expect(rowsLine(['{"sum_insured":99999999999999.99}'])).toBe('{"rows":[{"sum_insured":99999999999999.99}]}');
  });

  it('refuses a file that is not a backup, or of another format version', () => {
    expect(() => parseHeader('{"hello":1}', 'x.gz')).toThrow(BackupRefusedError);
    expect(() => parseHeader(undefined, 'x.gz')).toThrow(/is not an Anxin backup/);
    expect(() => parseHeader('{"format":"anxin-backup","formatVersion":2}', 'x.gz')).toThrow(/format version 2/);
    expect(() => parseHeader('{"format":"anxin-backup","formatVersion":1}', 'x.gz')).toThrow(/header is incomplete/);
  });
});
