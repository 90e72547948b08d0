import argon2 from 'argon2';
import { randomInt } from 'node:crypto';
import type { FieldProblem } from '../http/errors.js';

// argon2id at OWASP's recommended minimum (19 MiB, 2 passes): ~30 ms on these 2-core machines.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_POLICY = { minLength: 10 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spend the same time for an unknown username as for a wrong password. */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('anxin-dummy-password-0');
  await verifyPassword(await dummyHash, password);
}

export function passwordProblems(password: string, username: string, path = 'newPassword'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (password.length < PASSWORD_POLICY.minLength) {
    problems.push({ path, reason: 'passwordTooShort', params: { limit: PASSWORD_POLICY.minLength } });
  }
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.push({ path, reason: 'passwordTooSimple' });
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push({ path, reason: 'passwordContainsUsername' });
  }
  return problems;
}

/** A password that satisfies the policy, for first start and resets (shown once). */
export function generatePassword(length = 14): string {
  const letters = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const all = letters + digits;
  const chars = [letters[randomInt(letters.length)]!, digits[randomInt(digits.length)]!];
  while (chars.length < length) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
