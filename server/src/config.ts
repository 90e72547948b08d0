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
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.ANXIN_DATA_DIR || 'data');
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer 0-65535, got "${env.PORT}"`);
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
