import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { generateKeyring, parseKeyring, type Keyring } from './keys.js';
import { databaseNeedsKeys, forgetKey, readFingerprints, reconcileKeys } from './key-fingerprints.js';
import { KeyringError } from './keys.js';

// R-SE-3 / issue 9 item 1: a database names the keys its data is sealed with (by fingerprint).
describe('key fingerprints', () => {
  let test: TestDatabase;
  let keys: Keyring;
  beforeEach(async () => {
    const snapshot = inject('snapshot');
    test = await openTestDatabase(snapshot);
    keys = parseKeyring({ json: snapshot.keys, source: 'test snapshot' });
  });
  afterEach(() => test.dropDatabase());

  const refusal = async (keyring: Keyring) => {
    const err = await reconcileKeys(test.database.db, keyring, 'the test').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KeyringError);
    return err as KeyringError;
  };

  it('a database from before fingerprints: the right keys are recorded, other keys cannot decrypt and are refused', async () => {
    const db = test.database.db;
    expect(await databaseNeedsKeys(db)).toBe(true); // the demo clients are encrypted
    expect(await readFingerprints(db)).toEqual([]);
    const wrong = await refusal(generateKeyring());
    expect(wrong.code).toBe('KEYS_DO_NOT_MATCH_DATABASE');
    expect(wrong.message).toMatch(/cannot be decrypted with these keys/);
    expect(await readFingerprints(db)).toEqual([]); // nothing recorded for refused keys

    await reconcileKeys(db, keys, 'the test');
    const recorded = await readFingerprints(db);
    expect(recorded.map((f) => `${f.kind}:${f.keyId}`)).toEqual(['blindIndex:b1', 'encryption:k1']);
    // The fingerprint is not the key.
    expect(JSON.stringify(recorded)).not.toContain(keys.encryption.get('k1')!.toString('base64'));
  });

  it('once recorded: another key under the same id, or a missing key, is refused; a rotated-in key is recorded', async () => {
    const db = test.database.db;
    await reconcileKeys(db, keys, 'the test');
    const impostor = generateKeyring();
    expect((await refusal(impostor)).message).toContain('encryption key "k1" is a different key');

    const withoutBlind: Keyring = { ...keys, blindIndex: new Map([['b9', Buffer.alloc(32, 7)]]), activeBlindIndexKeyId: 'b9' };
    expect((await refusal(withoutBlind)).message).toContain('blindIndex key "b1" is missing');

    const rotated: Keyring = { ...keys, encryption: new Map([...keys.encryption, ['k2', Buffer.alloc(32, 3)]]), activeKeyId: 'k2' };
    await reconcileKeys(db, rotated, 'the test');
    expect((await readFingerprints(db)).map((f) => f.keyId)).toEqual(['b1', 'k1', 'k2']);
    // The old key file (without k2) no longer covers what the database may hold.
    expect((await refusal(keys)).message).toContain('encryption key "k2" is missing');

    // `anxin keys forget`: only a key no stored value uses may be forgotten.
    const k1 = await forgetKey(db, 'encryption', 'k1');
    expect(k1.forgotten).toBe(false);
    expect(k1.stillUsedIn).toContain('client.id_number_enc');
    expect(await forgetKey(db, 'encryption', 'k2')).toEqual({ forgotten: true, stillUsedIn: [] });
    await reconcileKeys(db, keys, 'the test'); // the old key file fits again
    expect((await forgetKey(db, 'blindIndex', 'b1')).stillUsedIn).toContain('client.mobile_bidx');
  });
});
