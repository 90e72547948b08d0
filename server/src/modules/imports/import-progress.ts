/**
 * Progress of imports being processed in this process, for the wizard's progress bar: kept in
 * memory by import id (the browser polls it while its upload is processed), never stored.
 */
export type ImportPhase = 'reading' | 'checking' | 'writing' | 'done' | 'failed';
export type ImportProgress = { importId: string; kind: string; phase: ImportPhase; done: number; total: number; rows: number };

type Entry = ImportProgress & { userId: number | null; updatedAt: number };

const KEEP_MS = 10 * 60_000;
const entries = new Map<string, Entry>();

export type ProgressReporter = (update: Partial<Pick<ImportProgress, 'phase' | 'done' | 'total' | 'rows'>>) => void;

/** Start tracking an import; the reporter updates it. Entries are dropped ten minutes after their last update. */
export function trackImport(importId: string, kind: string, userId: number | null): ProgressReporter {
  const now = Date.now();
  for (const [id, e] of entries) if (now - e.updatedAt > KEEP_MS) entries.delete(id);
  const entry: Entry = { importId, kind, phase: 'reading', done: 0, total: 0, rows: 0, userId, updatedAt: now };
  entries.set(importId, entry);
  return (update) => Object.assign(entry, update, { updatedAt: Date.now() });
}

/** An import's progress, for the user who started it only. */
export function importProgress(importId: string, userId: number): ImportProgress | undefined {
  const e = entries.get(importId);
  if (!e || e.userId !== userId) return undefined;
  const { userId: _u, updatedAt: _t, ...progress } = e;
  return progress;
}
