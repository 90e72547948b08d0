import { describe, expect, it } from 'vitest';
import { generateKeyring } from './keys.js';
import {
  FieldCryptoError,
  decryptField,
  decryptOptional,
  encryptField,
  encryptOptional,
  needsReencryption,
} from './field-crypto.js';

const mobile = { context: 'app_user.mobile' };

function fieldCryptoErrorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FieldCryptoError);
    return (error as FieldCryptoError).code;
  }
  throw new Error('expected a FieldCryptoError');
}

describe('personal data encrypted at rest (R-CL-6, R-SE-3)', () => {
  const keyring = generateKeyring();

  it('a client mobile number round-trips through encryption', () => {
    const stored = encryptField(keyring, '13812341234', mobile);
    expect(stored).toMatch(/^v1\.k1\.[\w-]{16}\.[\w-]+\.[\w-]{22}$/);
    expect(stored).not.toContain('13812341234');
    expect(decryptField(keyring, stored, mobile)).toBe('13812341234');
  });

  it('Chinese text and the empty string round-trip', () => {
    for (const value of ['北京市朝阳区建国路 88 号', '']) {
      expect(decryptField(keyring, encryptField(keyring, value, { context: 'client.address' }), { context: 'client.address' })).toBe(value);
    }
  });

  it('the same value encrypts differently each time (random IV)', () => {
    expect(encryptField(keyring, '13812341234', mobile)).not.toBe(encryptField(keyring, '13812341234', mobile));
  });

  it('IVs taken from the random pool never repeat, across refills and contexts (bulk import)', () => {
    // 64 KiB pool / 12 bytes = 5,461 IVs per fill: 12,000 values cross two refills.
    const values = Array.from({ length: 12_000 }, (_, i) => `138${String(i).padStart(8, '0')}`);
    const contexts = ['client.mobile', 'client.id_number', 'client.address'];
    const stored = values.map((value, i) => encryptField(keyring, value, { context: contexts[i % 3]! }));
    expect(new Set(stored.map((s) => s.split('.')[2])).size).toBe(values.length);
    stored.forEach((s, i) => expect(decryptField(keyring, s, { context: contexts[i % 3]! })).toBe(values[i]));
    // The cached AAD still binds each context.
    expect(fieldCryptoErrorCode(() => decryptField(keyring, stored[0]!, { context: contexts[1]! }))).toBe('AUTH_FAILED');
  });

  it('a ciphertext copied into another column does not decrypt', () => {
    const stored = encryptField(keyring, '11010519491231002X', { context: 'client.id_number' });
    expect(fieldCryptoErrorCode(() => decryptField(keyring, stored, { context: 'client.mobile' }))).toBe('AUTH_FAILED');
  });

  it('a tampered ciphertext, IV or tag is detected', () => {
    const stored = encryptField(keyring, '13812341234', mobile);
    const parts = stored.split('.');
    for (const index of [2, 3, 4]) {
      const tampered = [...parts];
      const part = tampered[index]!;
      tampered[index] = (part[0] === 'A' ? 'B' : 'A') + part.slice(1);
      expect(fieldCryptoErrorCode(() => decryptField(keyring, tampered.join('.'), mobile))).toBe('AUTH_FAILED');
    }
  });

  it('a value sealed with a key not in the keyring fails with UNKNOWN_KEY', () => {
    const stored = encryptField(keyring, '13812341234', mobile);
    const otherKeyring = { ...generateKeyring(), activeKeyId: 'k7', encryption: new Map([['k7', Buffer.alloc(32, 1)]]) };
    expect(fieldCryptoErrorCode(() => decryptField(otherKeyring, stored, mobile))).toBe('UNKNOWN_KEY');
  });

  it('the same key id with different key material fails authentication', () => {
    const stored = encryptField(keyring, '13812341234', mobile);
    expect(fieldCryptoErrorCode(() => decryptField(generateKeyring(), stored, mobile))).toBe('AUTH_FAILED');
  });

  it.each(['13812341234', 'v2.k1.a.b.c', 'v1.k1.a.b', 'v1..AAAAAAAAAAAAAAAA..AAAAAAAAAAAAAAAAAAAAAA', 'v1.k1.@@.x.y', 'v1.k1.AAAA.AA.AAAA'])(
    'a value that is not an encrypted field (%s) fails with BAD_FORMAT',
    (value) => {
      expect(fieldCryptoErrorCode(() => decryptField(keyring, value, mobile))).toBe('BAD_FORMAT');
    },
  );

  it('an empty context is refused, because it would drop the column binding', () => {
    expect(fieldCryptoErrorCode(() => encryptField(keyring, 'x', { context: ' ' }))).toBe('CONTEXT_REQUIRED');
  });

  it('after key rotation new values use the new key and old values still decrypt', () => {
    const k1 = Buffer.alloc(32, 1);
    const k2 = Buffer.alloc(32, 2);
    const old = { ...keyring, activeKeyId: 'k1', encryption: new Map([['k1', k1]]) };
    const rotated = { ...keyring, activeKeyId: 'k2', encryption: new Map([['k1', k1], ['k2', k2]]) };
    const oldValue = encryptField(old, '13812341234', mobile);
    const newValue = encryptField(rotated, '13812341234', mobile);
    expect(newValue.startsWith('v1.k2.')).toBe(true);
    expect(decryptField(rotated, oldValue, mobile)).toBe('13812341234');
    expect(needsReencryption(rotated, oldValue)).toBe(true);
    expect(needsReencryption(rotated, newValue)).toBe(false);
  });

  it('optional fields pass null and undefined through unchanged', () => {
    expect(encryptOptional(keyring, null, mobile)).toBeNull();
    expect(encryptOptional(keyring, undefined, mobile)).toBeUndefined();
    expect(decryptOptional(keyring, null, mobile)).toBeNull();
    expect(decryptOptional(keyring, undefined, mobile)).toBeUndefined();
    const stored = encryptOptional(keyring, '13812341234', mobile);
    expect(decryptOptional(keyring, stored, mobile)).toBe('13812341234');
  });
});
