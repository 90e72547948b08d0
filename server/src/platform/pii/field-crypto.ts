// Field-level encryption of personal data at rest (R-CL-6, R-SE-3), AES-256-GCM.
// Stored form: `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts), so each value names
// the key that sealed it and rotation can proceed row by row.
import { createCipheriv, createDecipheriv, randomFillSync } from 'node:crypto';
import type { Keyring } from './keys.js';

export type FieldCryptoErrorCode =
  | 'BAD_FORMAT'
  | 'UNKNOWN_KEY'
  | 'AUTH_FAILED'
  | 'NO_ACTIVE_KEY'
  | 'CONTEXT_REQUIRED';

export class FieldCryptoError extends Error {
  override readonly name = 'FieldCryptoError';
  constructor(
    readonly code: FieldCryptoErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
// IVs are cut from a pool of CSPRNG bytes: one randomFillSync per 5,461 values instead of one
// randomBytes call per value (a bulk import seals 300,000 fields). Each 12-byte slice is used
// once and the whole pool is refilled with fresh random bytes when used up, so the IVs are
// exactly as random as before and never reused from the pool.
const IV_POOL_BYTES = 64 * 1024;
const ivPool = Buffer.alloc(IV_POOL_BYTES);
let ivOffset = IV_POOL_BYTES; // empty: filled on first use
// Contexts are a handful of column names; the cap only guards against a caller inventing them per value.
const MAX_CACHED_CONTEXTS = 256;
const aadOf = new Map<string, Buffer>();

type FieldOptions = { context: string };

/**
 * `context` (e.g. `app_user.mobile`) is bound as AAD: a ciphertext copied into another
 * column or table no longer decrypts, so a mix-up cannot surface one person's data as another field.
 */
export function encryptField(keyring: Keyring, plaintext: string, { context }: FieldOptions): string {
  requireContext(context);
  const keyId = keyring.activeKeyId;
  const key = keyring.encryption.get(keyId);
  if (key === undefined) {
    throw new FieldCryptoError('NO_ACTIVE_KEY', `Active encryption key "${keyId}" is not in the keyring`);
  }
  const iv = nextIv();
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(context));
  // Synchronous throughout: no other call can refill the pool under this IV view before it is used.
  const ivText = b64url(iv);
  const head = cipher.update(plaintext, 'utf8');
  const tail = cipher.final(); // empty for GCM, a stream mode
  const body = tail.length ? Buffer.concat([head, tail]) : head;
  return `${VERSION}.${keyId}.${ivText}.${b64url(body)}.${b64url(cipher.getAuthTag())}`;
}

export function decryptField(keyring: Keyring, ciphertext: string, { context }: FieldOptions): string {
  requireContext(context);
  const parsed = parseCiphertext(ciphertext);
  const key = keyring.encryption.get(parsed.keyId);
  if (key === undefined) {
    throw new FieldCryptoError(
      'UNKNOWN_KEY',
      `Value was encrypted with key "${parsed.keyId}", which is not in the keyring (removed too early or wrong key file?)`,
    );
  }
  const decipher = createDecipheriv(ALGORITHM, key, parsed.iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad(context));
  decipher.setAuthTag(parsed.tag);
  try {
    return Buffer.concat([decipher.update(parsed.body), decipher.final()]).toString('utf8');
  } catch {
    throw new FieldCryptoError(
      'AUTH_FAILED',
      `Value for "${context}" failed authentication: tampered, or encrypted for another field`,
    );
  }
}

/** True when the value was sealed with an older key and a re-encryption batch should rewrite it. */
export function needsReencryption(keyring: Keyring, ciphertext: string): boolean {
  return parseCiphertext(ciphertext).keyId !== keyring.activeKeyId;
}

export function encryptOptional(keyring: Keyring, plaintext: string, options: FieldOptions): string;
export function encryptOptional(keyring: Keyring, plaintext: null, options: FieldOptions): null;
export function encryptOptional(keyring: Keyring, plaintext: undefined, options: FieldOptions): undefined;
export function encryptOptional(
  keyring: Keyring,
  plaintext: string | null | undefined,
  options: FieldOptions,
): string | null | undefined;
export function encryptOptional(
  keyring: Keyring,
  plaintext: string | null | undefined,
  options: FieldOptions,
): string | null | undefined {
  return plaintext === null || plaintext === undefined ? plaintext : encryptField(keyring, plaintext, options);
}

export function decryptOptional(keyring: Keyring, ciphertext: string, options: FieldOptions): string;
export function decryptOptional(keyring: Keyring, ciphertext: null, options: FieldOptions): null;
export function decryptOptional(keyring: Keyring, ciphertext: undefined, options: FieldOptions): undefined;
export function decryptOptional(
  keyring: Keyring,
  ciphertext: string | null | undefined,
  options: FieldOptions,
): string | null | undefined;
export function decryptOptional(
  keyring: Keyring,
  ciphertext: string | null | undefined,
  options: FieldOptions,
): string | null | undefined {
  return ciphertext === null || ciphertext === undefined ? ciphertext : decryptField(keyring, ciphertext, options);
}

function parseCiphertext(ciphertext: string): { keyId: string; iv: Buffer; body: Buffer; tag: Buffer } {
  const parts = ciphertext.split('.');
  const [version, keyId, iv, body, tag] = parts;
  if (
    parts.length !== 5 ||
    version !== VERSION ||
    keyId === undefined ||
    keyId === '' ||
    iv === undefined ||
    body === undefined ||
    tag === undefined ||
    ![iv, body, tag].every((part) => BASE64URL.test(part))
  ) {
    throw new FieldCryptoError('BAD_FORMAT', `Not a ${VERSION} encrypted field value`);
  }
  const ivBytes = Buffer.from(iv, 'base64url');
  const tagBytes = Buffer.from(tag, 'base64url');
  if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) {
    throw new FieldCryptoError('BAD_FORMAT', 'Encrypted field value has a wrong IV or tag length');
  }
  return { keyId, iv: ivBytes, body: Buffer.from(body, 'base64url'), tag: tagBytes };
}

// An empty context would silently drop the column binding, so it is refused outright.
function requireContext(context: string): void {
  if (typeof context !== 'string' || context.trim() === '') {
    throw new FieldCryptoError('CONTEXT_REQUIRED', 'Field encryption needs a context such as "app_user.mobile"');
  }
}

/** The next unused 12 bytes of the IV pool: a view, valid until the pool is refilled. */
function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > IV_POOL_BYTES) {
    randomFillSync(ivPool);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

function aad(context: string): Buffer {
  let bytes = aadOf.get(context);
  if (bytes === undefined) {
    if (aadOf.size >= MAX_CACHED_CONTEXTS) aadOf.clear();
    bytes = Buffer.from(context, 'utf8');
    aadOf.set(context, bytes);
  }
  return bytes;
}

function b64url(bytes: Buffer): string {
  return bytes.toString('base64url');
}
