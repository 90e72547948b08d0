import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BackupRefusedError, parseHeader, rowChecksum, rowsLine } from './backup-format.js';

describe('the backup format', () => {
  it('checksums rows independently of their order (engines may sort text keys differently)', () => {
    const rows = ['{"id":1,"name":"总公司"}', '{"id":2,"name":"广东省分公司"}', '{"id":3,"at":"2026-12-06T06:00:00.123456+00:00"}'];
    const a = rowChecksum();
    const b = rowChecksum();
    rows.forEach((r) => a.add(r));
    [...rows].reverse().forEach((r) => b.add(r));
    expect(a.value()).toBe(b.value());
    const c = rowChecksum();
    rows.slice(1).forEach((r) => c.add(r));
    expect(c.value()).not.toBe(a.value());
  });

  it('sums the first 60 bits of each md5 exactly, as the SQL form does', () => {
    const one = rowChecksum();
    one.add('x');
    expect(one.value()).toBe(BigInt(`0x${createHash('md5').update('x').digest('hex').slice(0, 15)}`).toString());
    expect(rowChecksum().value()).toBe('0');
  });

  it('sums many rows exactly in batches (no double rounding past 2^53)', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `{"id":${i},"name":"客户${i}"}`);
    const batched = rowChecksum();
    batched.addAll(rows);
    const exact = rows.reduce((sum, r) => sum + BigInt(`0x${createHash('md5').update(r).digest('hex').slice(0, 15)}`), 0n);
    expect(batched.value()).toBe(exact.toString());
  });

  it('keeps row JSON as the database wrote it: no number passes through a double', () => {
    expect(rowsLine(['{"sum_insured":99999999999999.99}'])).toBe('{"rows":[{"sum_insured":99999999999999.99}]}');
  });

  it('refuses a file that is not a backup, or of another format version', () => {
    expect(() => parseHeader('{"hello":1}', 'x.gz')).toThrow(BackupRefusedError);
    expect(() => parseHeader(undefined, 'x.gz')).toThrow(/is not an Anxin backup/);
    expect(() => parseHeader('{"format":"anxin-backup","formatVersion":3}', 'x.gz')).toThrow(/format version 3; this Anxin reads versions 1 and 2/);
    // Version 1 (before document files) is still read.
    expect(() => parseHeader('{"format":"anxin-backup","formatVersion":1}', 'x.gz')).toThrow(/header is incomplete/);
    expect(() => parseHeader('{"format":"anxin-backup","formatVersion":2}', 'x.gz')).toThrow(/header is incomplete/);
  });
});
