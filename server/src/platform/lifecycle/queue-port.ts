import type { TxContext } from '../context/context.js';
import type { Lifecycle } from './lifecycle.js';

/**
 * What a lifecycle needs of the work queues (issue 12, item 4): each move of a record whose
 * lifecycle declares `queue` keeps its work item current — created in its first owner's queue,
 * its state followed, closed with a final state. What the users module needs of them: a disabled
 * person's items handed back (never orphaned). The queues module provides it as a context
 * service (`ctx.workQueue`), so the platform names no module.
 */
export interface WorkQueuePort {
  /** After a move of these records (in the caller's transaction): their work items follow. */
  follow(
    tx: TxContext,
    lifecycle: QueuedLifecycleOf,
    records: readonly unknown[],
    move: { created: boolean; to: string | null; at: Date },
  ): Promise<void>;
  /**
   * A person's open items when they may no longer hold them — disabled, or a role or scope lost — go
   * back to their team queues (or to the person a supervisor names), in the caller's transaction, each
   * along the records' own owner path, audited with the cause. Answers how many moved.
   */
  release(tx: TxContext, release: HeldItemsRelease): Promise<number>;
}

export type HeldItemsRelease = {
  userId: number;
  /** disabled: every open item; roles_changed: those the person no longer handles where they are. */
  cause: 'disabled' | 'roles_changed';
  /** Someone to take them over instead of the team queues; refusals name `path` (a field of the caller's request). */
  to?: { userId: number; path: string };
};

/** Any lifecycle, as the port reads it (its records are whatever its adapter reads). */
export type QueuedLifecycleOf = Lifecycle<string, string, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

declare module '../context/context.js' {
  interface ContextServices {
    workQueue: WorkQueuePort;
  }
}
