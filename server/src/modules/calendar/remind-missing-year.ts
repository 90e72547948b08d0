import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { enqueueNotifications } from '../notifications/enqueue-notification.js';
import { findHeadOfficeId } from '../../platform/authz/head-office.js';
import { todayInShanghai } from './dates.js';

/**
 * The State Council publishes next year's holiday schedule around November. From October,
 * head-office administrators are reminded (once per year each) to enter it; until they do,
 * every due date in that year is provisional. Returns how many reminders were created.
 */
export async function remindMissingCalendarYear(db: Kysely<DB>, now = new Date()): Promise<number> {
  const today = todayInShanghai(now);
  const year = Number(today.slice(0, 4));
  const missing = [year, year + 1].filter((y) => y === year || Number(today.slice(5, 7)) >= 10);
  const official = new Set(
    (await db.selectFrom('calendar_year').select('year').where('year', 'in', missing).execute()).map((r) => r.year),
  );
  const toEnter = missing.filter((y) => !official.has(y));
  if (!toEnter.length) return 0;
  const headOffice = await findHeadOfficeId(db);
  const admins = await db
    .selectFrom('role_assignment as ra')
    .innerJoin('app_user as u', 'u.id', 'ra.user_id')
    .select('u.id')
    .distinct()
    .where('ra.role', '=', 'admin')
    .where('ra.org_unit_id', '=', headOffice)
    .where('u.status', '=', 'active')
    .execute();
  const created = await enqueueNotifications(
    db,
    toEnter.flatMap((y) =>
      admins.map((a) => ({
        dedupeKey: `calendar:missing:${y}:user:${a.id}`,
        recipientId: a.id,
        kind: 'system.message' as const,
        params: {
          title: { zh: `请录入 ${y} 年法定节假日安排`, en: `Enter the ${y} public holiday schedule` },
          body: {
            zh: `${y} 年的放假与调休安排尚未录入。在录入前，涉及 ${y} 年的时限按法定节日推算并标注为“暂定”。请在国务院办公厅发布通知后，于“工作日历”中录入。`,
            en: `The ${y} holidays and make-up working days are not entered yet. Until they are, deadlines in ${y} are computed from the statutory holidays and marked provisional. Enter them under Working-day calendar once the State Council publishes its notice.`,
          },
        },
        entityType: 'calendar_year',
        entityId: y,
        orgUnitId: headOffice,
      })),
    ),
  );
  return created.length;
}
