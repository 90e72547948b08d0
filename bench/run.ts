// `npm run bench [-- <name>…] [--scale N] [--rows N] [--duration S] [--warmup S] [--rounds N] [--cpu-prof DIR]`:
// run the benchmarks, print each figure beside its same-run baseline.
// Compare ratios, not absolute numbers: the figures move with the machine and its load.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareBenchDatabase, serverVersion, type BenchDatabase } from './bench-database.js';
import type { Benchmark, BenchResult } from './benchmark.js';
import { dueDatesBenchmark } from './due-dates.bench.js';
import { sweepBenchmark } from './sweep.bench.js';
import { listUsersBenchmark } from './list-users.bench.js';
import { importBenchmarks } from './import.bench.js';
import { lookupBenchmark } from './lookup.bench.js';
import { backupBenchmark, BACKUP_DEFAULT_SCALE } from './backup.bench.js';
import { screensBenchmark } from './screens.bench.js';
import { noticesBenchmark } from './notices.bench.js';
import { queueBenchmark } from './queue.bench.js';
import { transitionBenchmark } from './transition.bench.js';
import { formatTable } from './table.js';

const BENCHMARKS: Benchmark[] = [dueDatesBenchmark, sweepBenchmark, listUsersBenchmark, lookupBenchmark, ...importBenchmarks, backupBenchmark, screensBenchmark, queueBenchmark, noticesBenchmark, transitionBenchmark];
/** Benchmarks whose data set has its own scale when `--scale` is not given (the others: 100). */
const DEFAULT_SCALE: Record<string, number> = { [backupBenchmark.name]: BACKUP_DEFAULT_SCALE };
const say = (line = '') => process.stdout.write(`${line}\n`);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    scale: { type: 'string' },
    rows: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
    'cpu-prof': { type: 'string' },
    'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/' },
  },
});
const scaleGiven = values.scale !== undefined;
const scale = scaleGiven ? positiveNumber('scale') : 100;
const rows = positiveNumber('rows');
const seconds = positiveNumber('duration');
const warmupSeconds = positiveNumber('warmup');
const rounds = positiveNumber('rounds');
const serverUrl = values['database-url'];

const unknown = positionals.filter((name) => !BENCHMARKS.some((b) => b.name === name));
if (unknown.length) {
  say(`Unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
// `--cpu-prof DIR`: each server process writes a V8 CPU profile there when it stops (open in Chrome DevTools).
const nodeArgs = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : [];
const selected = positionals.length ? BENCHMARKS.filter((b) => positionals.includes(b.name)) : BENCHMARKS;

let shared: Promise<BenchDatabase> | undefined;
const benchDatabase = () => (shared ??= prepareBenchDatabase(serverUrl, scale));

try {
  const postgres = selected.some((b) => b.usesDatabase) ? `; PostgreSQL ${await serverVersion(serverUrl)}` : '';
  say(`Anxin benchmarks — ${new Date().toISOString()}`);
  say(`  machine   ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GB; Node ${process.version}${postgres}`);
  say(`  load      ${loadAverage()} (1-minute load average before the runs; the machine is shared)`);

  const results: BenchResult[] = [];
  for (const benchmark of selected) {
    say();
    say(`${benchmark.name}: ${benchmark.description}`);
    say(`  load      ${loadAverage()} at the start`);
    const ownScale = scaleGiven ? scale : (DEFAULT_SCALE[benchmark.name] ?? scale);
    results.push(await benchmark.run({ serverUrl, scale: ownScale, scaleGiven, benchDatabase, rows, seconds, warmupSeconds, rounds, nodeArgs, log: say }));
  }
  say();
  printSummary(results);
  say(`load average after the runs: ${loadAverage()}`);
} finally {
  if (shared) await (await shared).database.close();
}

function printSummary(results: BenchResult[]) {
  for (const r of results) {
    say(`${r.name}`);
    for (const line of r.summary) say(`  ${line}`);
    say();
  }
  const table = formatTable(
    ['benchmark', 'ratio', 'of', 'round ratios', 'verdict'],
    results.map((r) => [
      r.name,
      r.ratio.toFixed(2),
      r.ratioOf,
      r.roundRatios.map((x) => (Number.isFinite(x) ? x.toFixed(2) : 'invalid')).join(', '),
      r.checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'} ${c.label}`).join('; '),
    ]),
    new Set([1]),
  );
  for (const line of table) say(line);
}

function positiveNumber(name: 'scale' | 'rows' | 'duration' | 'warmup' | 'rounds'): number {
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
