#!/usr/bin/env node
import os from 'node:os';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { readConfig } from './config.js';
import { describeDatabase, findKeyring, openRuntime, type Runtime } from './runtime.js';
import { DataDirLockedError } from './platform/db/lock.js';
import { ensureAdmin } from './platform/bootstrap.js';
import { verifyAuditChain } from './platform/audit/verify-audit.js';
import { forgetKey, rotateEncryptionKey } from './platform/pii/index.js';
import { seedDemo } from './modules/demo/seed-demo.js';
import { MODULES } from './modules/index.js';
import type { CliKit } from './kit/module.js';
import { openDatabase } from './platform/db/engine.js';
import { keySource } from './platform/pii/index.js';
import { BackupRefusedError } from './platform/backup/backup-format.js';
import { backupFromCli, restoreFromCli } from './platform/backup/backup-commands.js';

/** Exit codes: 0 done, 1 failed, 2 bad usage or input, 3 data directory in use, 4 audit chain broken. */
const EXIT = { failed: 1, usage: 2, locked: 3, auditBroken: 4 } as const;

class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.usage) {
    super(message);
  }
}

const config = readConfig({ ...process.env, ANXIN_LOG_LEVEL: 'silent' });
const cliActor = () => `cli:${os.userInfo().username}`;

async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(config);
  try {
    return await work(runtime);
  } finally {
    await runtime.database.close();
  }
}

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('must be a whole number from 1 to 100000');
  return n;
};

const program = new Command()
  .name('anxin')
  .description('安心 Anxin — administration commands. Uses DATABASE_URL, or the embedded database in ANXIN_DATA_DIR (./data).')
  .exitOverride()
  .showHelpAfterError();

program
  .command('migrate')
  .description('bring the database schema up to date')
  .action(() =>
    withRuntime(async ({ migrations }) => {
      console.log(migrations.length ? `Applied: ${migrations.join(', ')}` : 'The schema is up to date.');
      console.log(`Database: ${describeDatabase(config)}`);
    }),
  );

program
  .command('seed-demo')
  .description('load the deterministic demo data set (idempotent)')
  .option('--scale <n>', 'multiply the demo data (1 = ~35 users; 100 = ~12,000)', positiveInt, 1)
  .action((options: { scale: number }) =>
    withRuntime(async ({ database, keyring, system }) => {
      const admin = await ensureAdmin(database.db, config.adminPassword);
      if (admin.created) console.log(`Created admin with password ${admin.password} (shown only now).`);
      const started = Date.now();
      const report = await seedDemo(database.db, keyring, { scale: options.scale, services: system });
      console.log(
        report.alreadySeeded
          ? 'Demo data already present: nothing added.'
          : `Demo data added: ${report.orgUnits} org units, ${report.users} users, ${report.clients} clients, ${report.policies} policies (${Date.now() - started} ms).`,
      );
    }),
  );

// Each module's commands (user, deadlines, notifications, import, …).
const kit: CliKit = {
  withRuntime,
  fail: (message, exitCode = EXIT.usage) => {
    throw new CliError(message, exitCode);
  },
  actorName: cliActor,
  positiveInt,
  registry: MODULES,
};
for (const m of MODULES) m.cli?.(program, kit);

const audit = program.command('audit').description('the audit trail');
audit
  .command('verify')
  .description('check the hash chain; reports the first broken or missing link')
  .action(() =>
    withRuntime(async ({ database }) => {
      const report = await verifyAuditChain(database.db);
      if (report.ok) {
        console.log(`Audit chain intact: ${report.entries} entries, last seq ${report.lastSeq}, last hash ${report.lastHash}`);
        console.log('Keep the last hash somewhere else (e.g. a printed monthly report) to detect a cut-off tail later.');
        return;
      }
      throw new CliError(
        `Audit chain BROKEN at seq ${report.brokenAt} (${report.problem}): ${report.detail}. ${report.entries} entries verified before it.`,
        EXIT.auditBroken,
      );
    }),
  );

const keys = program.command('keys').description('personal-data encryption keys');
keys
  .command('rotate')
  .description('add a new encryption key and make it active (old keys stay for decryption); see KEYS.md')
  .action(() => {
    if (process.env.ANXIN_KEYS) throw new CliError('Keys come from ANXIN_KEYS: rotate them where that value is kept.');
    const { newKeyId } = rotateEncryptionKey(config.keyFile);
    console.log(`New active key ${newKeyId} in ${config.keyFile}. Restart Anxin to use it; back up the key file now.`);
  });
keys
  .command('forget')
  .description('after re-encrypting every value (see KEYS.md): let the database stop requiring an old key; refused while any value uses it')
  .argument('<keyId>', 'e.g. k1 (encryption) or b1 (blind index, with --blind-index)')
  .option('--blind-index', 'the key is a blind-index key')
  .action((keyId: string, options: { blindIndex?: boolean }) =>
    withRuntime(async ({ database }) => {
      const kind = options.blindIndex ? 'blindIndex' : 'encryption';
      const result = await forgetKey(database.db, kind, keyId);
      if (result.stillUsedIn.length) throw new CliError(`Key ${keyId} is still used in ${result.stillUsedIn.join(', ')}: re-encrypt those values first.`, EXIT.failed);
      console.log(result.forgotten ? `The database no longer requires ${kind} key ${keyId}; you may now remove it from the key file.` : `The database did not record ${kind} key ${keyId}.`);
    }),
  );

// Backup and restore (R-SE-5) open the database themselves: no migration, no keys made.
const backupTarget = {
  open: () => openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl, poolSize: 2 } : { dataDir: config.dataDir }),
  describe: describeDatabase(config),
  documentsDir: config.documentsDir,
};
const refusalsAreUsage = async (work: () => Promise<void>) => {
  try {
    await work();
  } catch (err) {
    throw err instanceof BackupRefusedError ? new CliError(err.message) : err;
  }
};
program
  .command('backup')
  .description('write the whole database to FILE (gzip’d JSON lines), without the keys; the embedded database only with the server stopped')
  .argument('<file>')
  .action((file: string) =>
    refusalsAreUsage(async () => {
      for (const line of await backupFromCli(backupTarget, file, config.version)) console.log(line);
    }),
  );
program
  .command('restore')
  .description('load a backup into an EMPTY database (new data directory or new PostgreSQL database), with the keys of that backup in place')
  .argument('<file>')
  .action((file: string) =>
    refusalsAreUsage(async () => {
      const keys = { keyring: findKeyring(config, process.env), source: keySource(process.env, config.keyFile), keyFile: config.keyFile };
      const { lines, auditBroken } = await restoreFromCli(backupTarget, file, keys);
      for (const line of lines) console.log(line);
      if (auditBroken) throw new CliError('The restored audit chain does not verify (see above).', EXIT.auditBroken);
    }),
  );

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : EXIT.usage);
  if (err instanceof DataDirLockedError) {
    console.error(err.message);
    console.error('The CLI opens the database itself: stop the running server first (its data stays intact).');
    process.exit(EXIT.locked);
  }
  if (err instanceof CliError) {
    console.error(err.message);
    process.exit(err.exitCode);
  }
  console.error(`anxin: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(EXIT.failed);
});
