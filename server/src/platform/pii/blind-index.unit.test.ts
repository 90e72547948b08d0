import { describe, expect, it } from 'vitest';
import { generateKeyring } from './keys.js';
import { BlindIndexError, blindIndex, normaliseForBlindIndex } from './blind-index.js';

describe('blind index for exact lookup of encrypted personal data (R-CL-6)', () => {
  const keyring = generateKeyring();

  it('is deterministic and carries the blind-index key id', () => {
    const first = blindIndex(keyring, { kind: 'mobile', value: '13812341234' });
    expect(first).toMatch(/^b1:[0-9a-f]{32}$/);
    expect(blindIndex(keyring, { kind: 'mobile', value: '13812341234' })).toBe(first);
  });

  it.each(['+86 138-1234-1234', '0086 13812341234', '138 1234 1234', '１３８１２３４１２３４'])(
    'a mobile typed as %s finds the same client as 13812341234',
    (typed) => {
      expect(blindIndex(keyring, { kind: 'mobile', value: typed })).toBe(
        blindIndex(keyring, { kind: 'mobile', value: '13812341234' }),
      );
    },
  );

  it('an ID number matches regardless of a lower-case x and surrounding spaces', () => {
    expect(blindIndex(keyring, { kind: 'idNumber', value: ' 11010519491231002x ' })).toBe(
      blindIndex(keyring, { kind: 'idNumber', value: '11010519491231002X' }),
    );
  });

  it('an email matches regardless of case and surrounding spaces', () => {
    expect(blindIndex(keyring, { kind: 'email', value: ' Zhang.San@Example.COM ' })).toBe(
      blindIndex(keyring, { kind: 'email', value: 'zhang.san@example.com' }),
    );
  });

  it('names and bank accounts are trimmed with inner whitespace collapsed', () => {
    expect(normaliseForBlindIndex({ kind: 'name', value: '  John   Smith ' })).toBe('John Smith');
    expect(normaliseForBlindIndex({ kind: 'bankAccount', value: '6222 0212  3456 7890' })).toBe('6222 0212 3456 7890');
  });

  it('the same value under different kinds gives different indexes', () => {
    const value = '13812341234';
    const kinds = ['mobile', 'idNumber', 'email', 'name', 'bankAccount'] as const;
    const indexes = new Set(kinds.map((kind) => blindIndex(keyring, { kind, value })));
    expect(indexes.size).toBe(kinds.length);
  });

  it('a different blind-index key gives a different index', () => {
    const other = generateKeyring();
    expect(blindIndex(other, { kind: 'mobile', value: '13812341234' })).not.toBe(
      blindIndex(keyring, { kind: 'mobile', value: '13812341234' }),
    );
  });

  it('during blind-index rotation an older key can be named explicitly', () => {
    const rotated = {
      ...keyring,
      activeBlindIndexKeyId: 'b2',
      blindIndex: new Map([...keyring.blindIndex, ['b2', Buffer.alloc(32, 9)]]),
    };
    const current = blindIndex(rotated, { kind: 'mobile', value: '13812341234' });
    const previous = blindIndex(rotated, { kind: 'mobile', value: '13812341234', keyId: 'b1' });
    expect(current.startsWith('b2:')).toBe(true);
    expect(previous).toBe(blindIndex(keyring, { kind: 'mobile', value: '13812341234' }));
  });

  it('refuses an unknown key id and an empty value', () => {
    expect(() => blindIndex(keyring, { kind: 'mobile', value: '13812341234', keyId: 'b9' })).toThrow(BlindIndexError);
    expect(() => blindIndex(keyring, { kind: 'name', value: '   ' })).toThrow(BlindIndexError);
  });
});
