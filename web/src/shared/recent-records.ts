import { useEffect, useSyncExternalStore } from 'react';
import { useSession } from '../session/useSession';

/**
 * 最近查看: the last records a user opened (clients and policies), newest first, for the header
 * search (an empty box) and the home page. Kept in this browser only, per user: the key holds the
 * user's id, and another user's list is removed when someone else signs in here. Only what the
 * pages show anyway is kept: the name or number and the masked mobile or the policyholder.
 */
export type RecentRecord = { kind: 'client' | 'policy'; id: number; path: string; title: string; detail: string; at: number };

export const RECENT_LIMIT = 10;
const PREFIX = 'anxin.recent.';
const keyOf = (userId: number) => `${PREFIX}${userId}`;
const listeners = new Set<() => void>();
const cache = new Map<number, { raw: string | null; items: RecentRecord[] }>();

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled: the list is simply empty
  }
}

/** Another user's lists go when this user's is read or written. */
function forgetOthers(s: Storage, userId: number) {
  for (let i = s.length - 1; i >= 0; i--) {
    const k = s.key(i);
    if (k?.startsWith(PREFIX) && k !== keyOf(userId)) s.removeItem(k);
  }
}

function parse(raw: string | null): RecentRecord[] {
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v)
      ? v.filter((r): r is RecentRecord => !!r && typeof r === 'object' && (r.kind === 'client' || r.kind === 'policy') && Number.isInteger(r.id)
          && typeof r.title === 'string' && typeof r.path === 'string').slice(0, RECENT_LIMIT)
      : [];
  } catch {
    return [];
  }
}

export function recentRecords(userId: number): RecentRecord[] {
  const s = storage();
  if (!s) return [];
  forgetOthers(s, userId);
  const raw = s.getItem(keyOf(userId));
  // The same array while nothing changed: useSyncExternalStore compares snapshots by identity.
  const hit = cache.get(userId);
  if (hit && hit.raw === raw) return hit.items;
  const items = parse(raw);
  cache.set(userId, { raw, items });
  return items;
}

/** A visit: the record moves to the top; the list keeps the last RECENT_LIMIT. */
export function recordVisit(userId: number, record: Omit<RecentRecord, 'at' | 'path'>, at = Date.now()) {
  const s = storage();
  if (!s) return;
  const path = `/${record.kind === 'client' ? 'clients' : 'policies'}/${record.id}`;
  const rest = recentRecords(userId).filter((r) => !(r.kind === record.kind && r.id === record.id));
  try {
    s.setItem(keyOf(userId), JSON.stringify([{ ...record, path, at }, ...rest].slice(0, RECENT_LIMIT)));
  } catch {
    return; // storage full: keep the old list
  }
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  const onStorage = (e: StorageEvent) => (e.key === null || e.key.startsWith(PREFIX)) && l();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(l);
    window.removeEventListener('storage', onStorage);
  };
};
const EMPTY: RecentRecord[] = [];

/** The signed-in user's recent records, kept current. */
export function useRecentRecords(): RecentRecord[] {
  const userId = useSession().me?.user.id;
  return useSyncExternalStore(subscribe, () => (userId === undefined ? EMPTY : recentRecords(userId)), () => EMPTY);
}

/** A detail page records its visit once its record has loaded (one line in the page). */
export function useRecordVisit(record: Omit<RecentRecord, 'at' | 'path'> | null | undefined) {
  const userId = useSession().me?.user.id;
  const { kind, id, title, detail } = record ?? {};
  useEffect(() => {
    if (userId !== undefined && kind && id !== undefined && title !== undefined) recordVisit(userId, { kind, id, title, detail: detail ?? '' });
  }, [userId, kind, id, title, detail]);
}
