import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { burnVerifyTime, verifyPassword } from './passwords.js';
import { createSession } from './sessions.js';
import { clearLoginFailures, lockedUntil, recordLoginFailure, throttleKey } from './login-throttle.js';
import { findHeadOfficeId } from '../authz/head-office.js';

export { LOGIN_POLICY } from './login-throttle.js';

export type LoginInput = {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
};

export type LoginResult = { userId: number; token: string; csrfToken: string; expiresAt: Date };

/**
 * A known and an unknown username answer alike until the right password is given: the same
 * status at the same failure count, the same body, one argon2 verification each (per-IP limits
 * sit on the route).
 */
export async function login(db: Kysely<DB>, input: LoginInput): Promise<LoginResult> {
  const key = throttleKey(input.username);
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'org_unit_id', 'password_hash', 'status'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', key))
    .executeTakeFirst();
  // A name no user has is filed under the head office, whose auditors see attempts on it
  // (looked up for every name: the same queries whether the name is known or not).
  const headOffice = await findHeadOfficeId(db);
  const orgUnitId = user?.org_unit_id ?? headOffice;
  // Every outcome is an audit entry, successful or not.
  const audit = (trx: Transaction<DB>, action: string, after: Record<string, unknown>) =>
    recordAudit(trx, {
      actor: user ? { userId: user.id, username: user.username } : null,
      requestId: input.requestId,
      action,
      entityType: 'user',
      entityId: user?.id ?? null,
      orgUnitId,
      after: { ...(user ? {} : { username: input.username.slice(0, 100), reason: 'unknown_user' }), ...after, ip: input.ip },
    });

  const now = new Date();
  const locked = await lockedUntil(db, key, now);
  if (locked) {
    // Attempts during a lockout are refused without checking the password, but still recorded.
    await db.transaction().execute((trx) => audit(trx, 'auth.login_refused_locked', { lockedUntil: locked }));
    throw lockedError(locked);
  }

  const valid = user ? await verifyPassword(user.password_hash, input.password) : await burnVerifyTime(input.password);
  if (!user || !valid) {
    const failure = await db.transaction().execute(async (trx) => {
      const counted = await recordLoginFailure(trx, key, now);
      await audit(trx, counted.lockedUntil ? 'auth.account_locked' : 'auth.login_failed', counted);
      return counted;
    });
    if (failure.lockedUntil) throw lockedError(failure.lockedUntil);
    throw new AppError(401, 'INVALID_CREDENTIALS');
  }
  const known = user; // narrowed, for the closure below
  if (user.status !== 'active') {
    await db.transaction().execute((trx) => audit(trx, 'auth.login_failed', { reason: 'disabled' }));
    throw new AppError(403, 'ACCOUNT_DISABLED');
  }
  return db.transaction().execute(async (trx) => {
    await clearLoginFailures(trx, key);
    await trx.updateTable('app_user').set({ last_login_at: now }).where('id', '=', known.id).execute();
    const session = await createSession(trx, { userId: known.id, ip: input.ip, userAgent: input.userAgent });
    await audit(trx, 'auth.login', {});
    return { userId: known.id, ...session };
  });
}

function lockedError(until: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError(423, 'ACCOUNT_LOCKED', {
    params: { until: { 'zh-CN': `${formatShanghaiTime(until)}（北京时间）`, en: `${formatShanghaiTime(until)} Beijing time` } },
    details: { lockedUntil: until.toISOString() },
    headers: { 'retry-after': String(retryAfter) },
  });
}

/** Clerks read times in Beijing time. */
export function formatShanghaiTime(date: Date): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(date);
}
