import { WorkingCalendar } from '../server/src/modules/calendar/working-calendar.js';
import { bundledSchedules } from '../server/src/modules/calendar/official-schedules.js';
import { computeDue, computeDueMs, type DueNumbers, type DueRule } from '../server/src/modules/deadlines/compute-due.js';
import { allDeadlineRules } from '../server/src/modules/index.js';
import type { Benchmark } from './benchmark.js';
import { formatTable, ms, thousands } from './table.js';
import { BEIJING_OFFSET_MS as OFFSET_MS } from '../server/src/platform/time/beijing.js';

// Every module's rules (modules/index.ts gathers them from the module list).
const DEADLINE_RULES = allDeadlineRules();

const TARGET_MS = 1000; // the issue: 1M due dates in under 1 s, in one process
const PASSES = 3; // best of 3
const NAIVE_PAIRS = 100_000;
const DAY_MS = 86_400_000;
// Events from 2025-01-01 00:00 to 2027-12-31 24:00 Beijing time; 2027 has no official schedule yet.
const FIRST_MS = Date.UTC(2025, 0, 1) - OFFSET_MS;
const SPAN_MINUTES = (Date.UTC(2028, 0, 1) - Date.UTC(2025, 0, 1)) / 60_000;

type Pairs = { starts: Float64Array; ruleOf: Uint8Array; rules: readonly DueRule[] };

export const dueDatesBenchmark: Benchmark = {
  name: 'due-dates',
  description: 'computeDueMs over (event, rule) pairs on the official calendar, vs a day-by-day walk and a trivial loop',
  usesDatabase: false,
  async run({ rows, log }) {
    const calendar = new WorkingCalendar(new Map(bundledSchedules().map((s) => [s.year, s])));
    const pairs = generatePairs(rows);
    const subset = workingDaySubset(pairs, NAIVE_PAIRS);
    const dates = Array.from(pairs.starts, (t) => new Date(t)); // computeDue's input, made before timing
    const out = new Float64Array(rows);
    log(`  data      ${thousands(rows)} pairs: events every ~${(SPAN_MINUTES / rows).toFixed(1)} min over 2025-2027 (Beijing time), ` +
      `${pairs.rules.length} rules round-robin (${describeUnits(pairs)}); 2027 official: ${calendar.isOfficialYear(2027)}`);
    log(`  naive     the first ${thousands(subset.length)} pairs with a working-day rule, walked day by day`);

    const loops = {
      floor: () => trivialLoop(pairs, out),
      computeDueMs: () => prefixLoop(pairs, calendar, out),
      computeDue: () => dateLoop(pairs, dates, calendar),
      naiveSubset: () => naiveLoop(pairs, subset, calendar),
      prefixSubset: () => prefixSubsetLoop(pairs, subset, calendar),
    };
    // Warm-up: the JIT, and the calendar's per-year indexes (built on first use).
    const warmUp = performance.now();
    for (const loop of Object.values(loops)) loop();
    log(`  warm-up   one pass of each loop, ${ms(performance.now() - warmUp)} ms`);

    const check = agreeWithNaive(pairs, subset, calendar);
    log(`  check     computeDueMs = day-by-day walk on ${thousands(check.compared)} working-day pairs ` +
      `(due instant, warning instant, due date, provisional): ${check.mismatches} mismatches` +
      (check.first ? `; first: ${check.first}` : '') + `; ${thousands(check.provisional)} of them provisional (touch 2027)`);
    const sums = { computeDueMs: loops.computeDueMs().sum, computeDue: loops.computeDue().sum };
    const sameAsDates = sums.computeDueMs === sums.computeDue;
    log(`  check     computeDue (Date objects) gives the same due instants as computeDueMs: ${sameAsDates}`);

    const times: Record<keyof typeof loops, number[]> = { floor: [], computeDueMs: [], computeDue: [], naiveSubset: [], prefixSubset: [] };
    const roundRatios: number[] = [];
    for (let pass = 1; pass <= PASSES; pass++) {
      // The naive walk and computeDueMs on the same subset back to back: the per-round ratio.
      for (const name of ['naiveSubset', 'prefixSubset', 'floor', 'computeDueMs', 'computeDue'] as const) times[name].push(timed(loops[name]));
      roundRatios.push(times.prefixSubset.at(-1)! / times.naiveSubset.at(-1)!);
      log(`  pass ${pass}    trivial ${ms(times.floor.at(-1)!)} ms · computeDueMs ${ms(times.computeDueMs.at(-1)!)} ms · ` +
        `computeDue ${ms(times.computeDue.at(-1)!)} ms (${thousands(rows)}) · naive walk ${ms(times.naiveSubset.at(-1)!)} ms · ` +
        `computeDueMs ${ms(times.prefixSubset.at(-1)!)} ms (${thousands(subset.length)} working-day)`);
    }
    const best = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.min(...v)])) as Record<keyof typeof loops, number>;
    const scaling = durationScaling(calendar, log);

    const perPair = (t: number, n: number) => ((t * 1e6) / n).toFixed(0);
    const toMillion = rows / subset.length;
    const table = formatTable(
      ['loop', 'pairs', 'best ms', 'ns/pair', 'ratio'],
      [
        ['trivial start + duration·day (floor)', thousands(rows), ms(best.floor), perPair(best.floor, rows), '1.00'],
        ['computeDueMs', thousands(rows), ms(best.computeDueMs), perPair(best.computeDueMs, rows), (best.computeDueMs / best.floor).toFixed(1)],
        ['computeDue (Date objects, for information)', thousands(rows), ms(best.computeDue), perPair(best.computeDue, rows), (best.computeDue / best.floor).toFixed(1)],
        ['day-by-day walk, working-day rules (baseline)', thousands(subset.length), ms(best.naiveSubset), perPair(best.naiveSubset, subset.length), '1.00'],
        ['computeDueMs, the same working-day pairs', thousands(subset.length), ms(best.prefixSubset), perPair(best.prefixSubset, subset.length), (best.prefixSubset / best.naiveSubset).toFixed(2)],
      ],
      new Set([1, 2, 3, 4]),
    );
    const summary = [
      ...table,
      `the walk extrapolated to ${thousands(rows)} working-day pairs: ${ms(best.naiveSubset * toMillion)} ms; ` +
        `computeDueMs on them: ${ms(best.prefixSubset * toMillion)} ms`,
      `a 1-working-day rule against a 250-working-day rule (${thousands(SCALING_PAIRS)} pairs): computeDueMs ` +
        `${ms(scaling.prefix[0])} → ${ms(scaling.prefix[1])} ms, walk ${ms(scaling.naive[0])} → ${ms(scaling.naive[1])} ms`,
    ];
    return {
      name: 'due-dates',
      ratio: best.prefixSubset / best.naiveSubset,
      ratioOf: 'computeDueMs/day-by-day walk time',
      roundRatios,
      checks: [
        { label: `${thousands(rows)} × computeDueMs < ${TARGET_MS} ms (${ms(best.computeDueMs)})`, pass: best.computeDueMs < TARGET_MS },
        { label: 'same as the walk', pass: check.mismatches === 0 && sameAsDates },
      ],
      summary,
    };
  },
};

/** Deterministic pairs: event instants spread evenly (golden-ratio stride) over three years, minute resolution. */
function generatePairs(count: number): Pairs {
  const starts = new Float64Array(count);
  const ruleOf = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    starts[i] = FIRST_MS + Math.floor(((i * 0.6180339887498949) % 1) * SPAN_MINUTES) * 60_000;
    ruleOf[i] = i % DEADLINE_RULES.length;
  }
  return { starts, ruleOf, rules: DEADLINE_RULES };
}

function workingDaySubset({ ruleOf, rules }: Pairs, size: number): Int32Array {
  const picked: number[] = [];
  for (let i = 0; i < ruleOf.length && picked.length < size; i++) if (rules[ruleOf[i]!]!.unit === 'working_days') picked.push(i);
  return Int32Array.from(picked);
}

function describeUnits({ ruleOf, rules }: Pairs): string {
  const counts = new Map<string, number>();
  for (const r of ruleOf) counts.set(rules[r]!.unit, (counts.get(rules[r]!.unit) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([unit, n]) => `${unit} ${((100 * n) / ruleOf.length).toFixed(0)} %`).join(', ');
}

function timed(loop: () => unknown): number {
  const started = performance.now();
  loop();
  return performance.now() - started;
}

function trivialLoop({ starts, ruleOf, rules }: Pairs, out: Float64Array) {
  let sum = 0;
  for (let i = 0; i < starts.length; i++) sum += out[i] = starts[i]! + rules[ruleOf[i]!]!.duration * DAY_MS;
  return { sum };
}

function prefixLoop({ starts, ruleOf, rules }: Pairs, calendar: WorkingCalendar, out: Float64Array) {
  let sum = 0;
  for (let i = 0; i < starts.length; i++) sum += out[i] = computeDueMs(rules[ruleOf[i]!]!, starts[i]!, calendar).dueMs;
  return { sum };
}

function dateLoop({ ruleOf, rules }: Pairs, dates: Date[], calendar: WorkingCalendar) {
  let sum = 0;
  for (let i = 0; i < dates.length; i++) sum += computeDue(rules[ruleOf[i]!]!, dates[i]!, calendar).dueAt.getTime();
  return { sum };
}

function prefixSubsetLoop({ starts, ruleOf, rules }: Pairs, subset: Int32Array, calendar: WorkingCalendar) {
  let sum = 0;
  for (const i of subset) sum += computeDueMs(rules[ruleOf[i]!]!, starts[i]!, calendar).dueMs;
  return { sum };
}

function naiveLoop({ starts, ruleOf, rules }: Pairs, subset: Int32Array, calendar: WorkingCalendar) {
  let sum = 0;
  for (const i of subset) sum += naiveDue(rules[ruleOf[i]!]!, starts[i]!, calendar).dueMs;
  return { sum };
}

/**
 * The same rule for working-day deadlines, written the obvious way: step one day at a time and
 * count the working days. Same calendar look-up per day (`isWorkingDayNumber`), so the two differ
 * only in the arithmetic.
 */
function naiveDue(rule: DueRule, startMs: number, calendar: WorkingCalendar): DueNumbers {
  const local = startMs + OFFSET_MS;
  const eventDay = Math.floor(local / DAY_MS);
  let from = eventDay;
  if (rule.duration >= 0) {
    const cutoff = rule.cutoffTime === null ? Infinity : Number(rule.cutoffTime.slice(0, 2)) * 60 + Number(rule.cutoffTime.slice(3, 5));
    const minute = Math.floor((local - eventDay * DAY_MS) / 60_000);
    if (minute > cutoff || !calendar.isWorkingDayNumber(eventDay)) from = walk(calendar, eventDay, 1);
  }
  const dueDay = walk(calendar, from, rule.duration);
  const dueMs = (dueDay + 1) * DAY_MS - OFFSET_MS - 1;
  let warnMs: number;
  switch (rule.warnUnit) {
    case 'working_days': warnMs = walk(calendar, dueDay, -rule.warnBefore) * DAY_MS - OFFSET_MS; break;
    case 'calendar_days': warnMs = (dueDay - rule.warnBefore) * DAY_MS - OFFSET_MS; break;
    case 'hours': warnMs = dueMs - rule.warnBefore * 3600_000; break;
    case 'minutes': warnMs = dueMs - rule.warnBefore * 60_000; break;
  }
  const first = Math.min(eventDay, dueDay, Math.floor((warnMs + OFFSET_MS) / DAY_MS));
  const last = Math.max(eventDay, dueDay);
  let provisional = false;
  for (let y = new Date(first * DAY_MS).getUTCFullYear(); y <= new Date(last * DAY_MS).getUTCFullYear(); y++) {
    if (!calendar.isOfficialYear(y)) provisional = true;
  }
  return { dueMs, warnMs, dueDay, provisional };
}

/** The n-th working day after `day` (n < 0: before), `day` itself not counted: one day at a time. */
function walk(calendar: WorkingCalendar, day: number, n: number): number {
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (calendar.isWorkingDayNumber(day)) left--;
  }
  return day;
}

function agreeWithNaive(pairs: Pairs, subset: Int32Array, calendar: WorkingCalendar) {
  let mismatches = 0;
  let provisional = 0;
  let first: string | undefined;
  for (const i of subset) {
    const rule = pairs.rules[pairs.ruleOf[i]!]!;
    const a = computeDueMs(rule, pairs.starts[i]!, calendar);
    const b = naiveDue(rule, pairs.starts[i]!, calendar);
    if (a.provisional) provisional++;
    if (a.dueMs !== b.dueMs || a.warnMs !== b.warnMs || a.dueDay !== b.dueDay || a.provisional !== b.provisional) {
      mismatches++;
      first ??= `${DEADLINE_RULES[pairs.ruleOf[i]!]!.id} from ${new Date(pairs.starts[i]!).toISOString()}: ` +
        `computeDueMs ${JSON.stringify(a)}, walk ${JSON.stringify(b)}`;
    }
  }
  return { compared: subset.length, mismatches, provisional, first };
}

const SCALING_PAIRS = 100_000;

/** Cost against the length of the period: the prefix counts should not care, the walk grows with it. */
function durationScaling(calendar: WorkingCalendar, log: (line: string) => void) {
  const starts = generatePairs(SCALING_PAIRS).starts;
  const rule = (duration: number): DueRule => ({ duration, unit: 'working_days', rollToWorkingDay: false, cutoffTime: '17:30', warnBefore: 1, warnUnit: 'working_days' });
  const run = (r: DueRule, due: typeof naiveDue) => {
    let sum = 0;
    for (let i = 0; i < starts.length; i++) sum += due(r, starts[i]!, calendar).dueMs;
    return sum;
  };
  const measure = (duration: number, due: typeof naiveDue) => {
    const r = rule(duration);
    run(r, due); // warm-up
    return Math.min(...Array.from({ length: PASSES }, () => timed(() => run(r, due))));
  };
  const prefix: [number, number] = [measure(1, computeDueMs), measure(250, computeDueMs)];
  const naive: [number, number] = [measure(1, naiveDue), measure(250, naiveDue)];
  log(`  scaling   1 vs 250 working days, ${thousands(SCALING_PAIRS)} pairs: computeDueMs ${ms(prefix[0])} / ${ms(prefix[1])} ms, ` +
    `walk ${ms(naive[0])} / ${ms(naive[1])} ms`);
  return { prefix, naive };
}
