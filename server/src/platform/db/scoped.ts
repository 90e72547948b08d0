import { sql, type RawBuilder } from 'kysely';
import type { Scope } from '../authz/scope.js';

/**
 * `column = any(scope units)`: the one way scoped reads filter by org unit.
 * An empty scope matches nothing (deny by default).
 */
export function inScope(column: string, scope: Scope): RawBuilder<boolean> {
  if (scope.everything) return sql<boolean>`true`;
  return sql<boolean>`${sql.ref(column)} = any(${[...scope.orgUnitIds]}::int[])`;
}
