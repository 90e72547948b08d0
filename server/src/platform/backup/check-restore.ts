// What must hold before a restore touches the target: this build knows the backup's schema, and
// the keys in place are the keys its encrypted data needs. Checked from the header alone.
import { compareFingerprints } from '../pii/key-fingerprints.js';
import type { Keyring } from '../pii/keys.js';
import type { BackupHeader } from './backup-format.js';

export type KeysAtRestore = { keyring: Keyring | null; source: string; keyFile: string };

export function restoreProblems(header: BackupHeader, knownMigrations: string[], keys: KeysAtRestore): string[] {
  return [...schemaProblems(header, knownMigrations), ...keyProblems(header, keys)];
}

function schemaProblems(header: BackupHeader, knownMigrations: string[]): string[] {
  const known = [...knownMigrations].sort();
  if (header.migrations.length === 0) return ['The backup holds no migrated schema.'];
  const unknown = header.migrations.filter((m) => !known.includes(m));
  if (unknown.length) {
    return [
      `The backup was made by a newer Anxin (${header.appVersion}) than this one: its schema has migrations this build does not know ` +
        `(${unknown.join(', ')}). Restore it with Anxin ${header.appVersion} or later.`,
    ];
  }
  // Migrations run in name order, so a backup's list is always the first ones of this build's.
  if (header.migrations.some((m, i) => known[i] !== m)) {
    return [`The backup's schema history (${header.migrations.length} migrations) is not the start of this build's: it cannot be rebuilt here.`];
  }
  return [];
}

function keyProblems(header: BackupHeader, keys: KeysAtRestore): string[] {
  if (header.keyFingerprints.length === 0) return [];
  const whatToDo =
    `Put the key file kept with the backup's own key backup (never in the same place as the database backup) at ${keys.keyFile}, ` +
    'or set ANXIN_KEY_FILE or ANXIN_KEYS, and run the restore again (see server/src/platform/pii/KEYS.md).';
  if (!keys.keyring) {
    return [`The backup's personal data is encrypted, and its keys are not here: ${keys.source} does not exist and ANXIN_KEYS is not set. ${whatToDo}`];
  }
  const differences = compareFingerprints(keys.keyring, header.keyFingerprints);
  if (differences.length) {
    return [`The keys from ${keys.source} are not the keys of this backup: ${differences.join('; ')}. ${whatToDo}`];
  }
  return [];
}
