import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { headOfficeOnly, invalid, versionConflict, type FieldProblem } from '../../platform/http/errors.js';
import { CalendarService } from './calendar-service.js';
import { findHeadOfficeId } from '../../platform/authz/head-office.js';
import { toDayNumber, weekday } from './dates.js';
import type { SaveYearBody } from './calendar.types.js';

/**
 * Enter or correct a year's national schedule as published by the State Council. The year
 * then counts as official: results touching it are no longer provisional.
 */
export async function saveYearSchedule(ctx: Context, year: number, input: SaveYearBody) {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  input.days.forEach((day, i) => {
    if (!day.date.startsWith(`${year}-`)) problems.push({ path: `days.${i}.date`, reason: 'dateOutsideYear', params: { year } });
    if (seen.has(day.date)) problems.push({ path: `days.${i}.date`, reason: 'duplicateDate' });
    seen.add(day.date);
    const wd = weekday(toDayNumber(day.date));
    if (day.workingDay && wd !== 0 && wd !== 6) problems.push({ path: `days.${i}.workingDay`, reason: 'makeupNotWeekend' });
  });
  if (problems.length) throw invalid(...problems);

  const saved = await inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    // The national schedule is the head office's: calendar.manage must reach the root unit.
    if (!tx.scope.includes(await findHeadOfficeId(trx))) throw headOfficeOnly();
    const existing = await trx.selectFrom('calendar_year').selectAll().where('year', '=', year).executeTakeFirst();
    if (existing && input.version !== existing.version) throw versionConflict({ year, version: existing.version });
    const beforeDays = await trx
      .selectFrom('calendar_day')
      .select(['date', 'working_day', 'name_zh'])
      .where('org_unit_id', 'is', null)
      .where('date', '>=', `${year}-01-01`)
      .where('date', '<=', `${year}-12-31`)
      .orderBy('date')
      .execute();
    await trx
      .deleteFrom('calendar_day')
      .where('org_unit_id', 'is', null)
      .where('date', '>=', `${year}-01-01`)
      .where('date', '<=', `${year}-12-31`)
      .execute();
    if (input.days.length) {
      await trx
        .insertInto('calendar_day')
        .values(input.days.map((d) => ({ date: d.date, working_day: d.workingDay, name_zh: d.nameZh.trim(), name_en: d.nameEn?.trim() || null })))
        .execute();
    }
    const version = (existing?.version ?? 0) + 1;
    await trx
      .insertInto('calendar_year')
      .values({ year, source: `entered by ${tx.actor!.username}`, notice: input.notice ?? null, version })
      .onConflict((oc) => oc.column('year').doUpdateSet({ source: `entered by ${tx.actor!.username}`, notice: input.notice ?? null, version, updated_at: new Date() }))
      .execute();
    await CalendarService.bumpRevision(trx);
    await audit(tx, {
      action: existing ? 'calendar.year_update' : 'calendar.year_publish',
      entityType: 'calendar_year',
      entityId: year,
      orgUnitId: tx.actor!.orgUnitId,
      before: existing ? { days: beforeDays.map((d) => `${d.date} ${d.working_day ? '上班' : '放假'} ${d.name_zh ?? ''}`) } : null,
      after: { notice: input.notice ?? null, days: input.days.map((d) => `${d.date} ${d.workingDay ? '上班' : '放假'} ${d.nameZh}`) },
    });
    return { year, version };
  });
  ctx.calendar.invalidate();
  return saved;
}
