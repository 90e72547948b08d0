import { afterEach, beforeEach, describe, expect, it, inject } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { openTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import type { DB } from './schema.js';
import { refreshStatistics, staleTables } from './statistics.js';

// Issue 11, "Lists at branch scale": the embedded engine never analysed its tables, so the planner
// guessed. These run on both engines (the same rule as PostgreSQL's autovacuum: 50 rows + 10 %).
describe('planner statistics', () => {
  let test: TestDatabase;
  let db: Kysely<DB>;
  beforeEach(async () => {
    test = await openTestDatabase(inject('snapshot'));
    db = test.database.db;
  });
  afterEach(() => test.dropDatabase());

  const reltuples = async (table: string) =>
    (await sql<{ n: number }>`select reltuples::float8 as n from pg_class where relname = ${table}`.execute(db)).rows[0]!.n;

  /** Insert on one connection and ask its backend to publish the change counters at once (else up to 10 s later). */
  const insert = (from: number, to: number) =>
    db.connection().execute(async (c) => {
      await sql`insert into stats_probe select g, md5(g::text) from generate_series(${from}::int, ${to}::int) g`.execute(c);
      await sql`select pg_stat_force_next_flush()`.execute(c);
    });

  /** The counters reach pg_stat_user_tables asynchronously: wait until they show `rows` changes. */
  async function changesSeen(rows: number) {
    for (let i = 0; i < 200; i++) {
      const { rows: r } = await sql<{ n: number }>`
        select coalesce(n_mod_since_analyze, 0) as n from pg_stat_user_tables where relname = 'stats_probe'`.execute(db);
      if ((r[0]?.n ?? 0) >= rows) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the change counters never showed ${rows} changes`);
  }

  it('a table never analysed is analysed; then only again once more than 50 rows + 10 % changed', async () => {
    await sql`create table stats_probe (id int primary key, v text)`.execute(db);
    await insert(1, 5000);
    expect(await staleTables(db)).toContain('stats_probe');

    expect(await refreshStatistics(db)).toContain('stats_probe');
    expect(await reltuples('stats_probe')).toBe(5000);
    expect(await staleTables(db)).not.toContain('stats_probe');

    await insert(5001, 5400); // 400 changes: below 50 + 500
    await changesSeen(400);
    expect(await staleTables(db)).not.toContain('stats_probe');

    await insert(5401, 6000); // 1000 changes in all: above 550
    await changesSeen(1000);
    expect(await staleTables(db)).toContain('stats_probe');
    await refreshStatistics(db);
    expect(await reltuples('stats_probe')).toBe(6000);
    expect(await staleTables(db)).not.toContain('stats_probe');
  });

  it('after a bulk write ({ all: true }) every table is analysed, without waiting for the counters', async () => {
    await sql`create table stats_probe (id int primary key, v text)`.execute(db);
    await refreshStatistics(db, { all: true });
    await sql`insert into stats_probe select g, md5(g::text) from generate_series(1, 3000) g`.execute(db);
    const analysed = await refreshStatistics(db, { all: true });
    expect(analysed).toEqual(expect.arrayContaining(['stats_probe', 'client', 'policy', 'deadline']));
    expect(await reltuples('stats_probe')).toBe(3000);
  });

  it('with vacuum: true the visibility map is set too, so an index-only scan reads no table page', async () => {
    await sql`create table stats_probe (id int primary key, v text)`.execute(db);
    await sql`insert into stats_probe select g, md5(g::text) from generate_series(1, 3000) g`.execute(db);
    const allVisible = async () =>
      (await sql<{ n: number }>`select relallvisible::int as n from pg_class where relname = 'stats_probe'`.execute(db)).rows[0]!.n;
    await refreshStatistics(db, { all: true });
    expect(await allVisible()).toBe(0); // ANALYZE alone leaves it
    await refreshStatistics(db, { all: true, vacuum: true });
    expect(await allVisible()).toBeGreaterThan(0);
  });
});
