import { readFile } from 'node:fs/promises';
import { sql, type Kysely } from 'kysely';

/**
 * CPU time per request is steadier than throughput on a shared machine (a busy neighbour
 * takes the CPU away, but mostly does not add to what each request costs) and says where the
 * cost is. Counters are cumulative per process; a run's cost is their growth over the run.
 * Approximate: a process that exits during the run takes its count with it.
 */
export type CpuCounters = Map<string, number>;
export type CpuProbe = () => Promise<CpuCounters | undefined>;

export function cpuSpent(before: CpuCounters, after: CpuCounters): number {
  let ms = 0;
  for (const [key, value] of after) ms += value - (before.get(key) ?? 0); // a new process counts from zero
  return ms;
}

/**
 * PostgreSQL backends serving one pool (by `application_name`), read from /proc: only
 * when the database runs on this machine and we may read its processes; otherwise undefined.
 */
export function postgresBackendsProbe(db: Kysely<any>, applicationName: string): CpuProbe {
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  return async () => {
    const { rows } = await sql<{ pid: number }>`
      select pid from pg_stat_activity where application_name = ${applicationName}`.execute(db);
    const counters: CpuCounters = new Map();
    for (const { pid } of rows) {
      try {
        const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from #3 on
        counters.set(String(pid), (Number(fields[11]) + Number(fields[12])) / ticksPerMs); // utime + stime
      } catch {
        return undefined;
      }
    }
    return counters;
  };
}
