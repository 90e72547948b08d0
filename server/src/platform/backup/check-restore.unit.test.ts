import { describe, expect, it } from 'vitest';
import { generateKeyring, keyringFingerprints } from '../pii/index.js';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from './backup-format.js';
import { restoreProblems } from './check-restore.js';

const keyring = generateKeyring();
const known = ['20261125T2300_platform_foundation', '20261125T2330_calendar', '20261206T0630_key_fingerprints'];
const header = (over: Partial<BackupHeader> = {}): BackupHeader => ({
  format: BACKUP_FORMAT,
  formatVersion: BACKUP_FORMAT_VERSION,
  appVersion: '0.1.0',
  engine: 'pglite',
  createdAt: '2026-12-06T06:00:00.000Z',
  migrations: known,
  keyFingerprints: keyringFingerprints(keyring),
  tables: ['org_unit'],
  notValidConstraints: [],
  ...over,
});
const keys = { keyring, source: 'key file /srv/anxin/keys/anxin-keys.json', keyFile: '/srv/anxin/keys/anxin-keys.json' };

describe('what a restore checks before it touches the target', () => {
  it('accepts a backup of this schema, or of an older one, with its own keys', () => {
    expect(restoreProblems(header(), known, keys)).toEqual([]);
    expect(restoreProblems(header({ migrations: known.slice(0, 2) }), known, keys)).toEqual([]);
  });

  it('refuses a backup from a newer schema, naming the version to use', () => {
    const [problem] = restoreProblems(header({ appVersion: '0.2.0', migrations: [...known, '20270101T0000_claims'] }), known, keys);
    expect(problem).toContain('newer Anxin (0.2.0)');
    expect(problem).toContain('20270101T0000_claims');
  });

  it('refuses a schema history that is not the start of this build’s', () => {
    expect(restoreProblems(header({ migrations: [known[0]!, known[2]!] }), known, keys)[0]).toContain('is not the start of this build');
  });

  it('refuses when the keys are missing, telling the operator where to put the key file from its own backup', () => {
    const [problem] = restoreProblems(header(), known, { ...keys, keyring: null });
    expect(problem).toContain('its keys are not here');
    expect(problem).toContain('at /srv/anxin/keys/anxin-keys.json');
    expect(problem).toContain('never in the same place as the database backup');
  });

  it('refuses other keys under the same ids', () => {
    const [problem] = restoreProblems(header(), known, { ...keys, keyring: generateKeyring() });
    expect(problem).toContain('are not the keys of this backup');
    expect(problem).toContain('encryption key "k1" is a different key');
  });

  it('needs no keys for a backup whose data depends on none', () => {
    expect(restoreProblems(header({ keyFingerprints: [] }), known, { ...keys, keyring: null })).toEqual([]);
  });
});
