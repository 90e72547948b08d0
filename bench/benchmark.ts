import type { BenchDatabase } from './bench-database.js';
import type { Measurement } from './load.js';

export type BenchContext = {
  bench: BenchDatabase;
  /** Length of each measured run, and of the warm-up before them. */
  seconds: number;
  warmupSeconds: number;
  /** Measured runs per server, alternating baseline and figure. */
  rounds: number;
  /** Extra Node flags for the server processes (e.g. `--cpu-prof`). */
  nodeArgs: string[];
  log(line: string): void;
};

export type Check = { label: string; pass: boolean };

/** Every benchmark reports its figure against a baseline measured in the same run. */
export type BenchResult = {
  name: string;
  runs: Measurement[];
  figure: Measurement;
  baseline: Measurement;
  /** figure / baseline throughput, best run of each. */
  ratio: number;
  /** figure / baseline throughput within each round (the two measured back to back). */
  roundRatios: number[];
  checks: Check[];
};

export type Benchmark = {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<BenchResult>;
};
