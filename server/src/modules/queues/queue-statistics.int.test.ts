import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.js';
import { planRows } from '../../platform/db/count-rows.js';

// The team queue's filter names the team's unit and the record's unit, which on a team item are the
// same: without the extended statistics of 20261207T1000_work_item_queue_statistics the planner
// multiplies the two selectivities and expects a twentieth of an office's team items — at 1M items
// it then sorted all 5 600 of them instead of reading one page off the index (bench/queue.bench.ts).
describe("the planner's view of a team queue", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('expects about as many open team items of an office as there are (within 3×), once analysed', async () => {
    const units = (await t.db.selectFrom('org_unit').select('id').orderBy('id').execute()).map((u) => u.id);
    const owner = (await t.db.selectFrom('app_user').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()).id;
    expect(units.length).toBeGreaterThan(10);
    // 40 000 items, round robin over the units: three in ten open, a third of those in the unit's
    // clerks' team queue, the rest someone's; the others closed.
    await sql`
      insert into work_item (entity_type, entity_id, org_unit_id, state, open, owner_id, team_org_unit_id, team_role, received_at, assigned_at, closed_at, due_at)
      select 'servicing', 900000000 + g, u.id, case when g % 10 < 3 then 'received' else 'completed' end, g % 10 < 3,
             case when g % 10 < 3 and g % 3 = 0 then null else ${owner}::int end,
             case when g % 10 < 3 and g % 3 = 0 then u.id end, case when g % 10 < 3 and g % 3 = 0 then 'clerk' end,
             now() - (g % 1000) * interval '1 hour', now() - (g % 1000) * interval '1 hour', case when g % 10 >= 3 then now() end,
             case when g % 10 < 3 then now() + (g % 100) * interval '1 hour' end
      from generate_series(1, 40000) g
      join (select id, row_number() over (order by id) - 1 as rn from org_unit) u on u.rn = g % ${units.length}`.execute(t.db);
    await sql`analyze work_item`.execute(t.db);

    const unit = units[1]!;
    const filter = `from work_item w where w.entity_type in ('servicing') and w.org_unit_id = ${unit} and w.team_role = 'clerk' and w.team_org_unit_id = ${unit} and w.open`;
    const actual = Number((await t.db.executeQuery<{ n: string }>(CompiledQuery.raw(`select count(*) as n ${filter}`))).rows[0]!.n);
    const plan = (await t.db.executeQuery<{ 'QUERY PLAN': unknown }>(CompiledQuery.raw(`explain (format json) select w.* ${filter}`))).rows[0]!['QUERY PLAN'];
    const expected = planRows(plan);
    expect(actual).toBeGreaterThan(100);
    expect(expected, `planner expects ${expected} of ${actual}`).toBeGreaterThan(actual / 3);
    expect(expected).toBeLessThan(actual * 3);
  });
});
