import { audit, inTransaction, type Context } from '../../platform/context/context.js';
import { headOfficeOnly, invalid, notFound, versionConflict } from '../../platform/http/errors.js';
import { findHeadOfficeId } from '../../platform/authz/head-office.js';
import { lawRefEn } from './law-citations.data.js';

export type RuleChange = {
  version: number;
  duration?: number;
  unit?: 'working_days' | 'calendar_days' | 'months' | 'years' | 'hours' | 'minutes' | 'day_of_month';
  rollToWorkingDay?: boolean;
  cutoffTime?: string | null;
  warnBefore?: number;
  warnUnit?: 'working_days' | 'calendar_days' | 'hours' | 'minutes';
  escalateToRole?: string | null;
  active?: boolean;
};

/**
 * How far a rule may reach, per unit: a due date must stay on the working-day calendar (dates
 * 1900-2199 plus room for the rule), so 1,000 years — valid as a number of days — is refused.
 */
export const DURATION_LIMITS: Record<NonNullable<RuleChange['unit']>, { min: number; max: number }> = {
  working_days: { min: -400, max: 1000 },
  calendar_days: { min: -400, max: 1000 },
  months: { min: -360, max: 360 },
  years: { min: -30, max: 30 },
  hours: { min: -400, max: 1000 },
  minutes: { min: -400, max: 1000 },
  day_of_month: { min: 1, max: 31 },
};

/**
 * Adjust a rule's figures (e.g. a figure LAW.md marks unsure, or a local service standard).
 * Rules are national: only head-office administrators change them. Applies to deadlines
 * opened from now on; running ones keep the due time they were given.
 */
export async function updateDeadlineRule(ctx: Context, id: string, change: RuleChange) {
  return inTransaction(ctx, async (tx) => {
    const { trx } = tx;
    if (!tx.scope.includes(await findHeadOfficeId(trx))) throw headOfficeOnly();
    const before = await trx.selectFrom('deadline_rule').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    if (before.version !== change.version) throw versionConflict(toRule(before));
    const unit = change.unit ?? before.unit;
    const duration = change.duration ?? before.duration;
    const limits = DURATION_LIMITS[unit];
    if (duration < limits.min || duration > limits.max) {
      throw invalid({ path: 'duration', reason: duration < limits.min ? 'minimum' : 'maximum', params: { limit: duration < limits.min ? limits.min : limits.max } });
    }
    const after = await trx
      .updateTable('deadline_rule')
      .set({
        ...(change.duration !== undefined && { duration: change.duration }),
        ...(change.unit !== undefined && { unit: change.unit }),
        ...(change.rollToWorkingDay !== undefined && { roll_to_working_day: change.rollToWorkingDay }),
        ...(change.cutoffTime !== undefined && { cutoff_time: change.cutoffTime }),
        ...(change.warnBefore !== undefined && { warn_before: change.warnBefore }),
        ...(change.warnUnit !== undefined && { warn_unit: change.warnUnit }),
        ...(change.escalateToRole !== undefined && { escalate_to_role: change.escalateToRole }),
        ...(change.active !== undefined && { active: change.active }),
        version: before.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, {
      action: 'deadline_rule.update', entityType: 'deadline_rule', entityId: id, orgUnitId: tx.actor!.orgUnitId,
      before: toRule(before), after: toRule(after),
    });
    return toRule(after);
  });
}

export function toRule(r: import('./deadline-rows.js').RuleRow) {
  return {
    id: r.id, module: r.module, nameZh: r.name_zh, nameEn: r.name_en, specId: r.spec_id, lawRef: r.law_ref, lawRefEn: lawRefEn(r.law_ref),
    basisZh: r.basis_zh, basisEn: r.basis_en, startEvent: r.start_event, completionEvent: r.completion_event,
    duration: r.duration, unit: r.unit, rollToWorkingDay: r.roll_to_working_day, cutoffTime: r.cutoff_time,
    warnBefore: r.warn_before, warnUnit: r.warn_unit, escalateToRole: r.escalate_to_role,
    needsConfirmation: r.needs_confirmation, active: r.active, version: r.version,
  };
}
