import type { Context } from '../../platform/context/context.js';
import type { EngineKind } from '../../platform/db/engine.js';
import type { JobLog } from '../../platform/jobs/periodic.js';
import { runNoticeBatches } from './notice-batches.js';

/** Chunks in flight at once: two on PostgreSQL (one renders while the other reads and commits), one on the embedded engine. */
export const noticeBatchWorkers = (engine: EngineKind): number => (engine === 'postgres' ? 2 : 1);

/**
 * Batch printing in the server process: every few seconds, the pending batches to the end. Unlike
 * startPeriodic's rounds, a round here may take minutes (a thousand notices), so a shutdown does not
 * wait for it: the round stops after the chunk in hand, and the next start picks up the rest.
 * `workers`: chunks in flight at once (runNoticeBatches, noticeBatchWorkers).
 */
export function startNoticeBatchJob(system: Context, log: JobLog, { intervalMs = 2000, workers = 1 }: { intervalMs?: number; workers?: number } = {}): () => Promise<void> {
  let stopped = false;
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running || stopped) return;
    running = runNoticeBatches(system, { workers, shouldStop: () => stopped })
      .then((r) => {
        if (r.issued + r.failed > 0) log.info(r, 'notice batches');
      })
      .catch((err: unknown) => log.error({ err }, 'notice batches failed'))
      .finally(() => (running = undefined));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  setTimeout(tick, 500).unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
