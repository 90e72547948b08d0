// `npm run bench [-- <name>…] [--scale N] [--duration S] [--warmup S] [--rounds N] [--cpu-prof DIR]`: seed a dedicated PostgreSQL
// database, run the benchmarks, print each figure beside its same-run baseline.
// Compare ratios, not absolute numbers: the figures move with the machine and its load.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { prepareBenchDatabase } from './bench-database.js';
import type { Benchmark, BenchResult } from './benchmark.js';
import { median, type Measurement } from './load.js';
import { listUsersBenchmark } from './list-users.bench.js';

const BENCHMARKS: Benchmark[] = [listUsersBenchmark];
const say = (line = '') => process.stdout.write(`${line}\n`);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    scale: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
    'cpu-prof': { type: 'string' },
    'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/' },
  },
});
const scale = positiveNumber('scale');
const seconds = positiveNumber('duration');
const warmupSeconds = positiveNumber('warmup');
const rounds = positiveNumber('rounds');

const unknown = positionals.filter((name) => !BENCHMARKS.some((b) => b.name === name));
if (unknown.length) {
  say(`Unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
// `--cpu-prof DIR`: each server process writes a V8 CPU profile there when it stops (open in Chrome DevTools).
const nodeArgs = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : [];
const selected = positionals.length ? BENCHMARKS.filter((b) => positionals.includes(b.name)) : BENCHMARKS;

const bench = await prepareBenchDatabase(values['database-url'], scale);
try {
  const { rows } = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(bench.database.db);
  say(`Anxin benchmarks — ${new Date().toISOString()}`);
  say(`  machine   ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GB; Node ${process.version}; PostgreSQL ${rows[0]?.v}`);
  say(`  data      scale ${scale}: ${bench.seed.orgUnits} org units, ${bench.seed.users} users seeded in ${bench.seed.seconds.toFixed(1)} s`);
  say(`  load      ${loadAverage()} (1-minute load average before the runs; the machine is shared)`);
  say(`  runs      ${rounds} × ${seconds} s per server, alternating, after a ${warmupSeconds} s warm-up; best run of each reported`);

  const results: BenchResult[] = [];
  for (const benchmark of selected) {
    say();
    say(`${benchmark.name}: ${benchmark.description}`);
    results.push(await benchmark.run({ bench, seconds, warmupSeconds, rounds, nodeArgs, log: say }));
  }
  say();
  printTable(results);
  say(`load average after the runs: ${loadAverage()}`);
} finally {
  await bench.database.close();
}

function printTable(results: BenchResult[]) {
  const header = ['benchmark', 'server', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/req', 'db CPU ms/req', 'ratio', 'verdict'];
  const numeric = new Set([2, 3, 4, 5, 6, 7]);
  const rows: string[][] = [];
  const cells = (m: Measurement) => [m.reqPerSec.toFixed(0), String(m.p50), String(m.p99), cpu(m.serverCpuMs), cpu(m.dbCpuMs)];
  for (const r of results) {
    const verdict = r.checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'} ${c.label}`).join('; ');
    rows.push([r.name, 'baseline', ...cells(r.baseline), '1.00', '']);
    rows.push(['', 'app', ...cells(r.figure), r.ratio.toFixed(2), verdict]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  say(line(header));
  say(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) say(line(row));
  for (const r of results) {
    const valid = r.roundRatios.filter(Number.isFinite);
    const each = r.roundRatios.map((x) => (Number.isFinite(x) ? x.toFixed(2) : 'invalid')).join(', ');
    say(`${r.name}: ratio within each round ${each}${valid.length ? ` (median ${median(valid).toFixed(2)})` : ''}`);
  }
}

function cpu(ms: number | undefined): string {
  return ms === undefined ? '-' : ms.toFixed(2);
}

function positiveNumber(name: 'scale' | 'duration' | 'warmup' | 'rounds'): number {
  const n = Number(values[name]);
  if (!(n > 0)) {
    say(`--${name} must be a positive number, got "${values[name]}"`);
    process.exit(2);
  }
  return n;
}

function loadAverage(): string {
  return os.loadavg()[0]!.toFixed(2);
}
