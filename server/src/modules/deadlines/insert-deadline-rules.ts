import type { Kysely } from 'kysely';
import type { DeadlineRuleSeed } from './deadline-rules.data.js';

/**
 * Seed rules into `deadline_rule` (migrations only). A rule already there is left as is:
 * an administrator may have adjusted its figures, and those changes are kept.
 */
export async function insertDeadlineRules(db: Kysely<any>, rules: DeadlineRuleSeed[]): Promise<void> {
  if (!rules.length) return;
  await db
    .insertInto('deadline_rule')
    .values(
      rules.map((r) => ({
        id: r.id, module: r.module, name_zh: r.nameZh, name_en: r.nameEn, spec_id: r.specId, law_ref: r.lawRef,
        basis_zh: r.basisZh, basis_en: r.basisEn, start_event: r.startEvent, completion_event: r.completionEvent,
        duration: r.duration, unit: r.unit, roll_to_working_day: r.rollToWorkingDay, cutoff_time: r.cutoffTime,
        warn_before: r.warnBefore, warn_unit: r.warnUnit, escalate_to_role: r.escalateToRole, needs_confirmation: r.confirm,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
