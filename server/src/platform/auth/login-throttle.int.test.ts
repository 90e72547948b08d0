import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.js';
import { DEMO_PASSWORD } from '../../../../tests/helpers/constants.js';

type Answer = { status: number; shape: unknown; code: string; message: string; retryAfter: boolean };

/** The structure of a JSON body: its keys and the types of their values, recursively. */
const shapeOf = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(shapeOf)
    : v !== null && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, shapeOf((v as Record<string, unknown>)[k])]))
      : v === null ? 'null' : typeof v;

// The lockout says nothing about whether a username exists (issue 9, item 2).
describe('login lockout for known and unknown usernames', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  // Each test from its own address: the per-address rate limit of the login route is not what is tested here.
  let address = 0;
  beforeEach(() => {
    address++;
  });

  const attempt = async (username: string, password: string): Promise<Answer> => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: `10.0.0.${address}`, payload: { username, password } });
    const error = res.json().error;
    return { status: res.statusCode, shape: shapeOf(res.json()), code: error.code, message: error.message, retryAfter: res.headers['retry-after'] !== undefined };
  };
  const sixFailures = async (username: string) => {
    const answers: Answer[] = [];
    for (let i = 1; i <= 6; i++) answers.push(await attempt(username, `wrong-guess-${i}`));
    return answers;
  };
  const throttleOf = (key: string) => t.db.selectFrom('login_throttle').selectAll().where('username_key', '=', key).executeTakeFirst();

  it('a real account and a name nobody has answer alike over six wrong passwords: 401 four times, then 423 with the unlock time', async () => {
    const known = await sixFailures('gz01.clerk');
    const unknown = await sixFailures('gz01.clark');
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423]);
    expect(unknown.map((a) => a.status)).toEqual(known.map((a) => a.status));
    expect(unknown.map((a) => a.code)).toEqual(known.map((a) => a.code));
    expect(unknown.map((a) => a.shape)).toEqual(known.map((a) => a.shape));
    expect(unknown.map((a) => a.retryAfter)).toEqual([false, false, false, false, true, true]);
    expect(known.map((a) => a.retryAfter)).toEqual(unknown.map((a) => a.retryAfter));
    expect(unknown.slice(0, 4).map((a) => a.message)).toEqual(known.slice(0, 4).map((a) => a.message));
    expect(known[4]!.shape).toMatchObject({ error: { lockedUntil: 'string' } });

    // Both names are locked until a quarter of an hour from now.
    const [k, u] = [await throttleOf('gz01.clerk'), await throttleOf('gz01.clark')];
    for (const row of [k, u]) expect(row!.locked_until!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    // The right password of the real account is refused during the lock as well.
    expect((await attempt('gz01.clerk', DEMO_PASSWORD)).status).toBe(423);
  });

  it('an unknown name is counted whatever its case or surrounding spaces, as a real username is', async () => {
    const answers = [];
    for (const name of ['Nobody.Here', 'nobody.here ', ' NOBODY.HERE', 'nobody.here', 'nobody.HERE']) answers.push((await attempt(name, 'wrong-guess-0')).status);
    expect(answers).toEqual([401, 401, 401, 401, 423]);
    const lockEntry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.account_locked').where('actor_id', 'is', null)
      .orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(lockEntry).toMatchObject({ org_unit_id: await t.orgId('HO'), after: expect.objectContaining({ username: 'nobody.HERE', reason: 'unknown_user' }) });
  });

  it('after a quiet quarter hour the count starts again, for a real account and an unknown name alike', async () => {
    for (const name of ['gz02.clerk', 'gz02.clark']) {
      for (let i = 0; i < 4; i++) expect((await attempt(name, 'wrong-guess-0')).status).toBe(401);
    }
    // Sixteen minutes pass.
    await t.db.updateTable('login_throttle').set({ expires_at: new Date(Date.now() - 60_000) }).where('username_key', 'in', ['gz02.clerk', 'gz02.clark']).execute();
    for (const name of ['gz02.clerk', 'gz02.clark']) {
      expect((await attempt(name, 'wrong-guess-0')).status).toBe(401);
      expect(await throttleOf(name)).toMatchObject({ failures: 1, locked_until: null });
    }
    expect((await t.login('gz02.clerk')).userId).toBe(await t.userId('gz02.clerk'));
    expect(await throttleOf('gz02.clerk')).toBeUndefined();
  });

  it('guessed names do not pile up: rows whose time has passed are removed at the next failure', async () => {
    const guesses = Array.from({ length: 50 }, (_, i) => ({
      username_key: `guess.${i}`, failures: 4, locked_until: null, expires_at: new Date(Date.now() - 1000),
    }));
    await t.db.insertInto('login_throttle').values(guesses).execute();
    await t.db.insertInto('login_throttle').values({ username_key: 'guess.locked', failures: 0, locked_until: new Date(Date.now() - 1000), expires_at: new Date(Date.now() - 1000) }).execute();
    expect((await attempt('one.more.guess', 'wrong-guess-0')).status).toBe(401);
    const left = await t.db.selectFrom('login_throttle').select('username_key').where('username_key', 'like', 'guess.%').execute();
    expect(left).toEqual([]);
    expect(await throttleOf('one.more.guess')).toMatchObject({ failures: 1 });
  });
});
