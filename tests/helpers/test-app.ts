import { inject } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../../server/src/app.js';
import { readConfig } from '../../server/src/config.js';
import type { DB } from '../../server/src/platform/db/schema.js';
import type { Database } from '../../server/src/platform/db/engine.js';
import { parseKeyring } from '../../server/src/platform/pii/index.js';
import { openTestDatabase } from './test-database.js';
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
  close(): Promise<void>;
};

/** The real app on a private copy of the seeded test database (PGlite or PostgreSQL per project). */
export async function createTestApp(): Promise<TestApp> {
  const snapshot = inject('snapshot');
  const { database, dropDatabase } = await openTestDatabase(snapshot);
  const keyring = parseKeyring({ json: snapshot.keys, source: 'test snapshot' });
  const config = { ...readConfig({ NODE_ENV: 'test' }), logLevel: 'silent' };
  const app = await buildApp({ database, config, keyring, logger: false });
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
    async close() {
      await app.close();
      await dropDatabase();
    },
  };
}
