/**
 * A query's fixed part — its tables, columns and name subqueries — built once per database handle
 * and reused: Kysely builders are immutable, so each request adds its scope, filters and order to
 * its own copy. Building the column lists was a tenth of the server's CPU for a page of a list
 * (docs/PERFORMANCE.md, screens); a transaction is a handle of its own (kept while it lives).
 */
export function perHandle<H extends object, T>(build: (db: H) => T): (db: H) => T {
  const built = new WeakMap<H, T>();
  return (db) => {
    let query = built.get(db);
    if (query === undefined) built.set(db, (query = build(db)));
    return query;
  };
}
