import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/** The page sizes every list offers (the server's PAGE_SIZES). */
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
/** Pages reach this many rows (the server's MAX_PAGE_WINDOW); past it, narrow the filters. */
export const MAX_PAGE_WINDOW = 10_000;

export type ListSpec<F extends string, S extends string> = {
  /** The address parameters that are the list's filters, named as the server's query names them. */
  filters: readonly F[];
  /** The sorts the server offers (`name`; `-name` descending) and the one it uses when none is asked. */
  sorts: readonly S[];
  defaultSort: S | `-${S}`;
};

/** A list's state and its setters (methods: a list of some filters passes where any list is taken). */
export type ListState<F extends string = string> = {
  filters: Partial<Record<F, string>>;
  sort: string;
  page: number;
  pageSize: number;
  /** The query the server gets: filters, sort, page, page size. */
  query: Record<string, string | number>;
  /** Set or clear filters; back to page 1. */
  setFilters(patch: Partial<Record<F, string | number | undefined>>): void;
  clearFilters(): void;
  /** Sort by a column (`-column` descending), or back to the default; back to page 1. */
  setSort(sort: string | undefined): void;
  setPage(page: number, pageSize: number): void;
};

const positive = (raw: string | null) => {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n > 0 ? n : undefined;
};

/**
 * A list's state, all of it in the address (filters, sort, page, page size), so a reload, the back
 * button, a bookmark or a shared link shows the same list. A changed filter or sort goes back to page 1;
 * other parameters of the address (the clients' ?q=) are left alone.
 */
export function useListParams<F extends string, S extends string>(spec: ListSpec<F, S>): ListState<F> {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const state = useMemo(() => {
    const p = new URLSearchParams(key);
    const rawSort = p.get('sort') ?? '';
    const sortable = spec.sorts.includes(rawSort.replace(/^-/, '') as S);
    const size = positive(p.get('pageSize'));
    const filters = {} as Partial<Record<F, string>>;
    for (const f of spec.filters) {
      const v = p.get(f)?.trim();
      if (v) filters[f] = v;
    }
    return {
      filters,
      sort: (sortable ? rawSort : spec.defaultSort) as S | `-${S}`,
      page: positive(p.get('page')) ?? 1,
      pageSize: size && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    };
    // The spec is a constant of the page; the address is the source of truth.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        change(next);
        return next;
      }),
    [setParams],
  );
  const put = (next: URLSearchParams, k: string, v: string | number | undefined) => (v === undefined || v === '' ? next.delete(k) : next.set(k, String(v)));

  return {
    ...state,
    query: useMemo(() => ({ ...(state.filters as Record<string, string>), sort: state.sort, page: state.page, pageSize: state.pageSize }), [state]),
    setFilters: useCallback(
      (patch: Partial<Record<F, string | number | undefined>>) =>
        update((next) => {
          for (const [k, v] of Object.entries(patch) as [string, string | number | undefined][]) put(next, k, v);
          next.delete('page');
        }),
      [update],
    ),
    clearFilters: useCallback(() => update((next) => [...spec.filters, 'page'].forEach((k) => next.delete(k))), [update, spec.filters]),
    setSort: useCallback(
      (sort: string | undefined) =>
        update((next) => {
          put(next, 'sort', sort === spec.defaultSort ? undefined : sort);
          next.delete('page');
        }),
      [update, spec.defaultSort],
    ),
    setPage: useCallback(
      (page: number, pageSize: number) =>
        update((next) => {
          const sizeChanged = pageSize !== (positive(next.get('pageSize')) ?? DEFAULT_PAGE_SIZE);
          put(next, 'page', sizeChanged || page === 1 ? undefined : page);
          put(next, 'pageSize', pageSize === DEFAULT_PAGE_SIZE ? undefined : pageSize);
        }),
      [update],
    ),
  };
}
