import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import './policies.tables.js';
import { beijingYear } from '../../platform/time/beijing.js';

/**
 * 内部编号 for many policies at once (R-PO-3), as nextInternalNo gives them one by one:
 * `<org unit code>-<year of receipt>-<6-digit sequence>`. One statement steps every unit and
 * year's sequence by its count; the numbers follow the items' order.
 */
export async function drawInternalNumbers(trx: Transaction<DB>, items: readonly { orgUnitId: number; receivedAt: Date }[]): Promise<string[]> {
  if (!items.length) return [];
  const groups = new Map<string, { org: number; year: number; count: number }>();
  const keys = items.map((r) => {
    const year = beijingYear(r.receivedAt);
    const key = `${r.orgUnitId}|${year}`;
    const g = groups.get(key) ?? { org: r.orgUnitId, year, count: 0 };
    g.count++;
    groups.set(key, g);
    return key;
  });
  const list = [...groups.values()];
  const { rows: taken } = await sql<{ org_unit_id: number; year: number; last: number; code: string }>`
    with wanted as (select * from unnest(${list.map((g) => g.org)}::int[], ${list.map((g) => g.year)}::int[], ${list.map((g) => g.count)}::int[]) as t (org_unit_id, year, n)),
    bumped as (
      insert into policy_number_seq (org_unit_id, year, last)
      select org_unit_id, year, n from wanted
      on conflict (org_unit_id, year) do update set last = policy_number_seq.last + excluded.last
      returning org_unit_id, year, last
    )
    select b.org_unit_id, b.year, b.last, o.code from bumped b join org_unit o on o.id = b.org_unit_id`.execute(trx);
  const next = new Map(taken.map((t) => {
    const key = `${t.org_unit_id}|${t.year}`;
    return [key, { prefix: `${t.code}-${t.year}-`, n: t.last - groups.get(key)!.count }];
  }));
  return keys.map((key) => {
    const g = next.get(key)!;
    g.n++;
    return `${g.prefix}${String(g.n).padStart(6, '0')}`;
  });
}
