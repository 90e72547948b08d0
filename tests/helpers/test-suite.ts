import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type Client, type TestApp } from './test-app.js';

type Options = NonNullable<Parameters<typeof createTestApp>[0]>;

/**
 * An integration suite's usual set-up in one call, inside its `describe`: the real app on a
 * private database before the suite's tests (createTestApp), logged in as `login` when one is
 * named, and closed after them.
 *
 *     const { t, user: admin } = useTestApp({ login: 'admin' });
 *
 * `t` and `user` are made in beforeAll: what is returned stands in for them, so they are used
 * as they are inside hooks and tests (`t.db`, `admin.post(…)`), not in the describe body itself.
 * A suite's own beforeAll, declared after this call, runs after it (hooks run in order).
 */
export function useTestApp(opts?: Options): { t: TestApp };
export function useTestApp(opts: Options & { login: string }): { t: TestApp; user: Client };
export function useTestApp({ login, ...opts }: Options & { login?: string } = {}): { t: TestApp; user?: Client } {
  const t = madeLater<TestApp>('the test app');
  const user = login === undefined ? undefined : madeLater<Client>(`the login of ${login}`);
  beforeAll(async () => {
    const app = t.set(await createTestApp(opts));
    if (user) user.set(await app.login(login!));
  });
  afterAll(() => t.value?.close());
  return { t: t.standIn, ...(user && { user: user.standIn }) };
}

/** A stand-in for an object made in a hook: every read goes to the object once it is made. */
function madeLater<T extends object>(what: string) {
  let value: T | undefined;
  const made = (): T => {
    if (value === undefined) throw new Error(`${what} is made in beforeAll: use it in a hook or a test, not in the describe body`);
    return value;
  };
  const standIn = new Proxy({} as T, {
    get: (_, key) => (key === 'then' && value === undefined ? undefined : Reflect.get(made(), key)),
    set: (_, key, v) => Reflect.set(made(), key, v),
    has: (_, key) => Reflect.has(made(), key),
    ownKeys: () => Reflect.ownKeys(made()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(made(), key),
  });
  return {
    standIn,
    get value() {
      return value;
    },
    set(made: T): T {
      return (value = made);
    },
  };
}
