// Keyring for personal-data encryption (个人信息加密) and blind indexes.
// R-SE-3: keys live outside the database — in env ANXIN_KEYS or a 0600 key file. See KEYS.md.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Keyring = {
  activeKeyId: string;
  encryption: Map<string, Buffer /* 32 bytes */>;
  blindIndex: Map<string, Buffer /* 32 bytes */>;
  activeBlindIndexKeyId: string;
};

export type KeyringErrorCode =
  | 'KEYS_NOT_FOUND'
  | 'KEY_FILE_TOO_OPEN'
  | 'KEY_FILE_UNREADABLE'
  | 'KEY_FORMAT_INVALID'
  | 'KEYS_DO_NOT_MATCH_DATABASE'
  | 'KEYS_MISSING_FOR_DATABASE';

export class KeyringError extends Error {
  override readonly name = 'KeyringError';
  constructor(
    readonly code: KeyringErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const KEY_ENV_VAR = 'ANXIN_KEYS';
const KEY_FORMAT_VERSION = 1;
const KEY_BYTES = 32;
// Key ids are embedded in `v1.<keyId>.…` ciphertexts and `<keyId>:…` blind indexes,
// so they must never contain the separators '.' or ':'.
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

type KeyFileSection = { active: string; keys: Record<string, string> };
type KeyFile = { format: 1; encryption: KeyFileSection; blindIndex: KeyFileSection };

export function generateKeyring(): Keyring {
  return {
    activeKeyId: 'k1',
    encryption: new Map([['k1', randomBytes(KEY_BYTES)]]),
    activeBlindIndexKeyId: 'b1',
    blindIndex: new Map([['b1', randomBytes(KEY_BYTES)]]),
  };
}

export function serializeKeyring(keyring: Keyring): string {
  const section = (active: string, keys: Map<string, Buffer>): KeyFileSection => ({
    active,
    keys: Object.fromEntries([...keys].map(([id, key]) => [id, key.toString('base64')])),
  });
  const file: KeyFile = {
    format: KEY_FORMAT_VERSION,
    encryption: section(keyring.activeKeyId, keyring.encryption),
    blindIndex: section(keyring.activeBlindIndexKeyId, keyring.blindIndex),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Parses the versioned key-file JSON. `source` only names where it came from in error messages. */
export function parseKeyring({ json, source }: { json: string; source: string }): Keyring {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    // Never echo the content: it holds key material.
    throw invalid(source, 'is not valid JSON');
  }
  if (!isObject(data)) throw invalid(source, 'must be a JSON object');
  if (data['format'] !== KEY_FORMAT_VERSION) {
    throw invalid(source, `has unsupported "format" (expected ${KEY_FORMAT_VERSION})`);
  }
  const encryption = parseSection(data['encryption'], 'encryption', source);
  const blindIndex = parseSection(data['blindIndex'], 'blindIndex', source);
  return {
    activeKeyId: encryption.active,
    encryption: encryption.keys,
    activeBlindIndexKeyId: blindIndex.active,
    blindIndex: blindIndex.keys,
  };
}

function parseSection(
  value: unknown,
  name: string,
  source: string,
): { active: string; keys: Map<string, Buffer> } {
  if (!isObject(value)) throw invalid(source, `needs an object "${name}"`);
  const active = value['active'];
  const rawKeys = value['keys'];
  if (typeof active !== 'string') throw invalid(source, `needs a string "${name}.active"`);
  if (!isObject(rawKeys)) throw invalid(source, `needs an object "${name}.keys"`);
  const keys = new Map<string, Buffer>();
  for (const [id, encoded] of Object.entries(rawKeys)) {
    if (!KEY_ID_PATTERN.test(id)) {
      throw invalid(source, `has key id "${name}.keys.${id}" — use letters, digits, '_' or '-'`);
    }
    const key = typeof encoded === 'string' ? decodeKey(encoded) : null;
    if (key === null) {
      throw invalid(source, `has "${name}.keys.${id}" that is not base64 of ${KEY_BYTES} bytes`);
    }
    keys.set(id, key);
  }
  if (!keys.has(active)) {
    throw invalid(source, `has "${name}.active" = "${active}" but no such key in "${name}.keys"`);
  }
  return { active, keys };
}

function decodeKey(encoded: string): Buffer | null {
  const key = Buffer.from(encoded, 'base64');
  // Buffer.from silently skips junk characters; a round-trip catches truncated or mangled keys.
  if (key.length !== KEY_BYTES || key.toString('base64') !== encoded) return null;
  return key;
}

/**
 * Source order: env ANXIN_KEYS (JSON), else `keyFile`, else — when `createIfMissing`
 * (first embedded start) — a freshly generated key file written 0600.
 */
export function loadKeyring({
  env,
  keyFile,
  createIfMissing,
}: {
  env: NodeJS.ProcessEnv;
  keyFile: string;
  createIfMissing: boolean;
}): Keyring {
  const fromEnv = env[KEY_ENV_VAR];
  // An empty value (e.g. `ANXIN_KEYS=` in a compose file) means "not set", not "broken keys".
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    return parseKeyring({ json: fromEnv, source: `env ${KEY_ENV_VAR}` });
  }
  const existing = readKeyFile(keyFile);
  if (existing !== null) return existing;
  if (!createIfMissing) {
    throw new KeyringError(
      'KEYS_NOT_FOUND',
      `No encryption keys found: env ${KEY_ENV_VAR} is not set and key file ${keyFile} does not exist. ` +
        `Set ${KEY_ENV_VAR} or restore the key file from its backup (see KEYS.md).`,
    );
  }
  const keyring = generateKeyring();
  fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(keyFile, serializeKeyring(keyring), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it between our read and write: use theirs, never overwrite keys.
    if (errorCode(error) === 'EEXIST') return readKeyFile(keyFile) ?? keyring;
    throw error;
  }
  return keyring;
}

/** Where loadKeyring takes the keys from, for messages. */
export function keySource(env: NodeJS.ProcessEnv, keyFile: string): string {
  const fromEnv = env[KEY_ENV_VAR];
  return fromEnv !== undefined && fromEnv.trim() !== '' ? `env ${KEY_ENV_VAR}` : `key file ${keyFile}`;
}

/** Returns null when the file does not exist. */
function readKeyFile(keyFile: string): Keyring | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(keyFile);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw new KeyringError('KEY_FILE_UNREADABLE', `Cannot read key file ${keyFile}: ${String(error)}`);
  }
  if (!stat.isFile()) {
    throw new KeyringError('KEY_FILE_UNREADABLE', `Key file ${keyFile} is not a regular file`);
  }
  // Windows has no POSIX mode bits; there the file ACL is the operator's job.
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
    const mode = (stat.mode & 0o777).toString(8).padStart(3, '0');
    throw new KeyringError(
      'KEY_FILE_TOO_OPEN',
      `Key file ${keyFile} is readable by group or others (mode ${mode}). Run: chmod 600 ${keyFile}`,
    );
  }
  return parseKeyring({ json: fs.readFileSync(keyFile, 'utf8'), source: `key file ${keyFile}` });
}

/**
 * Adds a new encryption key and makes it active. Old keys stay so existing ciphertexts
 * still decrypt; running servers pick the new key up on restart.
 */
export function rotateEncryptionKey(keyFile: string): { newKeyId: string } {
  const keyring = readKeyFile(keyFile);
  if (keyring === null) {
    throw new KeyringError('KEYS_NOT_FOUND', `Key file ${keyFile} does not exist; nothing to rotate`);
  }
  const newKeyId = nextKeyId([...keyring.encryption.keys()]);
  keyring.encryption.set(newKeyId, randomBytes(KEY_BYTES));
  keyring.activeKeyId = newKeyId;
  writeFileAtomically(keyFile, serializeKeyring(keyring));
  return { newKeyId };
}

function nextKeyId(existing: string[]): string {
  const numbers = existing.map((id) => /^k(\d+)$/.exec(id)?.[1]).map((n) => Number(n ?? 0));
  let next = Math.max(0, ...numbers) + 1;
  while (existing.includes(`k${next}`)) next += 1;
  return `k${next}`;
}

// A crash mid-write must never leave a half-written key file: that would lose every key.
function writeFileAtomically(file: string, data: string): void {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

function invalid(source: string, problem: string): KeyringError {
  return new KeyringError('KEY_FORMAT_INVALID', `Encryption keys in ${source} ${problem}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorCode(error: unknown): unknown {
  return isObject(error) ? error['code'] : undefined;
}
