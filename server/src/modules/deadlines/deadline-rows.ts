import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, DeadlineRuleTable, DeadlineTable } from '../../platform/db/schema.js';
import type { DueRule } from './compute-due.js';

export type Db = Kysely<DB> | Transaction<DB>;
export type RuleRow = Selectable<DeadlineRuleTable>;
export type DeadlineRow = Selectable<DeadlineTable>;

export const toDueRule = (r: RuleRow): DueRule => ({
  duration: r.duration,
  unit: r.unit,
  rollToWorkingDay: r.roll_to_working_day,
  cutoffTime: r.cutoff_time,
  warnBefore: r.warn_before,
  warnUnit: r.warn_unit,
});

export const LIVE_STATES = ['open', 'due_soon', 'overdue'] as const;

/** The audit trail's view of a deadline. */
export const auditView = (d: DeadlineRow) => ({
  ruleId: d.rule_id, entityType: d.entity_type, entityId: d.entity_id, ownerId: d.owner_id, state: d.state,
  dueAt: d.due_at.toISOString(), provisional: d.provisional, pausedAt: d.paused_at?.toISOString() ?? null,
  pauseReason: d.pause_reason, cancelReason: d.cancel_reason, completedAt: d.completed_at?.toISOString() ?? null,
});
