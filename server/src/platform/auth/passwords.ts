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

/**
 * The hash of a random password nobody knows, made with HASH_OPTIONS (a unit test holds them
 * equal). Verifying against it costs what a real verification costs, from the first call on.
 */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$D7+/xFf6oprbIuMh53SC+g$xRZ1XUg4ATSSDycud4OWhiPwyoLB4AlQG/iwMTEyGhw';

/** Spend the same time for an unknown username as for a wrong password; never true. */
export async function burnVerifyTime(password: string): Promise<false> {
  await verifyPassword(DUMMY_HASH, password);
  return false;
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
