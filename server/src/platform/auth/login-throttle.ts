import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * Repeated failures lock a username for a while. Counted per normalised username, whether a user
 * has it or not, so a lockout answers alike for both and tells nothing about which names exist.
 * A failure more than `windowMinutes` after the one before starts the count again.
 */
export const LOGIN_POLICY = { maxFailures: 5, lockMinutes: 15, windowMinutes: 15 } as const;

/** The name as login looks it up (usernames are unique case-insensitively). */
export const throttleKey = (username: string) => username.trim().toLowerCase();

/** The end of a lock running at `now` on this name, or null. */
export async function lockedUntil(db: Kysely<DB> | Transaction<DB>, key: string, now: Date): Promise<Date | null> {
  const row = await db
    .selectFrom('login_throttle')
    .select('locked_until')
    .where('username_key', '=', key)
    .where('locked_until', '>', now)
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

/**
 * Count one failure (atomically: concurrent attempts each count) and lock the name at the limit;
 * the count starts again after the lock. Rows that mean nothing any more are pruned on the way,
 * so names that were only guessed do not pile up.
 */
export async function recordLoginFailure(trx: Transaction<DB>, key: string, now: Date): Promise<{ failures: number; lockedUntil: Date | null }> {
  const window = new Date(now.getTime() + LOGIN_POLICY.windowMinutes * 60_000);
  // A lock set by a concurrent attempt since this one checked stays as it is.
  const locked = sql<boolean>`login_throttle.locked_until > ${now}`;
  const row = await trx
    .insertInto('login_throttle')
    .values({ username_key: key, failures: 1, locked_until: null, expires_at: window })
    .onConflict((oc) =>
      oc.column('username_key').doUpdateSet({
        failures: sql<number>`case when ${locked} then 0 when login_throttle.expires_at <= ${now} then 1 else login_throttle.failures + 1 end`,
        locked_until: sql<Date | null>`case when ${locked} then login_throttle.locked_until end`,
        expires_at: sql<Date>`case when ${locked} then login_throttle.expires_at else ${window} end`,
      }),
    )
    .returning(['failures', 'locked_until'])
    .executeTakeFirstOrThrow();
  let until = row.locked_until;
  if (until === null && row.failures >= LOGIN_POLICY.maxFailures) {
    until = new Date(now.getTime() + LOGIN_POLICY.lockMinutes * 60_000);
    await trx.updateTable('login_throttle').set({ failures: 0, locked_until: until, expires_at: until }).where('username_key', '=', key).execute();
  }
  await trx.deleteFrom('login_throttle').where('expires_at', '<=', now).execute();
  return { failures: row.failures, lockedUntil: until };
}

/** A successful login, an unlock or a new password: the name starts afresh. */
export async function clearLoginFailures(db: Kysely<DB> | Transaction<DB>, username: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username_key', '=', throttleKey(username)).execute();
}
