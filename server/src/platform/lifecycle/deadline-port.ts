import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { TxContext } from '../context/context.js';
import type { Text } from './lifecycle.js';

/**
 * What a lifecycle needs of the deadline engine. The deadlines module provides it as a context
 * service (`ctx.deadlineEvents`), so the platform names no module.
 */
export interface DeadlineEventPort {
  /** Record one event for each record: opens the rules it starts, closes those it completes. Batched. */
  record(tx: TxContext, events: Array<{ entityType: string; entityId: number | string; event: string; at: Date; orgUnitId: number; ownerId: number | null }>): Promise<void>;
  /** The running deadlines of a record go to its new owner (改派 / 领取 of the record), or to nobody (null: back in its team queue). Audited. */
  reassign(tx: TxContext, target: { entityType: string; entityId: number | string; ownerId: number | null }): Promise<void>;
  /** End the running deadlines of these rules on a record as cancelled. */
  cancel(tx: TxContext, target: { entityType: string; entityId: number | string; ruleIds: string[]; reason: string }): Promise<void>;
  /** For the lifecycle page: the rules each event opens and closes, with their basis. */
  rulesByEvent(db: Kysely<DB>): Promise<Map<string, { opens: RuleSummary[]; closes: RuleSummary[] }>>;
}

export type RuleSummary = { ruleId: string; label: Text; basis: Text };

declare module '../context/context.js' {
  interface ContextServices {
    deadlineEvents: DeadlineEventPort;
  }
}
