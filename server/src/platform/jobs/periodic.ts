export type JobLog = { info(obj: object, msg: string): void; error(obj: object, msg: string): void };

/**
 * Run `work` every `intervalMs` in this process (first run after a second), never overlapping
 * with itself; a failed round is logged and the next one runs as usual. `report` decides
 * whether a round's result is worth a log line. Returns a stop function for shutdown.
 */
export function startPeriodic<T>(opts: {
  name: string;
  intervalMs: number;
  log: JobLog;
  work: () => Promise<T>;
  report?: (result: T) => boolean;
}): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) return;
    running = opts.work()
      .then((result) => {
        if (opts.report?.(result)) opts.log.info(result as object, opts.name);
      })
      .catch((err: unknown) => opts.log.error({ err }, `${opts.name} failed`))
      .finally(() => (running = undefined));
  };
  const timer = setInterval(tick, opts.intervalMs);
  timer.unref();
  setTimeout(tick, 1000).unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
