import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { burnVerifyTime, verifyPassword } from './passwords.js';
import { createSession } from './sessions.js';
import { findHeadOfficeId } from '../../modules/org/find-org-units.js';

/** Repeated failures lock the account for a while (per account; per-IP limits sit on the route). */
export const LOGIN_POLICY = { maxFailures: 5, lockMinutes: 15 } as const;

export type LoginInput = {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
};

export type LoginResult = { userId: number; token: string; csrfToken: string; expiresAt: Date };

type LoginUser = { id: number; username: string; org_unit_id: number };

export async function login(db: Kysely<DB>, input: LoginInput): Promise<LoginResult> {
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'org_unit_id', 'password_hash', 'status', 'failed_login_count', 'locked_until'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', input.username.trim().toLowerCase()))
    .executeTakeFirst();
  // Every outcome is an audit entry, successful or not.
  const audit = (trx: Transaction<DB>, action: string, who: LoginUser | null, orgUnitId: number | null, after: Record<string, unknown>) =>
    recordAudit(trx, {
      actor: who ? { userId: who.id, username: who.username } : null,
      requestId: input.requestId,
      action,
      entityType: 'user',
      entityId: who?.id ?? null,
      orgUnitId,
      after: { ...after, ip: input.ip },
    });

  if (!user) {
    await burnVerifyTime(input.password);
    // Belongs to no user's unit: filed under the head office, whose auditors see it.
    const headOffice = await findHeadOfficeId(db);
    await db.transaction().execute((trx) =>
      audit(trx, 'auth.login_failed', null, headOffice, { username: input.username.slice(0, 100), reason: 'unknown_user' }),
    );
    throw new AppError(401, 'INVALID_CREDENTIALS');
  }
  const now = new Date();
  if (user.locked_until && user.locked_until > now) {
    // Attempts during a lockout are refused without checking the password, but still recorded.
    await db.transaction().execute((trx) => audit(trx, 'auth.login_refused_locked', user, user.org_unit_id, { lockedUntil: user.locked_until }));
    throw lockedError(user.locked_until);
  }

  if (!(await verifyPassword(user.password_hash, input.password))) {
    const failures = user.failed_login_count + 1;
    const lockedUntil = failures >= LOGIN_POLICY.maxFailures ? new Date(now.getTime() + LOGIN_POLICY.lockMinutes * 60_000) : null;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('app_user')
        .set({ failed_login_count: lockedUntil ? 0 : failures, locked_until: lockedUntil })
        .where('id', '=', user.id)
        .execute();
      await audit(trx, lockedUntil ? 'auth.account_locked' : 'auth.login_failed', user, user.org_unit_id, { failures, lockedUntil });
    });
    if (lockedUntil) throw lockedError(lockedUntil);
    throw new AppError(401, 'INVALID_CREDENTIALS');
  }
  if (user.status !== 'active') {
    await db.transaction().execute((trx) => audit(trx, 'auth.login_failed', user, user.org_unit_id, { reason: 'disabled' }));
    throw new AppError(403, 'ACCOUNT_DISABLED');
  }
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ failed_login_count: 0, locked_until: null, last_login_at: now })
      .where('id', '=', user.id)
      .execute();
    const session = await createSession(trx, { userId: user.id, ip: input.ip, userAgent: input.userAgent });
    await audit(trx, 'auth.login', user, user.org_unit_id, {});
    return { userId: user.id, ...session };
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
