import { audit, type TxContext } from '../context/context.js';
import { AppError, forbidden, invalid, versionConflict } from '../http/errors.js';
import type { Lifecycle, Transition } from './lifecycle.js';
import type { QueuedLifecycleOf } from './queue-port.js';

type AuditExtra = { before?: Record<string, unknown>; after?: Record<string, unknown> };

type FireOptions<R, I> = {
  input?: I;
  /** Why (a status move's reason); kept as the state reason. */
  reason?: string | null;
  at?: Date;
  /** The module's own writes of the move (a review row, differences, a notice), after the guards. */
  change?: (record: R) => Promise<void>;
  /** What the audit entry says beyond the state move (a function: read after the change). */
  audit?: AuditExtra | (() => AuditExtra);
};

/**
 * Fire one transition of a record (issue 10, item 2), in the caller's transaction:
 * lock at version → may it fire here → permission → guards → change → state → deadline events →
 * work item (a queued lifecycle's) → timeline → audit. A stale version answers 409 with the current
 * record; a move the state does not allow answers 400 naming the state and the moves it allows.
 */
export async function fire<S extends string, E extends string, R, K, I = unknown>(
  tx: TxContext,
  lifecycle: Lifecycle<S, E, R, K>,
  event: E,
  target: { key: K; version?: number },
  opts: FireOptions<R, I> = {},
): Promise<R> {
  const t: Transition<S, R, I> = lifecycle.transitions[event];
  const { record: adapter } = lifecycle;
  const record = await adapter.lock(tx, target.key);
  if (target.version !== undefined && adapter.version(record) !== target.version) throw versionConflict(await adapter.current(tx, record));
  const state = adapter.state(record);
  if (!t.from.includes(state)) throw notAllowed(lifecycle, state);
  mayFire(tx, t);
  await runGuard(tx, t, record, opts.input as I);
  await opts.change?.(record);
  const at = opts.at ?? tx.clock.now();
  await adapter.setState(tx, [record], { to: t.to ?? state, reason: opts.reason ?? null, at });
  await after(tx, lifecycle, event, [record], at, opts);
  return record;
}

/**
 * The transition that creates a record: the module inserted it (in state `to`) in this transaction;
 * what follows — deadline events, timeline, audit — runs as for any other move.
 */
export async function fireCreated<S extends string, E extends string, R, K, I = unknown>(
  tx: TxContext,
  lifecycle: Lifecycle<S, E, R, K>,
  event: E,
  record: R,
  opts: Omit<FireOptions<R, I>, 'change' | 'reason'> = {},
): Promise<void> {
  const t: Transition<S, R, I> = lifecycle.transitions[event];
  if (t.from.length) throw new Error(`${lifecycle.kind}.${event} is not a creating transition`);
  mayFire(tx, t);
  await after(tx, lifecycle, event, [record], opts.at ?? tx.clock.now(), opts);
}

/**
 * One transition for many records at once (a job, an import): the caller selected and locked them
 * set-based; states move in one statement, deadline events and timeline lines are batched, and one
 * audit entry lists the records.
 */
export async function fireMany<S extends string, E extends string, R, K>(
  tx: TxContext,
  lifecycle: Lifecycle<S, E, R, K>,
  event: E,
  records: R[],
  opts: { at?: Date; auditAfter?: Record<string, unknown> } = {},
): Promise<void> {
  if (!records.length) return;
  const t: Transition<S, R> = lifecycle.transitions[event];
  if (t.to === null) throw new Error(`${lifecycle.kind}.${event}: fireMany needs a transition that leads to one state`);
  const wrong = records.find((r) => !t.from.includes(lifecycle.record.state(r)));
  if (wrong) throw notAllowed(lifecycle, lifecycle.record.state(wrong));
  mayFire(tx, t);
  const at = opts.at ?? tx.clock.now();
  await lifecycle.record.setState(tx, records, { to: t.to, reason: null, at });
  await after(tx, lifecycle, event, records, at, { audit: { after: opts.auditAfter } }, true);
}

async function after<S extends string, E extends string, R, K, I>(
  tx: TxContext,
  lifecycle: Lifecycle<S, E, R, K>,
  event: E,
  records: R[],
  at: Date,
  opts: Pick<FireOptions<R, I>, 'input' | 'audit'>,
  batch = false,
) {
  const t: Transition<S, R, I> = lifecycle.transitions[event];
  const { record: adapter } = lifecycle;
  const events: Parameters<typeof tx.deadlineEvents.record>[1] = [];
  for (const spec of t.deadlineEvents ?? []) {
    for (const r of records) {
      const when = typeof spec === 'string' ? at : await spec.at(tx, r, at);
      if (when === null) continue;
      events.push({
        entityType: adapter.entityType, entityId: adapter.idOf(r), event: typeof spec === 'string' ? spec : spec.event, at: when,
        orgUnitId: adapter.orgUnitId(r), ownerId: adapter.ownerId(tx, r),
      });
    }
  }
  if (events.length) await tx.deadlineEvents.record(tx, events);
  if (t.cancelsDeadlines) {
    for (const r of records) {
      if (t.cancelsDeadlines.when && !t.cancelsDeadlines.when(r)) continue;
      await tx.deadlineEvents.cancel(tx, {
        entityType: adapter.entityType, entityId: adapter.idOf(r), ruleIds: [...t.cancelsDeadlines.ruleIds],
        reason: t.cancelsDeadlines.reason(r, opts.input as I),
      });
    }
  }
  // The work item after the deadlines: every path takes a record's deadlines before its work item (the
  // deadline trigger updates the item), so two of them never wait for each other's locks.
  if (lifecycle.queue) await tx.workQueue.follow(tx, lifecycle as unknown as QueuedLifecycleOf, records, { created: t.from.length === 0, to: t.to, at });
  if (t.timeline) {
    const entries = records.flatMap((record) => t.timeline!(record, opts.input as I).map((line) => ({ record, line, at })));
    if (entries.length) await adapter.appendTimeline(tx, entries);
  }
  const action = t.auditAction ?? `${lifecycle.kind}.${event}`;
  const extra = typeof opts.audit === 'function' ? opts.audit() : opts.audit;
  if (batch) {
    await audit(tx, { action, entityType: adapter.entityType, entityId: null, orgUnitId: null, after: { to: t.to, ...extra?.after } });
    return;
  }
  const [record] = records;
  await audit(tx, {
    action, entityType: adapter.entityType, entityId: adapter.idOf(record!), orgUnitId: adapter.orgUnitId(record!),
    before: t.from.length ? { state: adapter.state(record!), ...extra?.before } : extra?.before,
    after: { state: t.to ?? adapter.state(record!), ...extra?.after },
  });
}

function mayFire(tx: TxContext, t: { permission: Transition<string, unknown>['permission'] }) {
  // The system (a job) fires anything; a person needs the transition's permission.
  if (!tx.actor) return;
  if (t.permission === null || !tx.actor.can(t.permission)) throw forbidden();
}

async function runGuard<S extends string, R, I>(tx: TxContext, t: Transition<S, R, I>, record: R, input: I) {
  const problems = t.guard ? await t.guard(tx, record, input) : [];
  if (problems.length) throw invalid(...problems);
}

/** The moves a state allows, for the error and the page. */
export function movesFrom<S extends string, E extends string, R, K>(lifecycle: Lifecycle<S, E, R, K>, state: S): E[] {
  return (Object.keys(lifecycle.transitions) as E[]).filter((e) => lifecycle.transitions[e].from.includes(state));
}

function notAllowed<S extends string, E extends string, R, K>(lifecycle: Lifecycle<S, E, R, K>, state: S): AppError {
  const moves = movesFrom(lifecycle, state).map((e) => lifecycle.transitions[e].label);
  const list = (lang: 'zh' | 'en', none: string, sep: string) => (moves.length ? moves.map((m) => m[lang]).join(sep) : none);
  return invalid({
    path: 'state',
    reason: 'lifecycleMoveNotAllowed',
    params: {
      state: { 'zh-CN': lifecycle.states[state].label.zh, en: lifecycle.states[state].label.en },
      allowed: { 'zh-CN': list('zh', '无', '、'), en: list('en', 'none', '; ') },
    },
  });
}
