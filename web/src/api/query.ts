import { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { ApiError } from './client';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: unknown;
    /** `followsDeadlines`: refetch whenever deadlines change here (see invalidateDeadlines). */
    queryMeta: { followsDeadlines?: boolean };
  }
}

/** Worth asking again: the network failed or the server erred (5xx). A 4xx answer will be the same next time. */
export function isTransient(err: unknown): boolean {
  return err instanceof ApiError && (err.code === 'NETWORK' || err.status >= 500);
}

/**
 * The one cache of server answers. Reads are retried twice on a transient failure, never on a
 * refusal; writes are never retried (the server may have done it). A screen reads afresh when it
 * opens (staleTime 0), as it did before the cache, and not merely because the window got focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, err) => failures < 2 && isTransient(err),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

/**
 * What the server wrote in one language (rule names, bases, unit names, messages) is fetched again
 * in the other as soon as the user switches: the API sends Accept-Language with each request, and
 * a cached answer would keep the old language until the next reload. Returns the unsubscribe.
 */
export function refetchOnLanguageChange(i18n: I18n, queryClient: QueryClient): () => void {
  const refetch = () => void queryClient.invalidateQueries();
  i18n.on('languageChanged', refetch);
  return () => i18n.off('languageChanged', refetch);
}
