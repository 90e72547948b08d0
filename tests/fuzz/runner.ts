import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../helpers/test-app.js';
import { errorShapeProblems } from './error-shape.js';
import type { FuzzRequest } from './generator.js';
import { isUnsafe } from './openapi.js';
import { countChanges, rowCounter, type RowCounts } from './row-counts.js';
import { watchFuzzActor } from './fuzz-actor.js';

export type Check = '5xx' | 'dropped' | 'error-shape' | 'rows-changed' | 'actor-changed' | 'session-lost' | 'timeout' | 'expectation';
export type Failure = { check: Check; detail: string; request: FuzzRequest; status?: number; body?: string };

export type Fuzzer = {
  /** Sends one request as its `auth` says, checks the answer, records failures; undefined once stopped. */
  send(req: FuzzRequest): Promise<LightMyRequestResponse | undefined>;
  fail(check: Check, detail: string, req: FuzzRequest, res?: LightMyRequestResponse): void;
  failures: Failure[];
  sent: number;
  /** Why the run stopped early (a request that hung leaves the app unusable). */
  stopped?: string;
  actor: { userId: number; orgUnitId: number };
};

/** Refusals that write by design: a failed login is recorded in the audit trail (R-SE-2) and counted for the lockout. */
const WRITES_WHEN_REFUSED: Record<string, readonly string[]> = { 'POST /api/v1/auth/login': ['audit_log', 'login_throttle'] };
/** Far beyond any answer of this app; a request that takes longer is hanging. */
const REQUEST_TIMEOUT_MS = 20_000;
/** Putting the fuzzing user back works around one bug; past this many, something keeps breaking it. */
const MAX_RECOVERIES = 5;

export async function createFuzzer(t: TestApp, username: string): Promise<Fuzzer> {
  let client = await t.login(username);
  const me = (await client.get('/api/v1/auth/me')).json() as { orgUnit: { id: number } };
  const countRows = await rowCounter(t.db);
  let counts: RowCounts | undefined; // the counts as they are now, until something may have written
  let lastWrite = '(none)';
  let recoveries = 0;
  const actor = await watchFuzzActor(t.db, client.userId);

  const fuzzer: Fuzzer = { send, fail, failures: [], sent: 0, actor: { userId: client.userId, orgUnitId: me.orgUnit.id } };

  function fail(check: Check, detail: string, request: FuzzRequest, res?: LightMyRequestResponse) {
    fuzzer.failures.push({ check, detail, request, status: res?.statusCode, body: res?.body.slice(0, 2000) });
  }

  async function send(req: FuzzRequest): Promise<LightMyRequestResponse | undefined> {
    if (fuzzer.stopped) return undefined;
    const unsafe = isUnsafe(req.method);
    if (unsafe && !counts) counts = await countRows();
    const headers = { ...req.headers };
    if (req.auth !== 'anonymous') headers.cookie = client.cookie;
    if (req.auth === 'user') headers['x-csrf-token'] = client.csrfToken;
    if (req.auth === 'bad-csrf') headers['x-csrf-token'] = '0'.repeat(client.csrfToken.length);

    let res: LightMyRequestResponse | undefined;
    try {
      res = await withTimeout(t.app.inject({ method: req.method, url: req.url, headers, ...(req.payload === undefined ? {} : { payload: req.payload }) }));
    } catch (err) {
      // The server dropped the request without an answer (a browser would see a network error).
      fuzzer.sent++;
      counts = undefined;
      fail('dropped', `no answer: ${(err as Error).message}`, req);
      return undefined;
    }
    fuzzer.sent++;
    if (!res) {
      fail('timeout', `no answer within ${REQUEST_TIMEOUT_MS / 1000} s; the run stops here`, req);
      fuzzer.stopped = `request #${req.index} hung`;
      return undefined;
    }
    if (res.statusCode >= 500) fail('5xx', `answered ${res.statusCode}`, req, res);
    const shape = errorShapeProblems(res);
    if (shape.length) fail('error-shape', shape.join('; '), req, res);

    if (unsafe && res.statusCode >= 400) {
      const after = await countRows();
      const changed = countChanges(counts!, after, WRITES_WHEN_REFUSED[req.op]);
      if (changed.length) fail('rows-changed', `refused with ${res.statusCode}, yet ${changed.join(', ')}`, req, res);
      counts = after;
    } else if (res.statusCode < 400) {
      counts = undefined; // a GET may write too (exports are audited)
      if (unsafe) {
        lastWrite = `#${req.index} ${req.method} ${req.url.slice(0, 120)} (${req.label})`;
        const changed = await actor.changes();
        if (changed.length) {
          fail('actor-changed', `changed the fuzzing user (${changed.join(', ')}), whom the request did not name`, req, res);
          await recover();
        }
      }
    }
    if (req.auth !== 'anonymous' && res.statusCode === 401 && codeOf(res) === 'UNAUTHENTICATED') {
      fail('session-lost', `the fuzzing session ended; the last successful write was ${lastWrite}`, req, res);
      await recover();
    }
    return res;
  }

  /** Puts the fuzzing user back as it was and logs in again, so one bug does not end the run. */
  async function recover() {
    counts = undefined;
    if (++recoveries > MAX_RECOVERIES) {
      fuzzer.stopped = `the fuzzing user was broken ${MAX_RECOVERIES} times; the last successful write was ${lastWrite}`;
      return;
    }
    await actor.restore();
    try {
      client = await t.login(username);
    } catch (err) {
      fuzzer.stopped = `the fuzzing user can no longer log in (${(err as Error).message.slice(0, 200)}); the last successful write was ${lastWrite}`;
    }
  }

  return fuzzer;
}

async function withTimeout<T>(promise: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), REQUEST_TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function codeOf(res: LightMyRequestResponse): unknown {
  try {
    return (res.json() as { error?: { code?: unknown } }).error?.code;
  } catch {
    return undefined;
  }
}
