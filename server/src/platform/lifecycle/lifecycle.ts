import type { Permission } from '../authz/permissions.js';
import type { Role } from '../authz/roles.js';
import type { FieldProblem } from '../http/errors.js';
import type { TxContext } from '../context/context.js';

/** Text in both languages: every label a user sees. */
export type Text = { zh: string; en: string };

export type StateDef = { label: Text; initial?: boolean; final?: boolean };

/** One line of a record's timeline (R-CL-4): its kind and its text. */
export type TimelineLine = { kind: string; text: Text };

/**
 * One move of a record's lifecycle, as data (issue 10, item 2). `fire()` runs it the same way for
 * a form, an import and a job: lock at version → guards → change → deadline events → timeline →
 * audit, in the caller's transaction.
 */
export type Transition<S extends string, R, I = unknown> = {
  label: Text;
  /** The states it may fire from; empty for the transition that creates the record. */
  from: readonly S[];
  /** The state it leads to; null: the record stays in its state (an edit, a step inside a state). */
  to: S | null;
  /** Who may fire it; null: only the system (a job). */
  permission: Permission | null;
  /** Fired by a job rather than a person (the diagram marks it). */
  automatic?: boolean;
  /**
   * Events for the deadline engine, in order: they open and close rules (deadline-rules.data.ts).
   * A conditional one says when it happened for a record, or null when it did not.
   */
  deadlineEvents?: ReadonlyArray<string | ConditionalEvent<R>>;
  /** Running deadlines of these rules end as cancelled (e.g. a withdrawn policy's intake). */
  cancelsDeadlines?: { ruleIds: readonly string[]; when?: (record: R) => boolean; reason: (record: R, input: I) => string };
  /** Checks on the locked record; a problem refuses the move with nothing changed. */
  guard?: (tx: TxContext, record: R, input: I) => Promise<FieldProblem[]> | FieldProblem[];
  /** What the move puts on the timeline (written once, here). */
  timeline?: (record: R, input: I) => TimelineLine[];
  /** The audit action; `<kind>.<event>` when absent. */
  auditAction?: string;
};

export type ConditionalEvent<R> = { event: string; at: (tx: TxContext, record: R, at: Date) => Promise<Date | null> };

/** How the lifecycle reads and writes its record: one adapter per record kind. */
export type RecordAdapter<S extends string, R, K = number> = {
  /** What deadlines and the audit trail are about (a sub-record names its parent). */
  entityType: string;
  idOf(record: R): number;
  /** The record locked for update, within the context's scope (404 outside it). */
  lock(tx: TxContext, key: K): Promise<R>;
  /** The record as the API shows it: sent back with a 409 so the user sees what changed. */
  current(tx: TxContext, record: R): Promise<unknown>;
  state(record: R): S;
  version(record: R): number;
  orgUnitId(record: R): number;
  /** Who owns the deadlines the record opens (the agent, else the user acting). */
  ownerId(tx: TxContext, record: R): number | null;
  /** Move the state of one or many records (or only bump the version when `to` is the state they are in). */
  setState(tx: TxContext, records: R[], change: { to: S; reason: string | null; at: Date }): Promise<void>;
  /** Write timeline lines for one or many records (batched for jobs and imports). */
  appendTimeline(tx: TxContext, entries: Array<{ record: R; line: TimelineLine; at: Date }>): Promise<void>;
};

/**
 * A lifecycle whose records wait in work queues (issue 12, item 4). `fire()` keeps each record's
 * work item current with its moves; taking, reassigning and returning change the record's own owner here.
 */
export type QueueSpec<R> = {
  /** The person who owns the record (我的任务); null while it waits in its team queue. */
  ownerOf(record: R): number | null;
  /** The team queue it waits in while no person owns it (任务池): an org unit and a role, e.g. the office's clerks. */
  teamOf(record: R): { orgUnitId: number; role: Role };
  /** Every role `teamOf` names: the team queues a holder of one of them belongs to. */
  teamRoles: readonly Role[];
  /**
   * Give the record to a person (领取 / 改派), or back to its team queue with `null` (放回任务池): its own
   * owner column and version, in the caller's transaction.
   */
  assign(tx: TxContext, record: R, userId: number | null, at: Date): Promise<void>;
  /** How its timeline names it: "保全申请 BQ2026…（地址变更）". */
  title(record: R): Text;
};

export type Lifecycle<S extends string, E extends string, R, K = number> = {
  kind: string;
  label: Text;
  states: Record<S, StateDef>;
  transitions: { [K in E]: Transition<S, R, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  record: RecordAdapter<S, R, K>;
  /** Its records wait in work queues: every move keeps their work item current. */
  queue?: QueueSpec<R>;
};

/** Declare a lifecycle: the event names become a typed union. */
export function defineLifecycle<S extends string, E extends string, R, K = number>(lifecycle: Lifecycle<S, E, R, K>): Lifecycle<S, E, R, K> {
  for (const [event, t] of Object.entries(lifecycle.transitions) as [string, Transition<S, R>][]) {
    for (const s of [...t.from, ...(t.to === null ? [] : [t.to])]) {
      if (!(s in lifecycle.states)) throw new Error(`lifecycle ${lifecycle.kind}: transition ${event} names unknown state ${s}`);
    }
  }
  return lifecycle;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EventOf<L> = L extends Lifecycle<string, infer E, any, any> ? E : never;
