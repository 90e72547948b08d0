import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyringError, generateKeyring, loadKeyring, rotateEncryptionKey, serializeKeyring } from './keys.js';
import { decryptField, encryptField, needsReencryption } from './field-crypto.js';

const posixOnly = process.platform === 'win32' ? it.skip : it;

function keyringError(fn: () => unknown): KeyringError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KeyringError);
    return error as KeyringError;
  }
  throw new Error('expected a KeyringError');
}

describe('keyring — keys outside the database (R-SE-3)', () => {
  let dir: string;
  let keyFile: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anxin-keys-'));
    keyFile = path.join(dir, 'keys', 'anxin-keys.json');
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  posixOnly('first embedded start creates the key file with mode 0600 and loads the same keys afterwards', () => {
    const created = loadKeyring({ env: {}, keyFile, createIfMissing: true });
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(created.activeKeyId).toBe('k1');
    expect(created.activeBlindIndexKeyId).toBe('b1');
    expect(created.encryption.get('k1')?.length).toBe(32);
    expect(created.blindIndex.get('b1')?.length).toBe(32);

    const reloaded = loadKeyring({ env: {}, keyFile, createIfMissing: false });
    expect(reloaded.encryption.get('k1')?.equals(created.encryption.get('k1')!)).toBe(true);
    expect(reloaded.blindIndex.get('b1')?.equals(created.blindIndex.get('b1')!)).toBe(true);
  });

  it('a missing key file without createIfMissing is refused, naming where keys are looked up', () => {
    const error = keyringError(() => loadKeyring({ env: {}, keyFile, createIfMissing: false }));
    expect(error.code).toBe('KEYS_NOT_FOUND');
    expect(error.message).toContain('ANXIN_KEYS');
    expect(error.message).toContain(keyFile);
    expect(fs.existsSync(keyFile)).toBe(false);
  });

  posixOnly('a key file readable by group or others (0644) is refused with a chmod 600 hint', () => {
    loadKeyring({ env: {}, keyFile, createIfMissing: true });
    fs.chmodSync(keyFile, 0o644);
    const error = keyringError(() => loadKeyring({ env: {}, keyFile, createIfMissing: true }));
    expect(error.code).toBe('KEY_FILE_TOO_OPEN');
    expect(error.message).toContain('chmod 600');
  });

  it('env ANXIN_KEYS takes precedence over the key file and creates nothing', () => {
    const fromEnv = generateKeyring();
    const loaded = loadKeyring({ env: { ANXIN_KEYS: serializeKeyring(fromEnv) }, keyFile, createIfMissing: true });
    expect(loaded.encryption.get('k1')?.equals(fromEnv.encryption.get('k1')!)).toBe(true);
    expect(fs.existsSync(keyFile)).toBe(false);
  });

  it.each([
    ['not JSON', 'not json'],
    ['an unknown format version', { format: 2 }],
    ['no encryption section', { format: 1, blindIndex: { active: 'b1', keys: { b1: 'A'.repeat(43) + '=' } } }],
    [
      'an active key id missing from the keys',
      { format: 1, encryption: { active: 'k9', keys: { k1: Buffer.alloc(32).toString('base64') } }, blindIndex: { active: 'b1', keys: { b1: Buffer.alloc(32).toString('base64') } } },
    ],
    [
      'a key that is not 32 bytes',
      { format: 1, encryption: { active: 'k1', keys: { k1: Buffer.alloc(16).toString('base64') } }, blindIndex: { active: 'b1', keys: { b1: Buffer.alloc(32).toString('base64') } } },
    ],
    [
      'a key id with a dot',
      { format: 1, encryption: { active: 'k.1', keys: { 'k.1': Buffer.alloc(32).toString('base64') } }, blindIndex: { active: 'b1', keys: { b1: Buffer.alloc(32).toString('base64') } } },
    ],
  ])('keys with %s are refused with a format error', (_label, content) => {
    const json = typeof content === 'string' ? content : JSON.stringify(content);
    const error = keyringError(() => loadKeyring({ env: { ANXIN_KEYS: json }, keyFile, createIfMissing: false }));
    expect(error.code).toBe('KEY_FORMAT_INVALID');
    expect(error.message).toContain('env ANXIN_KEYS');
  });

  posixOnly('rotation adds an active key, keeps old ciphertexts decryptable, and stays 0600', () => {
    const before = loadKeyring({ env: {}, keyFile, createIfMissing: true });
    const oldValue = encryptField(before, '13812341234', { context: 'client.mobile' });

    expect(rotateEncryptionKey(keyFile)).toEqual({ newKeyId: 'k2' });
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(keyFile))).toEqual(['anxin-keys.json']);

    const after = loadKeyring({ env: {}, keyFile, createIfMissing: false });
    expect(after.activeKeyId).toBe('k2');
    expect([...after.encryption.keys()]).toEqual(['k1', 'k2']);
    expect(decryptField(after, oldValue, { context: 'client.mobile' })).toBe('13812341234');
    expect(needsReencryption(after, oldValue)).toBe(true);

    const newValue = encryptField(after, '13812341234', { context: 'client.mobile' });
    expect(newValue.split('.')[1]).toBe('k2');
    expect(needsReencryption(after, newValue)).toBe(false);
    // The blind-index key is untouched: rotating it means recomputing every index.
    expect(after.blindIndex.get('b1')?.equals(before.blindIndex.get('b1')!)).toBe(true);

    expect(rotateEncryptionKey(keyFile)).toEqual({ newKeyId: 'k3' });
  });

  it('rotating a key file that does not exist is refused', () => {
    expect(keyringError(() => rotateEncryptionKey(keyFile)).code).toBe('KEYS_NOT_FOUND');
  });
});
