import type { TxContext } from '../context/context.js';
import type { Lifecycle } from './lifecycle.js';

/**
 * What a lifecycle needs of the work queues (issue 12, item 4): each move of a record whose
 * lifecycle declares `queue` keeps its work item current — created in its first owner's queue,
 * its state followed, closed with a final state. The queues module provides it as a context
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
}

/** Any lifecycle, as the port reads it (its records are whatever its adapter reads). */
export type QueuedLifecycleOf = Lifecycle<string, string, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

declare module '../context/context.js' {
  interface ContextServices {
    workQueue: WorkQueuePort;
  }
}
