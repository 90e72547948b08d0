import type { Actor } from '../authz/actor.js';
import type { SessionWithUser } from './sessions.js';

export type ResolvedSession = SessionWithUser & { token: string; actor: Actor };
export type SessionCache = ReturnType<typeof createSessionCache>;

/**
 * Sessions the guard has resolved (session row + Actor), kept for a few seconds: without it
 * every API call spends two statements on who is asking before doing its own work, which
 * roughly halves throughput on a small server (docs/PERFORMANCE.md).
 *
 * Exact within this process: every request that may change access (guard.ts: the platform's
 * routes, the modules that declare `changesAccess`) clears the cache once its handler has finished
 * (its transaction committed), and a lookup that overlapped such a request is not stored. Another process on the same database sees a logout, role change, disabled user or
 * moved org unit within `ttlMs`.
 */
export function createSessionCache({ ttlMs = 5_000, maxEntries = 10_000 } = {}) {
  const entries = new Map<string, { value: ResolvedSession; until: number }>();
  let epoch = 0;
  let hits = 0;
  let misses = 0;
  return {
    get(token: string): ResolvedSession | undefined {
      const entry = entries.get(token);
      if (entry && entry.until > Date.now()) {
        hits++;
        return entry.value;
      }
      misses++;
      if (entry) entries.delete(token);
      return undefined;
    },
    /** How often a request found its session resolved, for the tests and the benchmarks. */
    stats: () => ({ hits, misses, clears: epoch, size: entries.size }),
    /** Read before looking a session up; `set` ignores a result from before the last `clear`. */
    epoch: () => epoch,
    set(token: string, value: ResolvedSession, lookedUpAt: number): void {
      if (lookedUpAt !== epoch) return;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(token, { value, until: Math.min(Date.now() + ttlMs, value.expires_at.getTime()) });
    },
    clear(): void {
      epoch++;
      entries.clear();
    },
  };
}
