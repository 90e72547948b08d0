// The order of the tables in a backup file: every table after the tables its foreign keys
// reference (a self-reference orders nothing), so that a reader meets parents before children.
// The restore itself sets foreign keys aside while loading and needs no order (restore-database.ts).

export type ForeignKey = { table: string; references: string };

/**
 * Kahn's algorithm, smallest name first among the tables that are ready, so the order is the
 * same on every run and engine. A cycle between different tables has no such order: refused.
 */
export function loadOrder(tables: string[], foreignKeys: ForeignKey[]): string[] {
  const known = new Set(tables);
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set()]));
  for (const fk of foreignKeys) {
    if (known.has(fk.table) && known.has(fk.references) && fk.table !== fk.references) parents.get(fk.table)!.add(fk.references);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  let ready = tables.filter((t) => parents.get(t)!.size === 0).sort();
  while (ready.length) {
    const next = ready.shift()!;
    ordered.push(next);
    placed.add(next);
    const unlocked = tables.filter((t) => !placed.has(t) && !ready.includes(t) && [...parents.get(t)!].every((p) => placed.has(p)));
    ready = [...ready, ...unlocked].sort();
  }
  if (ordered.length < tables.length) {
    const left = tables.filter((t) => !placed.has(t)).sort();
    throw new Error(`No load order exists for ${left.join(', ')}: their foreign keys form a cycle, or reference one.`);
  }
  return ordered;
}
