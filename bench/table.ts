/** A plain-text table: numeric columns right-aligned, the rest left-aligned. */
export function formatTable(header: string[], rows: string[][], numericColumns: ReadonlySet<number>): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row.map((c, i) => (numericColumns.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export function thousands(n: number): string {
  return n.toLocaleString('en-US').replaceAll(',', ' ');
}

/** The value below which p % of the values lie (nearest rank); NaN for none. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** An onProgress for a long generation: a log line every `step` rows, with the seconds since it began. */
export function progressEvery(log: (line: string) => void, noun: string, step = 250_000): (done: number) => void {
  const started = performance.now();
  let reported = 0;
  return (done) => {
    if (done - reported < step) return;
    reported = done;
    log(`  top-up    ${thousands(done)} ${noun}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  };
}
