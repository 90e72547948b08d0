import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, burnVerifyTime, hashPassword } from './passwords.js';

// An unknown username must cost what a known one costs (issue 9, item 2).
describe('the verification an unknown username costs', () => {
  it('uses a hash made with the same argon2 parameters as real passwords', async () => {
    const real = await hashPassword('Any-password-1');
    const parameters = (hash: string) => hash.split('$').slice(1, 4).join('$');
    expect(parameters(DUMMY_HASH)).toBe(parameters(real));
    expect(parameters(DUMMY_HASH)).toBe('argon2id$v=19$m=19456,t=2,p=1');
  });

  it('never accepts a password', async () => {
    expect(await burnVerifyTime('')).toBe(false);
    expect(await burnVerifyTime('anxin-dummy-password-0')).toBe(false);
  });
});
