import type { Kysely } from 'kysely';
import type { DB } from './schema.js';
import { startPeriodic, type JobLog } from '../jobs/periodic.js';
import { refreshStatistics } from './statistics.js';

/** How often the embedded engine's statistics are checked (autovacuum's naptime is 1 minute; a check is a catalogue read). */
export const STATISTICS_INTERVAL_MS = 5 * 60_000;

/** VACUUM (ANALYZE) what autovacuum would, on an engine that has none (PGlite): at start, then every few minutes. */
export function startStatisticsJob(db: Kysely<DB>, log: JobLog, intervalMs = STATISTICS_INTERVAL_MS) {
  return startPeriodic({
    name: 'planner statistics refreshed',
    intervalMs,
    log,
    work: async () => ({ analysed: await refreshStatistics(db, { vacuum: true }) }),
    report: (result) => result.analysed.length > 0,
  });
}
