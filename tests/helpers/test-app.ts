import { inject } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../../server/src/app.js';
import type { AnxinModule } from '../../server/src/kit/module.js';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readConfig, type Config } from '../../server/src/config.js';
import type { DB } from '../../server/src/platform/db/schema.js';
import type { Database } from '../../server/src/platform/db/engine.js';
import { parseKeyring } from '../../server/src/platform/pii/index.js';
import { openTestDatabase } from './test-database.js';
import { loadActor } from '../../server/src/platform/authz/actor.js';
import type { Permission } from '../../server/src/platform/authz/permissions.js';
import { Scope, systemContext, userContext, type Context } from '../../server/src/platform/context/context.js';
import { DEMO_PASSWORD, TEST_ADMIN_PASSWORD } from './constants.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type Client = {
  username: string;
  userId: number;
  csrfToken: string;
  cookie: string;
  request(method: Method, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
};

export type TestApp = {
  app: FastifyInstance;
  db: Kysely<DB>;
  database: Database;
  /** Log in through the API, as a browser would; demo users share DEMO_PASSWORD. */
  login(username: string, password?: string): Promise<Client>;
  /** The id of an org unit by its code (HO, GD, GZ, GZ01, …). */
  orgId(code: string): Promise<number>;
  userId(username: string): Promise<number>;
  /**
   * The use-case context a route would build for this user and permission (issue 10, item 1),
   * or the system's context (every org unit) without a user: call use cases as the CLI and jobs do.
   */
  context(username?: string, permission?: Permission): Promise<Context>;
  /** Puts content into this app's document store (a private directory) and returns its checksum. */
  storeBlob(content: Buffer): Promise<string>;
  /** This app's document store directory. */
  documentsDir: string;
  close(): Promise<void>;
};

/** The real app on a private copy of the seeded test database (PGlite or PostgreSQL per project). */
export async function createTestApp(opts: { modules?: readonly AnxinModule[]; config?: Partial<Config> } = {}): Promise<TestApp> {
  const snapshot = inject('snapshot');
  const { database, dropDatabase } = await openTestDatabase(snapshot);
  const keyring = parseKeyring({ json: snapshot.keys, source: 'test snapshot' });
  const documentsDir = mkdtempSync(path.join(os.tmpdir(), 'anxin-test-documents-'));
  const config = { ...readConfig({ NODE_ENV: 'test' }), logLevel: 'silent', documentsDir, ...opts.config };
  const app = await buildApp({ database, config, keyring, logger: false, ...(opts.modules && { modules: opts.modules }) });
  await app.ready();
  const db = database.db;

  const login = async (username: string, password?: string): Promise<Client> => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: password ?? (username === 'admin' ? TEST_ADMIN_PASSWORD : DEMO_PASSWORD) },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const session = res.cookies.find((c) => c.name === 'anxin_session');
    const me = res.json() as { csrfToken: string; user: { id: number } };
    const cookie = `anxin_session=${session!.value}`;
    const request = (method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.inject({
        method,
        url,
        headers: { cookie, 'x-csrf-token': me.csrfToken, ...headers },
        ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      });
    return {
      username,
      userId: me.user.id,
      csrfToken: me.csrfToken,
      cookie,
      request,
      get: (url, headers) => request('GET', url, undefined, headers),
      post: (url, body) => request('POST', url, body ?? {}),
      patch: (url, body) => request('PATCH', url, body ?? {}),
      put: (url, body) => request('PUT', url, body ?? {}),
    };
  };

  return {
    app,
    db,
    database,
    login,
    orgId: async (code) => (await db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id,
    userId: async (username) =>
      (await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id,
    async context(username, permission) {
      const base = { ...app.services, db, keyring };
      if (!username) return systemContext(base, { requestId: 'test' });
      const user = await db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
      const actor = await loadActor(db, user);
      return userContext(base, actor, { scope: permission ? actor.scopeFor(permission) : Scope.empty, requestId: 'test' });
    },
    documentsDir,
    async storeBlob(content) {
      const blob = await app.services.documents.store.put(Readable.from([content], { objectMode: false }), { maxBytes: content.length + 1, inspect: async () => null });
      return blob.sha256;
    },
    async close() {
      await app.close();
      await dropDatabase();
      rmSync(documentsDir, { recursive: true, force: true });
    },
  };
}
