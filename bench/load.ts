import autocannon from 'autocannon';
import { cpuSpent, type CpuProbe } from './cpu.js';

/** One load run against one server. Latencies in milliseconds. */
export type Measurement = {
  label: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx responses, socket errors and timeouts: a run with any is invalid. */
  failures: number;
  /** CPU ms per request in the server process, and in the database backends serving it (when measurable). */
  serverCpuMs?: number;
  dbCpuMs?: number;
};

export type LoadOptions = { url: string; connections: number; seconds: number; headers?: Record<string, string> };
export type Probes = { server?: () => Promise<number>; database?: CpuProbe };

export async function measure(label: string, { url, connections, seconds, headers }: LoadOptions, probes: Probes = {}): Promise<Measurement> {
  const before = { server: await probes.server?.(), database: await probes.database?.() };
  const result = await autocannon({ url, connections, duration: seconds, headers, timeout: 10 });
  const after = { server: await probes.server?.(), database: await probes.database?.() };
  const requests = result.latency.totalCount;
  const perRequest = (ms: number | undefined) => (ms === undefined || !requests ? undefined : ms / requests);
  return {
    label,
    reqPerSec: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    failures: result.non2xx + result.errors + result.timeouts,
    serverCpuMs: perRequest(before.server !== undefined && after.server !== undefined ? after.server - before.server : undefined),
    dbCpuMs: perRequest(before.database && after.database ? cpuSpent(before.database, after.database) : undefined),
  };
}

/** The run with the higher throughput: on a noisy machine the slower run measured the noise. */
export function best(runs: Measurement[]): Measurement {
  const valid = runs.filter((r) => r.failures === 0);
  if (!valid.length) throw new Error(`${runs[0]?.label ?? 'benchmark'}: every run had failed requests`);
  return valid.reduce((a, b) => (b.reqPerSec > a.reqPerSec ? b : a));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
