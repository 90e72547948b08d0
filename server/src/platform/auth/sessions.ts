import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

export const SESSION_COOKIE = 'anxin_session';
export const CSRF_HEADER = 'x-csrf-token';

/** Session lifetime: a working day, renewed while in use; idle sessions end sooner. */
export const SESSION_POLICY = { absoluteHours: 12, idleMinutes: 120, touchEveryMinutes: 5 } as const;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  trx: Transaction<DB> | Kysely<DB>,
  { userId, ip, userAgent }: { userId: number; ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_POLICY.absoluteHours * 3600_000);
  await trx
    .insertInto('user_session')
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      last_seen_at: new Date(),
      expires_at: expiresAt,
      ip,
      user_agent: userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

export type SessionWithUser = {
  id_hash: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  user_id: number;
  username: string;
  display_name: string;
  org_unit_id: number;
  must_change_password: boolean;
};

/** The live session for a cookie value, with its active user; expired or idle sessions are gone. */
export async function findSession(db: Kysely<DB>, token: string): Promise<SessionWithUser | undefined> {
  const now = new Date();
  const idleCutoff = new Date(now.getTime() - SESSION_POLICY.idleMinutes * 60_000);
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select([
      's.id_hash', 's.csrf_token', 's.last_seen_at', 's.expires_at', 'u.id as user_id', 'u.username', 'u.display_name',
      'u.org_unit_id', 'u.must_change_password',
    ])
    .where('s.id_hash', '=', hashToken(token))
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', idleCutoff)
    .where('u.status', '=', 'active')
    .executeTakeFirst();
  if (row && now.getTime() - row.last_seen_at.getTime() > SESSION_POLICY.touchEveryMinutes * 60_000) {
    // Renew the idle timer at most every few minutes, not on every request.
    await db.updateTable('user_session').set({ last_seen_at: now }).where('id_hash', '=', row.id_hash).execute();
  }
  return row;
}

export async function deleteSession(trx: Transaction<DB> | Kysely<DB>, token: string): Promise<void> {
  await trx.deleteFrom('user_session').where('id_hash', '=', hashToken(token)).execute();
}

/** End every session of a user (password change, reset, disable), optionally keeping the current one. */
export async function deleteUserSessions(
  trx: Transaction<DB> | Kysely<DB>,
  userId: number,
  keepToken?: string,
): Promise<void> {
  let query = trx.deleteFrom('user_session').where('user_id', '=', userId);
  if (keepToken) query = query.where('id_hash', '!=', hashToken(keepToken));
  await query.execute();
}

export async function csrfTokenOf(db: Kysely<DB>, token: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('user_session')
    .select('csrf_token')
    .where('id_hash', '=', hashToken(token))
    .executeTakeFirst();
  return row?.csrf_token;
}
