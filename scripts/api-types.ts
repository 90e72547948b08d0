/**
 * The web's API types, generated from the server's own OpenAPI document (issue 10, item 6):
 * the route schemas are the one description of every request and answer, and the web reads
 * them through web/src/api/schema.d.ts, so a changed answer breaks `npm run typecheck`.
 *
 * The document is built in memory: building the app registers routes and queries nothing,
 * so a database driver that never connects is enough — no database, no keys on disk, no port.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { buildApp } from '../server/src/app.js';
import { readConfig } from '../server/src/config.js';
import type { DB } from '../server/src/platform/db/schema.js';
import { generateKeyring } from '../server/src/platform/pii/index.js';

export const SCHEMA_FILE = new URL('../web/src/api/schema.d.ts', import.meta.url);

const HEADER = `/**
 * GENERATED from the server's OpenAPI document by scripts/write-api-types.ts — do not edit.
 * \`npm run typecheck\` regenerates it (\`npm run api-types\` alone); read it through web/src/api/types.ts.
 */

`;

/** The OpenAPI document exactly as GET /api/openapi.json serves it. */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const config = readConfig({ NODE_ENV: 'production', ANXIN_LOG_LEVEL: 'silent' });
  const app = await buildApp({ database: { kind: 'postgres', db, close: () => db.destroy() }, config, keyring: generateKeyring(), logger: false });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** TypeScript declarations (`paths`, `components`, `operations`) for a document. */
export async function apiTypesFor(document: Record<string, unknown>): Promise<string> {
  return HEADER + astToString(await openapiTS(structuredClone(document) as never, { alphabetize: true, silent: true }));
}
