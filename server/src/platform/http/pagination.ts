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

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && Number.isInteger(value[1])) {
      const [key, id] = value as [unknown, number];
      if (typeof key === 'string' || typeof key === 'number') return { key, id };
    }
  } catch {
    /* fall through */
  }
  throw invalid({ path: 'query.cursor', reason: 'invalidCursor' });
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
