// What a backup and a restore need to know of the schema, read from the catalogue of the
// database itself (the same queries on PGlite and PostgreSQL), so that a new table is backed up
// without anyone listing it here.
import { sql, type Kysely } from 'kysely';
import type { ForeignKey } from './table-order.js';

export type TableInfo = {
  name: string;
  /** Every column, in table order (what row_to_json writes). */
  columns: string[];
  /** The columns a restore inserts: all but generated ones. */
  insertable: string[];
  primaryKey: string[];
  /** Identity or serial column → its sequence (qualified, quoted as regclass text). */
  sequences: Record<string, string>;
};

export type SchemaInfo = { tables: Map<string, TableInfo>; foreignKeys: ForeignKey[] };

type AnyDb = Kysely<any>;

export async function readSchema(db: AnyDb): Promise<SchemaInfo> {
  const { rows: columns } = await sql<{ table: string; column: string; generated: boolean; sequence: string | null }>`
    select c.relname::text as table, a.attname::text as column, a.attgenerated <> '' as generated,
           pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) as sequence
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
    order by c.relname, a.attnum`.execute(db);
  const { rows: keys } = await sql<{ table: string; columns: string[] }>`
    select c.relname::text as table, array_agg(a.attname::text order by k.ord)::text[] as columns
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    cross join lateral unnest(con.conkey) with ordinality as k(attnum, ord)
    join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
    where n.nspname = current_schema() and con.contype = 'p'
    group by c.relname`.execute(db);
  const { rows: foreignKeys } = await sql<ForeignKey>`
    select distinct c.relname::text as table, r.relname::text as references
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_class r on r.oid = con.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and con.contype = 'f'
    order by 1, 2`.execute(db);

  const tables = new Map<string, TableInfo>();
  for (const c of columns) {
    const t = tables.get(c.table) ?? { name: c.table, columns: [], insertable: [], primaryKey: [], sequences: {} };
    t.columns.push(c.column);
    if (!c.generated) t.insertable.push(c.column);
    if (c.sequence) t.sequences[c.column] = c.sequence;
    tables.set(c.table, t);
  }
  for (const k of keys) {
    const t = tables.get(k.table);
    if (t) t.primaryKey = k.columns;
  }
  return { tables, foreignKeys };
}

/** Constraints not validated (`table.constraint`), e.g. checks a migration added NOT VALID for a start to fill and validate. */
export async function readNotValidConstraints(db: AnyDb): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select t.relname::text || '.' || c.conname::text as name
    from pg_constraint c
    join pg_class t on t.oid = c.conrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = current_schema() and not c.convalidated
    order by 1`.execute(db);
  return rows.map((r) => r.name);
}

/** Tables of the current schema: a restore target must have none. */
export async function countTables(db: AnyDb): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')`.execute(db);
  return rows[0]?.n ?? 0;
}
