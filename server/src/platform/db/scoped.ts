import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Scope } from '../authz/scope.js';

/**
 * `column = any(scope units)`: the one way scoped reads filter by org unit.
 * An empty scope matches nothing (deny by default). A scope of one unit (an office's clerk or
 * agent) is written `column = unit`: PostgreSQL 15 reads an index on (org_unit_id, sort key) in
 * order for an equality, not for `= any(array of one)`, so a deep page of one office's list
 * would otherwise sort the office (136-204 ms at page 50, issue 11 "Lists at branch scale").
 */
export function inScope(column: string, scope: Scope): RawBuilder<boolean> {
  if (scope.everything) return sql<boolean>`true`;
  const units = [...scope.orgUnitIds];
  if (units.length === 1) return sql<boolean>`${sql.ref(column)} = ${units[0]!}::int`;
  return sql<boolean>`${sql.ref(column)} = any(${units}::int[])`;
}

/** The org unit of row `id` of `table` when the row is inside `scope`; null otherwise (a record type's `orgUnitOf`). */
export async function orgUnitInScope(db: Kysely<any>, table: string, id: number, scope: Scope): Promise<number | null> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const { rows } = await sql<{ org_unit_id: number }>`select org_unit_id from ${sql.table(table)} where id = ${id} and ${inScope('org_unit_id', scope)}`.execute(db);
  return rows[0]?.org_unit_id ?? null;
}

/** The ids of the newest rows of `table` inside `scope` (by id, newest first): a record type's `newest`. */
export async function newestInScope(db: Kysely<any>, table: string, scope: Scope, limit: number): Promise<number[]> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const { rows } = await sql<{ id: number }>`select id from ${sql.table(table)} where ${inScope('org_unit_id', scope)} order by id desc limit ${limit}`.execute(db);
  return rows.map((r) => r.id);
}
