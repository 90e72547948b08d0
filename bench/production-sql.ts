import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { DB } from '../server/src/platform/db/schema.js';

// The production SQL a baseline compares against, taken from the production code itself
// (issue 10, item 8: "bench baselines import production SQL where they compare against it, so
// they cannot drift"). No database: a Kysely whose driver records each statement and answers
// with the rows `answer` gives — enough to run a use case up to the statements it sends.

/** A Kysely on PostgreSQL's dialect that runs nothing: it records every statement. */
export function recordingDb(answer: (query: CompiledQuery) => unknown[] = () => []): { db: Kysely<DB>; statements: CompiledQuery[] } {
  const statements: CompiledQuery[] = [];
  const connection: DatabaseConnection = {
    async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
      statements.push(query);
      return { rows: answer(query) as R[] };
    },
    // eslint-disable-next-line require-yield
    async *streamQuery() {
      throw new Error('recordingDb: no streaming');
    },
  };
  const driver: Driver = {
    init: async () => undefined,
    acquireConnection: async () => connection,
    beginTransaction: async () => undefined,
    commitTransaction: async () => undefined,
    rollbackTransaction: async () => undefined,
    releaseConnection: async () => undefined,
    destroy: async () => undefined,
  };
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  return { db, statements };
}

/** SQL text compared modulo layout: comments dropped, whitespace collapsed, `$1`, `$2`, … all `$?`. */
export function normaliseSql(text: string): string {
  return text
    .replace(/--[^\n]*/g, ' ')
    .replace(/\$\d+/g, '$?')
    .replace(/\s+/g, ' ')
    .replace(/\(\s/g, '(')
    .replace(/\s\)/g, ')')
    .trim();
}

/**
 * A production statement `select "c".*, (select …) as "…", … from "<table>" as "c" …` (or a list
 * of the table's columns, `"p"."id", "p"."state", …`) cut to the table's own columns:
 * `select "c".* from "<table>" as "c" …` (or those columns) — the same WHERE, ORDER BY and LIMIT as the product,
 * without the names it adds beside the rows. Throws when the statement no longer has that shape
 * (the baseline would no longer be the product's query).
 */
export function tableAlone(statement: string, table: string, alias: string): string {
  const from = ` from "${table}" as "${alias}" `;
  const at = statement.indexOf(from);
  const columns = at < 0 ? [] : topLevelItems(statement.slice('select '.length, at)).filter((c) => c.startsWith(`"${alias}".`));
  if (!statement.startsWith('select ') || at < 0 || statement.indexOf(from, at + 1) >= 0 || columns.length === 0) {
    throw new Error(`the production statement is no longer "select "${alias}".… (names) ${from.trim()} …": update the baseline (bench/production-sql.ts). It is: ${statement}`);
  }
  return `select ${columns.join(', ')}${statement.slice(at)}`;
}

/** A select list's items, split at the commas outside parentheses (a name subquery is one item). */
function topLevelItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      items.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  items.push(list.slice(start).trim());
  return items;
}

/** Which of a statement's parameters is which, told apart by the values a sample lookup passed. */
export type ParameterRole = 'scope' | 'key' | 'limit' | 'offset';

export function parameterRoles(parameters: readonly unknown[], sample: { scope: readonly number[]; key: string; limit: number }): ParameterRole[] {
  return parameters.map((p, i) => {
    if (Array.isArray(p) && p.length === sample.scope.length && p.every((x, k) => x === sample.scope[k])) return 'scope';
    if (p === sample.key) return 'key';
    if (p === sample.limit) return 'limit';
    if (p === 0) return 'offset'; // the first page of an offset-paged list
    throw new Error(`parameter $${i + 1} of the production statement is ${JSON.stringify(p)}: neither the scope, the key ${JSON.stringify(sample.key)}, the limit ${sample.limit} nor the first page's offset 0`);
  });
}

export function parametersFor(roles: readonly ParameterRole[], values: { scope: readonly number[]; key: string; limit: number }): unknown[] {
  return roles.map((r) => (r === 'offset' ? 0 : values[r]));
}
