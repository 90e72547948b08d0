import { Type, type Static } from '@sinclair/typebox';
import { invalid } from './errors.js';

/**
 * Cursor pagination: `?limit=50&cursor=…` → `{ items, nextCursor }`. The cursor is opaque to
 * clients: the sort key and id of the last row, so pages stay stable while rows are added.
 */
export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
});
export type PageQuery = Static<typeof PageQuery>;

export const pageOf = <T extends import('@sinclair/typebox').TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export type Cursor = { key: string | number; id: number };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

/** What a cursor's sort key is, so a forged one is a 400 and never reaches the database as a bad value. */
export type CursorKey = 'int' | 'bigint' | 'timestamp';

const INT4_MAX = 2_147_483_647;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function isKey(value: unknown, kind: CursorKey): boolean {
  switch (kind) {
    case 'int':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= INT4_MAX;
    case 'bigint':
      return Number.isSafeInteger(value) && (value as number) >= 1;
    case 'timestamp': {
      if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return false;
      const at = new Date(value);
      // A real instant, written back the same way (no 2026-02-30 rolled into March), in the calendar's years.
      return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 19) === value.slice(0, 19) && at.getUTCFullYear() >= 1900 && at.getUTCFullYear() <= 2250;
    }
  }
}

/**
 * A cursor's parts if it is a base64url JSON array of `length` whose every part passes its check,
 * else 400 `query.cursor`: a cursor not made by us never reaches the database (issue 9: forged
 * cursors answered 500 on every cursor list). The one decoder for both kinds of list cursor.
 */
export function readCursor(raw: string, checks: ((part: unknown) => boolean)[]): unknown[] {
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === checks.length && checks.every((check, i) => check(value[i]))) return value;
  } catch {
    /* fall through */
  }
  throw invalid({ path: 'query.cursor', reason: 'invalidCursor' });
}

/** A row id as ids are stored (int4). */
export const isRowId = (value: unknown): boolean => isKey(value, 'int');

/**
 * The cursor a page answer gave, checked: its sort key of the `key` kind and its id a row id
 * (`id`: int4 ids, or 'bigint' for the audit sequence).
 */
export function decodeCursor(raw: string | undefined, key: CursorKey = 'int', id: 'int' | 'bigint' = 'int'): Cursor | undefined {
  if (!raw) return undefined;
  const [k, i] = readCursor(raw, [(v) => isKey(v, key), (v) => isKey(v, id)]) as [string | number, number];
  return { key: k, id: i };
}

/** Fetch `limit + 1` rows, return `limit` and a cursor if there was more. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  cursorOf: (row: Row) => Cursor,
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(toItem), nextCursor: more && last ? encodeCursor(cursorOf(last)) : null };
}
