import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { invalid, notFound } from '../../platform/http/errors.js';
import { CalendarService } from './calendar-service.js';
import type { OverrideBody } from './calendar.types.js';

function overrideQuery(db: Kysely<DB> | Transaction<DB>, scope: Scope) {
  return db
    .selectFrom('calendar_day as d')
    .innerJoin('org_unit as o', 'o.id', 'd.org_unit_id')
    .select(['d.id', 'd.org_unit_id', 'o.name as org_unit_name', 'o.name_en as org_unit_name_en', 'd.date', 'd.working_day', 'd.name_zh', 'd.name_en'])
    .where(inScope('d.org_unit_id', scope));
}

const toOverride = (r: {
  id: number; org_unit_id: number | null; org_unit_name: string; org_unit_name_en: string | null; date: string; working_day: boolean; name_zh: string | null; name_en: string | null;
}) => ({ id: r.id, orgUnitId: r.org_unit_id!, orgUnitName: r.org_unit_name, orgUnitNameEn: r.org_unit_name_en, date: r.date, workingDay: r.working_day, nameZh: r.name_zh, nameEn: r.name_en });

/** Local overrides in scope, optionally for one year. */
export async function listOverrides(ctx: Context, year?: number) {
  let q = overrideQuery(ctx.db, ctx.scope);
  if (year) q = q.where('d.date', '>=', `${year}-01-01`).where('d.date', '<=', `${year}-12-31`);
  return (await q.orderBy('d.date').execute()).map(toOverride);
}

/** A local rule for one org unit and everything below it (e.g. a city's own day off). */
export async function createOverride(ctx: Context, input: OverrideBody) {
  const created = await inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    if (!tx.scope.includes(input.orgUnitId)) throw invalid({ path: 'orgUnitId', reason: 'orgUnitNotFound' });
    const clash = await trx.selectFrom('calendar_day').select('id').where('org_unit_id', '=', input.orgUnitId).where('date', '=', input.date).executeTakeFirst();
    if (clash) throw invalid({ path: 'date', reason: 'overrideExists' });
    const { id } = await trx
      .insertInto('calendar_day')
      .values({ date: input.date, org_unit_id: input.orgUnitId, working_day: input.workingDay, name_zh: input.nameZh.trim(), name_en: input.nameEn?.trim() || null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await CalendarService.bumpRevision(trx);
    const row = toOverride(await overrideQuery(trx, tx.scope).where('d.id', '=', id).executeTakeFirstOrThrow());
    await audit(tx, { action: 'calendar.override_create', entityType: 'calendar_override', entityId: id, orgUnitId: input.orgUnitId, after: row });
    return row;
  });
  ctx.calendar.invalidate();
  return created;
}

export async function deleteOverride(ctx: Context, id: number) {
  await inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    const row = await overrideQuery(trx, tx.scope).where('d.id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    await trx.deleteFrom('calendar_day').where('id', '=', id).execute();
    await CalendarService.bumpRevision(trx);
    await audit(tx, { action: 'calendar.override_delete', entityType: 'calendar_override', entityId: id, orgUnitId: row.org_unit_id, before: toOverride(row) });
  });
  ctx.calendar.invalidate();
}
