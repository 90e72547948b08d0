// Blind index (盲索引): a keyed HMAC of a normalised value, stored beside the ciphertext so
// "find the client with this mobile / ID number" works without decrypting every row (R-CL-6).
import { createHmac } from 'node:crypto';
import { stripMobileFormatting } from './identifiers.js';
import type { Keyring } from './keys.js';

export type BlindIndexKind = 'mobile' | 'idNumber' | 'email' | 'name' | 'bankAccount';

export type BlindIndexErrorCode = 'UNKNOWN_KEY' | 'EMPTY_VALUE';

export class BlindIndexError extends Error {
  override readonly name = 'BlindIndexError';
  constructor(
    readonly code: BlindIndexErrorCode,
    message: string,
  ) {
    super(message);
  }
}

// 128 bits: collisions stay negligible, while fewer stored bits leak less about the value.
const HEX_LENGTH = 32;

// Changing any rule here changes every stored index: recompute them all (see KEYS.md).
const NORMALISE: Record<BlindIndexKind, (value: string) => string> = {
  mobile: stripMobileFormatting,
  idNumber: (value) => value.trim().toUpperCase(),
  email: (value) => value.trim().toLowerCase(),
  name: collapseWhitespace,
  bankAccount: collapseWhitespace,
};

/**
 * The value as it is hashed. NFKC first, because Chinese input methods often produce
 * full-width digits and letters (１３８…) that must match their ASCII forms.
 */
export function normaliseForBlindIndex({ kind, value }: { kind: BlindIndexKind; value: string }): string {
  return NORMALISE[kind](value.normalize('NFKC'));
}

/**
 * `<keyId>:<32 hex>`. `keyId` defaults to the active blind-index key; pass an older one only
 * while indexes are being recomputed after a blind-index key rotation.
 */
export function blindIndex(
  keyring: Keyring,
  { kind, value, keyId = keyring.activeBlindIndexKeyId }: { kind: BlindIndexKind; value: string; keyId?: string },
): string {
  const key = keyring.blindIndex.get(keyId);
  if (key === undefined) {
    throw new BlindIndexError('UNKNOWN_KEY', `Blind-index key "${keyId}" is not in the keyring`);
  }
  const normalised = normaliseForBlindIndex({ kind, value });
  // Every empty value would share one index and match each other in lookups.
  if (normalised === '') {
    throw new BlindIndexError('EMPTY_VALUE', `Cannot build a blind index of an empty ${kind}`);
  }
  // The kind is hashed too, so equal strings of different kinds cannot be linked; NUL cannot occur in a kind.
  const digest = createHmac('sha256', key).update(`${kind}\u0000${normalised}`, 'utf8').digest('hex');
  return `${keyId}:${digest.slice(0, HEX_LENGTH)}`;
}

function collapseWhitespace(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}
