// The screens benchmark's raw-SQL baseline is the SQL the app itself runs: the real app is built
// in this process over a query-capturing database handle, each screen is requested once for each
// user (after a first request that fills the app's caches), and the statements of that request are kept (session lookup, scope, page, names, count).
// A user whose answer is 403 does not use that screen and is left out of it.
import type { CompiledQuery } from 'kysely';
import { buildApp } from '../server/src/app.js';
import type { Config } from '../server/src/config.js';
import type { Database } from '../server/src/platform/db/engine.js';
import type { Keyring } from '../server/src/platform/pii/index.js';
import { SESSION_COOKIE } from '../server/src/platform/auth/sessions.js';
import { DEMO_PASSWORD } from '../server/src/modules/demo/seed-demo.js';

export type Screen = { id: string; path: string };
export type Captured = {
  /** `${screen}/${user}` → the statements that request ran, in order. */
  statements: Record<string, Pick<CompiledQuery, 'sql' | 'parameters'>[]>;
  /** Screen → the users it answered 200 for. */
  users: Record<string, string[]>;
};

export async function captureScreens(database: Database, config: Config, keyring: Keyring, screens: Screen[], users: string[]): Promise<Captured> {
  let sink: CompiledQuery[] | undefined;
  // Every statement the app executes, as the driver gets it (raw ones such as EXPLAIN included,
  // a query only compiled left out): the executor's executeQuery, patched on its prototype so the
  // executors of transactions record too. Restored when the capture ends.
  const executor = Object.getPrototypeOf(database.db.getExecutor()) as { executeQuery(q: CompiledQuery, ...rest: unknown[]): Promise<unknown> };
  const original = executor.executeQuery;
  executor.executeQuery = function (this: unknown, query: CompiledQuery, ...rest: unknown[]) {
    sink?.push(query);
    return original.call(this, query, ...rest);
  };
  const app = await buildApp({ database, config, keyring, logger: false }).catch((err: unknown) => {
    executor.executeQuery = original;
    throw err;
  });
  const captured: Captured = { statements: {}, users: {} };
  try {
    const cookies = new Map<string, string>();
    for (const user of users) cookies.set(user, await logIn(app, user));
    for (const screen of screens) {
      captured.users[screen.id] = [];
      for (const user of users) {
        // The first request fills the app's caches (the working-day calendar, rules): what a
        // screen costs all day long is the second one, so that is the one kept.
        await app.inject({ method: 'GET', url: screen.path, headers: { cookie: cookies.get(user)! } });
        sink = [];
        const res = await app.inject({ method: 'GET', url: screen.path, headers: { cookie: cookies.get(user)! } });
        const statements = sink;
        sink = undefined;
        if (res.statusCode === 403) continue;
        if (res.statusCode !== 200) throw new Error(`${screen.id} as ${user}: ${res.statusCode} ${res.body.slice(0, 300)}`);
        captured.statements[`${screen.id}/${user}`] = statements.map((s) => ({ sql: s.sql, parameters: s.parameters }));
        captured.users[screen.id]!.push(user);
      }
      if (!captured.users[screen.id]!.length) throw new Error(`no user of the benchmark may open ${screen.id}`);
    }
  } finally {
    executor.executeQuery = original;
    await app.close();
  }
  return captured;
}

async function logIn(app: Awaited<ReturnType<typeof buildApp>>, username: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login as ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('login set no session cookie');
  return `${SESSION_COOKIE}=${cookie.value}`;
}

/** Log in over HTTP (a child server): the session cookie. */
export async function logInOver(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const session = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error('login set no session cookie');
  return session.split(';')[0]!;
}
