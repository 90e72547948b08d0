import type { Kysely } from 'kysely';
import type { DB } from './db/schema.js';
import { recordAudit } from './audit/record-audit.js';
import { generatePassword, hashPassword, passwordProblems } from './auth/passwords.js';

export const HEAD_OFFICE = { code: 'HO', name: '总公司', nameEn: 'Head Office' } as const;

export type AdminBootstrap =
  | { created: false }
  | { created: true; password: string; generated: boolean };

/**
 * First start: the head office and the `admin` user. The password comes from
 * ANXIN_ADMIN_PASSWORD, or is generated and returned once to be printed.
 */
export async function ensureAdmin(db: Kysely<DB>, adminPassword: string | undefined): Promise<AdminBootstrap> {
  const existing = await db.selectFrom('app_user').select('id').where('username', '=', 'admin').executeTakeFirst();
  if (existing) return { created: false };
  if (adminPassword) {
    const problems = passwordProblems(adminPassword, 'admin', 'ANXIN_ADMIN_PASSWORD');
    if (problems.length) {
      throw new Error('ANXIN_ADMIN_PASSWORD is too weak: at least 10 characters with letters and digits, not containing "admin"');
    }
  }
  const password = adminPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    let ho = await trx.selectFrom('org_unit').select('id').where('level', '=', 'head_office').executeTakeFirst();
    ho ??= await trx
      .insertInto('org_unit')
      .values({ code: HEAD_OFFICE.code, name: HEAD_OFFICE.name, name_en: HEAD_OFFICE.nameEn, level: 'head_office', path: `/${HEAD_OFFICE.code}/` })
      .returning('id')
      .executeTakeFirstOrThrow();
    const admin = await trx
      .insertInto('app_user')
      .values({ username: 'admin', display_name: '系统管理员', org_unit_id: ho.id, password_hash: passwordHash, must_change_password: !adminPassword })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('role_assignment').values({ user_id: admin.id, role: 'admin', org_unit_id: ho.id }).execute();
    await recordAudit(trx, {
      actor: null, requestId: null, action: 'system.bootstrap_admin', entityType: 'user', entityId: admin.id, orgUnitId: ho.id,
      after: { username: 'admin', passwordSource: adminPassword ? 'ANXIN_ADMIN_PASSWORD' : 'generated' },
    });
  });
  return { created: true, password, generated: !adminPassword };
}
