// A small load generator with exact percentiles, for benchmarks that need what autocannon does
// not give: several users at once (each worker its own session cookie) and a fixed arrival rate
// whose latencies count from the planned send time (no coordinated omission: a slow answer
// delays no later request's clock).
import http from 'node:http';

export type Target = { url: string; headers?: Record<string, string> };
export type LoadResult = { requests: number; failures: number; failureKinds: Record<string, number>; seconds: number; reqPerSec: number; p50: number; p99: number; max: number };

/** Closed loop: one worker per target (a user), each sending its next request when the last answered. */
export async function closedLoop(targets: Target[], seconds: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: targets.length });
  const latencies: number[] = [];
  const failures: string[] = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    targets.map(async (target) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const failure = await get(agent, target);
        latencies.push(performance.now() - t0);
        if (failure) failures.push(failure);
      }
    }),
  );
  agent.destroy();
  return summarise(latencies, failures, (performance.now() - started) / 1000);
}

/**
 * Open loop at `rate` requests a second for `seconds`, spread evenly over the targets (users):
 * each request's latency counts from the moment it was due to be sent. The first `leadInSeconds`
 * run at the same rate but are not counted: the generator's connections are opened and the
 * server reaches its steady state (a fresh agent at 2 000 req/s opens dozens of sockets at once,
 * and that burst is the generator's start, not the load the target is about).
 */
export async function openLoop(targets: Target[], rate: number, seconds: number, { maxInFlight = 256, leadInSeconds = 1 } = {}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: maxInFlight });
  const latencies: number[] = [];
  const failures: string[] = [];
  const leadIn = Math.round(rate * leadInSeconds);
  const total = leadIn + Math.max(1, Math.round(rate * seconds));
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const target = targets[i % targets.length]!;
    const counted = i >= leadIn;
    pending.push(
      get(agent, target).then((failure) => {
        if (!counted) return;
        latencies.push(performance.now() - due);
        if (failure) failures.push(failure);
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return summarise(latencies, failures, (performance.now() - started) / 1000 - leadInSeconds);
}

/** null when answered 200, else why not ("HTTP 503", "ECONNRESET", "timeout"). */
function get(agent: http.Agent, { url, headers }: Target): Promise<string | null> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200 ? null : `HTTP ${res.statusCode}`));
      res.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(latencies: number[], failed: string[], seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: sorted.length,
    failures: failed.length,
    failureKinds: failed.reduce<Record<string, number>>((kinds, f) => ({ ...kinds, [f]: (kinds[f] ?? 0) + 1 }), {}),
    seconds,
    reqPerSec: sorted.length / seconds,
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? NaN),
  };
}
