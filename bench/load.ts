import autocannon from 'autocannon';

/** One load run against one server. Latencies in milliseconds. */
export type Measurement = {
  label: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx responses, socket errors and timeouts: a run with any is invalid. */
  failures: number;
};

export type LoadOptions = { url: string; connections: number; seconds: number; headers?: Record<string, string> };

export async function measure(label: string, { url, connections, seconds, headers }: LoadOptions): Promise<Measurement> {
  const result = await autocannon({ url, connections, duration: seconds, headers, timeout: 10 });
  const requests = result.latency.totalCount;
  return {
    label,
    reqPerSec: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** The run with the higher throughput: on a noisy machine the slower run measured the noise. */
export function best(runs: Measurement[]): Measurement {
  const valid = runs.filter((r) => r.failures === 0);
  if (!valid.length) throw new Error(`${runs[0]?.label ?? 'benchmark'}: every run had failed requests`);
  return valid.reduce((a, b) => (b.reqPerSec > a.reqPerSec ? b : a));
}
