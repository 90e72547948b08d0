import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Id, Nullable, Version } from '../../platform/http/schemas.js';
import { exportQueryOf, listQuery, MAX_SELECTED } from '../../platform/http/list-query.js';
import { IsoDate } from '../calendar/calendar.types.js';

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

/** 时效状态: from the item's earliest running deadline — overdue, due soon (past its warning), on time, or no SLA running. */
export const SLA_STATES = ['overdue', 'due_soon', 'on_time', 'none'] as const;
export type SlaState = (typeof SLA_STATES)[number];

/** The three views: 我的任务 (mine), 团队队列 (the team queues I belong to), 全部 (the supervisor's, everything in scope). */
export const QUEUE_VIEWS = ['mine', 'team', 'all'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export const WorkItem = Type.Object({
  id: Type.Integer(),
  /** The record: its type (`servicing`), id, human label and page (null out of its own read scope). */
  entityType: Type.String(),
  entityId: Type.Integer(),
  typeName: Type.String(),
  typeNameEn: Type.String(),
  label: Type.String(),
  href: Nullable(Type.String()),
  orgUnitId: Type.Integer(),
  orgUnitName: Type.String(),
  orgUnitNameEn: Nullable(Type.String()),
  state: Type.String(),
  stateName: Type.String(),
  stateNameEn: Type.String(),
  open: Type.Boolean(),
  /** The person who owns it, or null while it waits in `team`'s queue. */
  ownerId: Nullable(Type.Integer()),
  ownerName: Nullable(Type.String()),
  team: Nullable(Type.Object({ orgUnitId: Type.Integer(), orgUnitName: Type.String(), orgUnitNameEn: Nullable(Type.String()), role: Type.String() })),
  receivedAt: DateTime,
  /** When the present owner (or team) got it. */
  assignedAt: DateTime,
  /** The earliest running deadline's due time; null when none runs. */
  dueAt: Nullable(DateTime),
  slaState: lit(SLA_STATES),
  closedAt: Nullable(DateTime),
  version: Type.Integer(),
});
export type WorkItem = Static<typeof WorkItem>;

export const WORK_ITEM_SORTS = ['due', 'receivedAt'] as const;
export const ListWorkItemsQuery = listQuery({
  sorts: WORK_ITEM_SORTS,
  defaultSort: 'due',
  filters: {
    /** The record type (`servicing`). */
    entityType: Type.Optional(Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z_]+$' })),
    /** The record's lifecycle state (with entityType). */
    state: Type.Optional(Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z_]+$' })),
    /** open (the default), closed, or both. */
    status: Type.Optional(lit(['open', 'closed', 'all'] as const)),
    sla: Type.Optional(lit(SLA_STATES)),
    ownerId: Type.Optional(Id()),
    /** Only items waiting in a team queue (nobody has taken them). */
    unassigned: Type.Optional(Type.Boolean()),
    /** The org unit and every unit below it (within your scope). */
    orgUnitId: Type.Optional(Id()),
    /** Received and due between these Beijing dates, both ends included. */
    receivedFrom: Type.Optional(IsoDate),
    receivedTo: Type.Optional(IsoDate),
    dueFrom: Type.Optional(IsoDate),
    dueTo: Type.Optional(IsoDate),
  },
});
export type ListWorkItemsQuery = Static<typeof ListWorkItemsQuery>;

/** An export: exactly a view's list as shown (its filters and sort), or its selected rows. */
export const ExportWorkItemsQuery = Type.Composite([exportQueryOf(ListWorkItemsQuery), Type.Object({ view: lit(QUEUE_VIEWS) })]);
export type ExportWorkItemsQuery = Static<typeof ExportWorkItemsQuery>;

const Reason = Type.String({ minLength: 2, maxLength: 300 });

export const TakeBody = Type.Object({ version: Type.Optional(Version()) });
export const ReassignBody = Type.Object({ ownerId: Id(), reason: Reason, version: Type.Optional(Version()) });
export const BulkReassignBody = Type.Object({
  ids: Type.Array(Id(), { minItems: 1, maxItems: MAX_SELECTED, description: 'the selected items; all are reassigned or none' }),
  ownerId: Id(),
  reason: Reason,
});
export type BulkReassignBody = Static<typeof BulkReassignBody>;
/** 放回任务池: the reason, and the item's version as shown (moved since → 409). */
export const ReturnBody = Type.Object({ reason: Reason, version: Type.Optional(Version()) });

export const RecordParams = Type.Object({
  type: Type.String({ pattern: '^[a-z][a-z_]{1,39}$', description: 'the record type: servicing …' }),
  id: Id(),
});
/** A record's work item and what the caller may do with it now. */
export const RecordWorkItem = Type.Object({
  item: Nullable(WorkItem),
  may: Type.Object({ take: Type.Boolean(), return: Type.Boolean(), reassign: Type.Boolean() }),
});
export type RecordWorkItem = Static<typeof RecordWorkItem>;

export const QueueSummary = Type.Object({
  /** 我的任务: open items I own. */
  mine: Type.Object({ open: Type.Integer(), overdue: Type.Integer(), dueSoon: Type.Integer() }),
  /** The team queues I belong to (my roles in my units, and the units below them that have items waiting). */
  teams: Type.Array(Type.Object({
    orgUnitId: Type.Integer(), orgUnitName: Type.String(), orgUnitNameEn: Nullable(Type.String()), role: Type.String(),
    waiting: Type.Integer(), overdue: Type.Integer(),
  })),
  /** The record types that queue, for the filters. */
  types: Type.Array(Type.Object({
    entityType: Type.String(), name: Type.String(), nameEn: Type.String(),
    states: Type.Array(Type.Object({ state: Type.String(), name: Type.String(), nameEn: Type.String(), final: Type.Boolean() })),
  })),
});
export type QueueSummary = Static<typeof QueueSummary>;

/** Someone a supervisor may give items to: in scope, holding a role that handles a queued record type. */
export const Assignee = Type.Object({ id: Type.Integer(), displayName: Type.String(), orgUnitId: Type.Integer(), orgUnitName: Type.String(), orgUnitNameEn: Nullable(Type.String()) });
export const AssigneeList = Type.Object({ items: Type.Array(Assignee) });
export type AssigneeList = Static<typeof AssigneeList>;
export const AssigneesQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 40 })) });
