import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../authz/actor.js';
import { Scope } from '../authz/scope.js';
import type { Keyring } from '../pii/index.js';
import type { Locale } from '../http/locale.js';
import { recordAudits, type AuditEntry } from '../audit/record-audit.js';

/**
 * Services a module adds to every context, by declaration merging: the calendar module declares
 * `calendar` here, so a use case reads `ctx.calendar` while the platform imports no module.
 * The composition root (runtime.ts) builds them from the module list.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ContextServices {}

export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };

/**
 * What a use case is given instead of the HTTP request (issue 10, item 1). Routes, the CLI,
 * jobs, imports and tests build it the same way: `contextOf(req)`, `systemContext(…)`,
 * `userContext(…)`. Use cases never see Fastify.
 */
export type Context = ContextServices & {
  db: Kysely<DB>;
  /** The signed-in user; null for the system (jobs, migrations, the CLI acting as itself). */
  actor: Actor | null;
  /** The org units this call may read or change (the route permission's scope). */
  scope: Scope;
  keyring: Keyring;
  clock: Clock;
  /** Correlates the audit trail with a request or a job run. */
  requestId: string | null;
  locale: Locale;
  /** Called for each audit entry written through this context (the write-was-audited check). */
  onAudit?: () => void;
};

/** A context inside one transaction: every write of a use case goes through `tx.trx`. */
export type TxContext = Context & { trx: Transaction<DB> };

/** Run `work` in one transaction; nested calls join the transaction already open. */
export function inTransaction<T>(ctx: Context | TxContext, work: (tx: TxContext) => Promise<T>): Promise<T> {
  if ('trx' in ctx) return work(ctx);
  return ctx.db.transaction().execute((trx) => work({ ...ctx, trx }));
}

/** Where a read goes: the open transaction when there is one (PGlite has one connection), else the pool. */
export function dbOf(ctx: Context | TxContext): Kysely<DB> | Transaction<DB> {
  return 'trx' in ctx ? ctx.trx : ctx.db;
}

/** The audit entry of a change, with actor and request id from the context (R-SE-2). */
export async function audit(tx: TxContext, entry: Omit<AuditEntry, 'actor' | 'requestId'>): Promise<void> {
  await auditAll(tx, [entry]);
}

/** Several entries of one change (a batch), in order, in one append (record-audit.ts, recordAudits). */
export async function auditAll(tx: TxContext, entries: readonly Omit<AuditEntry, 'actor' | 'requestId'>[]): Promise<void> {
  const actor = auditActor(tx);
  await recordAudits(tx.trx, entries.map((entry) => ({ ...entry, actor, requestId: tx.requestId })));
  for (let i = 0; i < entries.length; i++) tx.onAudit?.();
}

export function auditActor(ctx: Context): AuditEntry['actor'] {
  return ctx.actor ? { userId: ctx.actor.userId, username: ctx.actor.username } : null;
}

type Base = ContextServices & { db: Kysely<DB>; keyring: Keyring; clock?: Clock };

/** The system acting on its own (a job, a migration step, the CLI): every org unit in scope. */
export function systemContext(base: Base, opts: { scope?: Scope; requestId?: string | null; locale?: Locale } = {}): Context {
  return { clock: systemClock, ...base, actor: null, scope: opts.scope ?? Scope.system, requestId: opts.requestId ?? null, locale: opts.locale ?? 'zh-CN' };
}

/** A user acting outside HTTP (an import from the CLI, a test): scope from their grants for `permission`. */
export function userContext(
  base: Base,
  actor: Actor,
  opts: { scope: Scope; requestId?: string | null; locale?: Locale },
): Context {
  return { clock: systemClock, ...base, actor, scope: opts.scope, requestId: opts.requestId ?? null, locale: opts.locale ?? 'zh-CN' };
}

export { Scope };
