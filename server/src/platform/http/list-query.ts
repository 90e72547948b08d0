import { Type, type TObject, type TProperties, type TSchema } from '@sinclair/typebox';
import { Id } from './schemas.js';
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { countRows, COUNT_LIMITS } from '../db/count-rows.js';
import { invalid } from './errors.js';
import { isRowId, readCursor } from './pagination.js';
import { isIsoDate } from '../time/iso-date.js';

/**
 * The one list contract (issue 11, item 4). A list declares its sorts and filters once
 * (`listQuery`), answers `listOf(item)` and runs through `runList`:
 *
 *   ?sort=-effectiveDate&page=3&pageSize=20&state=in_force → {items, total, totalExact, page, pageSize, nextCursor}
 *
 * Pages are offsets over an index-ordered scan (every offered sort has an index ending in id, the
 * tie-breaker), so page n costs n × pageSize index entries, not a sort of the scope. A person pages a
 * few screens deep; a window past MAX_PAGE_WINDOW rows is refused with "narrow the filters or turn
 * the sort round". Whatever walks a whole list (exports, "load more" tabs) passes `cursor` instead:
 * keyset on (sort key, id), the same cost at any depth.
 */
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_WINDOW = 10_000;

export type SortName<S extends string> = S | `-${S}`;

/** A list's query parameters: its filters, `sort` (its whitelist, ascending or `-` descending), paging. */
export function listQuery<S extends string, P extends TProperties>(spec: { sorts: readonly S[]; defaultSort: SortName<S>; filters: P }) {
  const sortValues = spec.sorts.flatMap((s) => [s, `-${s}`]);
  return Type.Object({
    ...spec.filters,
    sort: Type.Optional(
      Type.Unsafe<SortName<S>>({ type: 'string', enum: sortValues, description: `a column, ascending, or -column descending; default ${spec.defaultSort}; ties broken by id` }),
    ),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_WINDOW, description: 'from 1; offset paging' })),
    pageSize: Type.Optional(Type.Unsafe<(typeof PAGE_SIZES)[number]>({ type: 'integer', enum: [...PAGE_SIZES], minimum: 10, maximum: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, description: 'with cursor: keyset paging for walking a whole list' })),
    cursor: Type.Optional(Type.String({ maxLength: 500 })),
  });
}

/** The most rows a selection export names (`?ids=1&ids=2…`). */
export const MAX_SELECTED = 500;

/**
 * An export's query: exactly the list's filters and sort (what the screen shows, all of its pages),
 * or with `ids` only those selected rows of it.
 */
export const exportQueryOf = <T extends TObject>(list: T) =>
  Type.Composite([
    Type.Omit(list, ['page', 'pageSize', 'limit', 'cursor']),
    Type.Object({ ids: Type.Optional(Type.Array(Id(), { minItems: 1, maxItems: MAX_SELECTED, description: 'the selected rows only' })) }),
  ]);

/** The answer of every list. `total` is exact up to a threshold, else the planner's estimate (`totalExact: false`). */
export const listOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'null when walking with limit + cursor (nothing counted)' }),
    totalExact: Type.Boolean({ description: 'false: total is an estimate (a large list), or not counted'}),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1 }),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'keyset cursor of the next rows in the same sort' }),
  });

export type ListAnswer<Item> = { items: Item[]; total: number | null; totalExact: boolean; page: number; pageSize: number; nextCursor: string | null };

/** What a sort key's cursor value is, so a forged cursor is a 400, never a database error. */
type KeyKind = 'date' | 'timestamp' | 'number' | 'text';

/** One offered sort: the ordered expression (served by an index ending in id) and what kind of value it is. */
export type SortColumn = { expr: RawBuilder<unknown>; kind: KeyKind };

export type ListParams<S extends string> = { sort?: SortName<S>; page?: number; pageSize?: number; limit?: number; cursor?: string };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySelect<Row> = SelectQueryBuilder<any, any, Row>;

/**
 * One page of a filtered, scoped query in the requested sort, with its total. A walk with `limit`
 * (+ `cursor`: "load more", the header search's number lookup) and `count: false` (an export) count
 * nothing and answer `total: null` — a count per lookup would double the cost of a lookup.
 */
export async function runList<Row, Item, S extends string>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  query: AnySelect<Row>,
  spec: {
    sorts: Record<S, SortColumn>; defaultSort: SortName<S>; id: string; idOf(row: Row): number;
    /** The same rows without the joins the page needs only for its columns: what the total counts (index-only where it can). */
    countQuery?: AnySelect<unknown>;
    /**
     * For a scope of several org units and one of `sorts`, served by an index on (`column`, sort key, id):
     * the page's ids are read per unit — each unit's first rows in order, merged — instead of walking
     * the whole table's order past every row of the units outside the scope. `units` null: no list of
     * units (everything in scope), the plain walk.
     */
    perUnit?: { column: string; units: readonly number[] | null; sorts: readonly S[] };
  },
  params: ListParams<S>,
  toItem: (row: Row) => Item,
  opts: { count?: boolean } = {},
): Promise<ListAnswer<Item>> {
  const sortName = params.sort ?? spec.defaultSort;
  const desc = sortName.startsWith('-');
  const column = spec.sorts[(desc ? sortName.slice(1) : sortName) as S];
  const size = params.pageSize ?? params.limit ?? DEFAULT_PAGE_SIZE;
  const page = params.cursor ? 1 : (params.page ?? 1);
  const offset = (page - 1) * size;
  if (offset + size > MAX_PAGE_WINDOW) throw invalid({ path: 'query.page', reason: 'pageTooDeep', params: { limit: MAX_PAGE_WINDOW } });

  const id = sql.ref(spec.id);
  let rowsQuery = query;
  const cursor = decodeListCursor(params.cursor, sortName, column.kind);
  if (cursor) {
    rowsQuery = rowsQuery.where(desc ? sql<boolean>`(${column.expr}, ${id}) < (${cursor.key}, ${cursor.id})` : sql<boolean>`(${column.expr}, ${id}) > (${cursor.key}, ${cursor.id})`);
  }
  const direction = desc ? sql`desc` : sql`asc`;
  const units = spec.perUnit?.units;
  if (spec.perUnit && units && units.length > 1 && spec.perUnit.sorts.includes((desc ? sortName.slice(1) : sortName) as S)) {
    // Each unit's first offset + size + 1 rows from its index, the best of them merged; the page is
    // then read by id (`= any(array(…))`: the ids first, then at most that many rows by primary key).
    const window = offset + size + 1;
    let bare = (spec.countQuery ?? query) as AnySelect<unknown>;
    if (cursor) bare = bare.where(desc ? sql<boolean>`(${column.expr}, ${id}) < (${cursor.key}, ${cursor.id})` : sql<boolean>`(${column.expr}, ${id}) > (${cursor.key}, ${cursor.id})`);
    const perUnit = bare
      .clearSelect()
      .clearOrderBy()
      .select([sql<number>`${id}`.as('list_id'), sql`${column.expr}`.as('list_key')])
      .where(sql<boolean>`${sql.ref(spec.perUnit.column)} = s.unit_id`)
      .orderBy(sql`${column.expr} ${direction}`)
      .orderBy(sql`${id} ${direction}`)
      .limit(window);
    const ids = sql`array(select k.list_id from unnest(${[...units]}::int[]) as s(unit_id) cross join lateral (${perUnit}) as k
      order by k.list_key ${direction}, k.list_id ${direction} limit ${window})`;
    rowsQuery = rowsQuery.where(sql<boolean>`${id} = any(${ids})`);
  }
  // The key as the database writes it (full precision: a timestamp's microseconds survive the cursor).
  const ordered = rowsQuery
    .select(sql<string>`(${column.expr})::text`.as('list_sort_key'))
    .orderBy(sql`${column.expr} ${direction}`)
    .orderBy(sql`${id} ${direction}`)
    .limit(size + 1)
    .offset(offset);
  const walking = opts.count === false || (params.limit !== undefined && params.page === undefined && params.pageSize === undefined);
  const [rows, count] = await Promise.all([
    ordered.execute(),
    walking ? Promise.resolve({ total: null, exact: false }) : countRows(db, spec.countQuery ?? query, COUNT_LIMITS),
  ]);
  const more = rows.length > size;
  const pageRows = (more ? rows.slice(0, size) : rows) as (Row & { list_sort_key: string })[];
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(toItem),
    total: count.total,
    totalExact: count.exact,
    page,
    pageSize: size,
    nextCursor: more && last ? encodeListCursor(sortName, last.list_sort_key, spec.idOf(last)) : null,
  };
}

/** The cursor of the next rows: the sort, the last row's key as the database wrote it, its id. */
export function encodeListCursor(sort: string, key: string, id: number): string {
  return Buffer.from(JSON.stringify([sort, key, id])).toString('base64url');
}

const NUMERIC = /^-?\d{1,15}(\.\d{1,4})?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)?$/;
const KEY_CHECK: Record<KeyKind, (key: unknown) => boolean> = {
  date: (k) => typeof k === 'string' && isIsoDate(k),
  timestamp: (k) => typeof k === 'string' && TIMESTAMP.test(k) && isIsoDate(k.slice(0, 10)),
  number: (k) => typeof k === 'string' && NUMERIC.test(k),
  text: (k) => typeof k === 'string' && k.length <= 200,
};

/** Rows in an org unit or any unit below it (a list's org unit filter; the scope filter still applies). */
export function inOrgSubtree(column: string, orgUnitId: number): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} in (select d.id from org_unit d join org_unit u on d.path like (u.path || '%') where u.id = ${orgUnitId})`;
}

/** A cursor of this sort, else 400: a cursor from another sort or a forged one never reaches the database. */
function decodeListCursor(raw: string | undefined, sort: string, kind: KeyKind): { key: string | number; id: number } | undefined {
  if (!raw) return undefined;
  const [, key, id] = readCursor(raw, [(v) => v === sort, KEY_CHECK[kind], isRowId]) as [string, string | number, number];
  return { key, id };
}
