import path from 'node:path';
import { readFileSync } from 'node:fs';

/** Everything the process reads from its environment, read once. */
export type Config = {
  port: number;
  host: string;
  /** `postgres://…` for a PostgreSQL server; unset → embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  keyFile: string;
  adminPassword: string | undefined;
  secureCookies: boolean;
  logLevel: string;
  version: string;
  /** Seed the demo data set on a first start with an empty database. */
  demoOnFirstStart: boolean;
  /** Where document files are kept (content-addressed); back it up with the database. */
  documentsDir: string;
  /** The largest file a document may be (ANXIN_DOCUMENT_MAX_MB, default 20). */
  documentMaxBytes: number;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.ANXIN_DATA_DIR || 'data');
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer 0-65535, got "${env.PORT}"`);
  }
  const maxMb = Number(env.ANXIN_DOCUMENT_MAX_MB ?? 20);
  if (!Number.isFinite(maxMb) || maxMb <= 0 || maxMb > 1024) {
    throw new Error(`ANXIN_DOCUMENT_MAX_MB must be a number of megabytes above 0 and at most 1024, got "${env.ANXIN_DOCUMENT_MAX_MB}"`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    keyFile: path.resolve(env.ANXIN_KEY_FILE || path.join(dataDir, 'keys', 'anxin-keys.json')),
    adminPassword: env.ANXIN_ADMIN_PASSWORD || undefined,
    secureCookies: env.ANXIN_SECURE_COOKIES === 'true',
    logLevel: env.ANXIN_LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    version: packageVersion(),
    demoOnFirstStart: env.ANXIN_DEMO !== 'false',
    documentsDir: path.resolve(env.ANXIN_DOCUMENTS_DIR || path.join(dataDir, 'documents')),
    documentMaxBytes: Math.round(maxMb * 1024 * 1024),
  };
}

let cachedVersion: string | undefined;
export function packageVersion(): string {
  if (cachedVersion) return cachedVersion;
  // Works from server/src (tsx, vitest) and from dist/server (built): both are two levels below the root.
  const pkgPath = new URL('../../package.json', import.meta.url);
  cachedVersion = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
  return cachedVersion;
}
