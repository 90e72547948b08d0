import type { BenchDatabase } from './bench-database.js';

export type BenchContext = {
  /** PostgreSQL server on which benchmarks create their databases (needs `create database`). */
  serverUrl: string;
  /** Demo data scale for the databases the benchmarks seed. */
  scale: number;
  /** Whether `--scale` was given (a benchmark with its own default scales keeps them otherwise). */
  scaleGiven: boolean;
  /** The shared `anxin_bench` database seeded at `scale`: prepared on first use. */
  benchDatabase(): Promise<BenchDatabase>;
  /** Rows the data-heavy benchmarks generate: (event, rule) pairs, open deadlines. */
  rows: number;
  /** Length of each measured run, and of the warm-up before them (load benchmarks). */
  seconds: number;
  warmupSeconds: number;
  /** Measured runs of each side, alternating baseline and figure. */
  rounds: number;
  /** Extra Node flags for server processes (e.g. `--cpu-prof`). */
  nodeArgs: string[];
  log(line: string): void;
};

export type Check = { label: string; pass: boolean };

/** Every benchmark reports its figure against a baseline measured in the same run. */
export type BenchResult = {
  name: string;
  /** Figure against baseline, in the sense `ratioOf` states (best run of each). */
  ratio: number;
  ratioOf: string;
  /** The same ratio within each round (the two measured back to back). NaN: the round was invalid. */
  roundRatios: number[];
  checks: Check[];
  /** The benchmark's own results table, printed again in the summary at the end. */
  summary: string[];
};

export type Benchmark = {
  name: string;
  description: string;
  /** Whether it needs the PostgreSQL server. */
  usesDatabase: boolean;
  run(ctx: BenchContext): Promise<BenchResult>;
};
