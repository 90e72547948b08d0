// `anxin backup FILE` and `anxin restore FILE` as the CLI runs them: open the database (holding
// the embedded data directory's lock, without migrating or making keys), do the work, and say
// what was done in lines for the console.
import type { Database } from '../db/engine.js';
import { migrations } from '../db/migrations/index.js';
import { BackupRefusedError, parseHeader } from './backup-format.js';
import { readFirstLine } from './backup-file.js';
import { backupDatabase } from './backup-database.js';
import { restoreDatabase } from './restore-database.js';
import { restoreProblems, type KeysAtRestore } from './check-restore.js';
import { FileBlobStore } from '../storage/blob-store.js';

/** The database, and the directory of the document files that go with it (FileBlobStore). */
type Target = { open: () => Promise<Database>; describe: string; documentsDir: string };

export async function backupFromCli(target: Target, file: string, appVersion: string): Promise<string[]> {
  const started = Date.now();
  const database = await target.open();
  try {
    const { header, rows, bytes, blobs } = await backupDatabase(database, file, { appVersion, documents: new FileBlobStore(target.documentsDir) });
    return [
      `Backup of ${target.describe} written to ${file}: ${header.tables.length} tables, ${rows} rows, ${blobs} document files, ` +
        `${(bytes / 1024 / 1024).toFixed(1)} MB, ${header.migrations.length} migrations (${Date.now() - started} ms).`,
      'The backup holds no keys: keep the key file backed up too, in another place (see server/src/platform/pii/KEYS.md).',
    ];
  } finally {
    await database.close();
  }
}

export async function restoreFromCli(target: Target, file: string, keys: KeysAtRestore): Promise<{ lines: string[]; auditBroken: boolean }> {
  const started = Date.now();
  const header = parseHeader(await readFirstLine(file), file);
  const problems = restoreProblems(header, Object.keys(migrations), keys);
  if (problems.length) throw new BackupRefusedError(`${problems.join('\n')}\nNothing was restored.`);
  const database = await target.open();
  let report;
  try {
    report = await restoreDatabase(database, file, header, target.describe, { store: new FileBlobStore(target.documentsDir), dir: target.documentsDir });
  } finally {
    await database.close();
  }
  const lines = [
    `Restored ${report.tables} tables, ${report.rows} rows into ${target.describe} (${Date.now() - started} ms): ` +
      `the backup of a ${header.engine} database taken ${header.createdAt} by Anxin ${header.appVersion}. Every table matches its checksum` +
        (report.blobs ? `; ${report.blobs} document files into ${target.documentsDir}, each matching its checksum.` : '.'),
  ];
  if (report.newerMigrations.length) lines.push(`The next start (or \`anxin migrate\`) applies ${report.newerMigrations.length} newer migrations.`);
  const audit = report.audit;
  if (audit?.ok) lines.push(`Audit chain intact: ${audit.entries} entries, last seq ${audit.lastSeq}, last hash ${audit.lastHash}`);
  else if (audit) lines.push(`Audit chain BROKEN at seq ${audit.brokenAt} (${audit.problem}): ${audit.detail}. The rows are restored as the backup held them.`);
  return { lines, auditBroken: audit?.ok === false };
}
