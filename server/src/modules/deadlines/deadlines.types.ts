import { Type } from '@sinclair/typebox';
import { pageOf } from '../../platform/http/pagination.js';
import { RecordRef } from './record-labels.js';

// Response shapes of the deadline routes (issue 10, item 6), exactly what the code returns.

const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const Unit = Type.Union([
  Type.Literal('working_days'), Type.Literal('calendar_days'), Type.Literal('months'), Type.Literal('years'),
  Type.Literal('hours'), Type.Literal('minutes'), Type.Literal('day_of_month'),
]);
export const WarnUnit = Type.Union([Type.Literal('working_days'), Type.Literal('calendar_days'), Type.Literal('hours'), Type.Literal('minutes')]);
export const DeadlineStateSchema = Type.Union([
  Type.Literal('open'), Type.Literal('due_soon'), Type.Literal('overdue'), Type.Literal('met'), Type.Literal('missed'), Type.Literal('cancelled'),
]);

/** A deadline rule with its basis (update-rule.ts toRule). */
export const DeadlineRule = Type.Object({
  id: Type.String(),
  module: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  specId: Nullable(Type.String()),
  lawRef: Nullable(Type.String()),
  /** The cited law in English (law-citations.data.ts); English screens show it with the Chinese beside it. */
  lawRefEn: Nullable(Type.String()),
  basisZh: Type.String(),
  basisEn: Type.String(),
  startEvent: Type.String(),
  completionEvent: Type.String(),
  duration: Type.Integer(),
  unit: Unit,
  rollToWorkingDay: Type.Boolean(),
  cutoffTime: Nullable(Type.String({ description: 'HH:MM' })),
  warnBefore: Type.Integer(),
  warnUnit: WarnUnit,
  escalateToRole: Nullable(Type.String()),
  needsConfirmation: Type.Boolean(),
  active: Type.Boolean(),
  version: Type.Integer(),
});

/** A deadline as people see it (find-deadlines.ts present): what, why, when, how long is left. */
export const Deadline = Type.Object({
  id: Type.Integer(),
  ruleId: Type.String(),
  ruleName: Type.String(),
  module: Type.String(),
  basis: Type.Object({ specId: Nullable(Type.String()), lawRef: Nullable(Type.String()), lawRefEn: Nullable(Type.String()), text: Type.String() }),
  entityType: Type.String(),
  entityId: Type.String(),
  /** The record it is about: its label and page (find-deadlines.ts, record-labels.ts). */
  record: RecordRef,
  orgUnitId: Type.Integer(),
  orgUnitName: Type.String(),
  ownerId: Nullable(Type.Integer()),
  ownerName: Nullable(Type.String()),
  startedAt: DateTime,
  dueAt: DateTime,
  warnAt: DateTime,
  provisional: Type.Boolean(),
  state: DeadlineStateSchema,
  paused: Type.Boolean(),
  pauseReason: Nullable(Type.String()),
  completedAt: Nullable(DateTime),
  cancelReason: Nullable(Type.String()),
  escalatedAt: Nullable(DateTime),
  /** Null once the deadline is closed. */
  secondsLeft: Nullable(Type.Integer()),
  /** Working-day rules only, while running; negative: working days since it passed. */
  workingDaysLeft: Nullable(Type.Integer()),
  version: Type.Integer(),
});

export const DeadlinePage = pageOf(Deadline);

export const MyDueItems = Type.Object({
  overdue: Type.Array(Deadline),
  dueToday: Type.Array(Deadline),
  upcoming: Type.Array(Deadline),
  /** The last day of the window: 5 working days from today. */
  horizon: Type.String({ format: 'date' }),
});

export const DeadlineCounts = Type.Object({
  mine: Type.Object({
    overdue: Type.Integer(),
    dueSoon: Type.Integer(),
    /** The sections of my due items (GET /deadlines/mine): due later today … */
    dueToday: Type.Integer(),
    /** … and after today, up to the end of `horizon` (5 working days from today). */
    dueThisWeek: Type.Integer(),
  }),
  /** The last day of the due-items window: 5 working days from today. */
  horizon: Type.String({ format: 'date' }),
  /** Overdue in scope, for those who may reassign; null for everyone else. */
  scopeOverdue: Nullable(Type.Integer()),
});

export const DeadlineStats = Type.Object({
  items: Type.Array(
    Type.Object({
      ruleId: Type.String(),
      module: Type.String(),
      ruleName: Type.String(),
      met: Type.Integer(),
      missed: Type.Integer(),
      /** met / (met + missed); null when none closed in the period. */
      onTimeRate: Nullable(Type.Number()),
    }),
  ),
});

export const RecordedEvent = Type.Object({
  opened: Type.Array(Type.Integer()),
  closed: Type.Array(Type.Object({ id: Type.Integer(), state: DeadlineStateSchema })),
});

export const SweepReport = Type.Object({
  dueSoon: Type.Integer(),
  overdue: Type.Integer(),
  escalated: Type.Integer(),
  notifications: Type.Integer(),
});
