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
