import { sql, type RawBuilder } from 'kysely';
import type { Context } from '../../platform/context/context.js';
import { fromDayNumber, toDayNumber, todayInShanghai } from '../calendar/dates.js';
import { maskedClientField } from './find-clients.js';
import { inScope } from '../../platform/db/scoped.js';
import type { CareItem } from './clients.types.js';

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The birthdays kept on each day of a window, as month·100 + day → that date. The window may
 * cross a year end; a 29 February birthday is kept on 28 February in common years.
 */
export function birthdayWindow(from: string, days: number): Map<number, string> {
  const window = new Map<number, string>();
  const start = toDayNumber(from);
  for (let n = start; n < start + days; n++) {
    const date = fromDayNumber(n);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    window.set(m * 100 + d, date);
    if (m === 2 && d === 28 && !isLeap(y)) window.set(229, date);
  }
  return window;
}

/** The most birthdays one answer lists: a branch's 60 days can be thousands; the total says how many there are (filter by agent). */
export const CARE_LIST = { limit: 200 };

/** A birthday as month·100 + day, written as the indexes client_birthday_*order_idx have it. */
const MONTH_DAY = sql<number>`(extract(month from c.birth_date) * 100 + extract(day from c.birth_date))::int`;

/**
 * R-CL-5 care list: clients in scope whose birthday falls in the next `days` days, by date then
 * agent — the first CARE_LIST.limit of them, and how many there are.
 *
 * Read in date order from the birthday indexes: one range per key of the window (a day; a
 * 29 February rides with its 28th), each in (agent, id) order and cut at the limit, so a head
 * office with thousands of birthdays a day reads a few hundred index entries, not the window.
 */
export async function findBirthdays(
  ctx: Context,
  query: { days?: number; from?: string; agentId?: number },
): Promise<{ from: string; to: string; items: CareItem[]; total: number }> {
  const { db, keyring, scope } = ctx;
  const from = query.from ?? todayInShanghai(ctx.clock.now());
  const days = query.days ?? 7;
  const start = toDayNumber(from);
  const window = birthdayWindow(from, days);
  const keys = [...window.keys()];
  const dayOf = keys.map((k) => toDayNumber(window.get(k)!) - start); // the window day each key is kept on
  const matching = (md: RawBuilder<unknown>) => {
    let q = db
      .selectFrom('client as c')
      .where(sql<boolean>`${MONTH_DAY} = ${md}`)
      .where('c.merged_into_id', 'is', null)
      .where('c.birth_date', 'is not', null)
      .where(inScope('c.org_unit_id', scope));
    if (query.agentId) q = q.where('c.agent_id', '=', query.agentId);
    return q;
  };
  // The first of them in window order (index-only, a range per key), then the columns the list
  // shows for just those — not the whole archive row (its ciphertexts are most of its bytes).
  // The keys come sorted by day, so PostgreSQL sorts the rows day by day (an incremental sort) and
  // stops at the limit: a head office's first day fills the page and the other days' ranges are
  // never read (bench screens, "care list").
  const first = db
    .selectFrom(sql<{ md: number; day: number }>`(select md, day from unnest(${keys}::int[], ${dayOf}::int[]) as u(md, day) order by day)`.as('k'))
    .innerJoinLateral(
      matching(sql`k.md`).select(['c.id', 'c.agent_id']).orderBy(sql`c.agent_id nulls first`).orderBy('c.id').limit(CARE_LIST.limit).as('x'),
      (join) => join.onTrue(),
    )
    .select([sql<number>`k.day`.as('day'), 'x.id', 'x.agent_id'])
    .orderBy(sql`k.day`).orderBy(sql`x.agent_id nulls first`).orderBy('x.id')
    .limit(CARE_LIST.limit);
  const [rows, counted] = await Promise.all([
    db
      .selectFrom(first.as('f'))
      .innerJoin('client as c', 'c.id', 'f.id')
      .leftJoin('app_user as a', 'a.id', 'c.agent_id')
      .select(['f.day', 'c.id', 'c.name', 'c.org_unit_id', 'c.agent_id', 'a.display_name as agent_name', 'c.birth_date', 'c.mobile_masked',
        // The ciphertext only where no mask is stored yet (maskedClientField): not 200 sealed values a page.
        sql<string | null>`case when c.mobile_masked is null then c.mobile_enc end`.as('mobile_enc')])
      .orderBy('f.day').orderBy(sql`f.agent_id nulls first`).orderBy('f.id')
      .execute(),
    matching(sql`any(${keys}::int[])`).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  const dates = Array.from({ length: days }, (_, day) => fromDayNumber(start + day)); // the window's dates, by day
  const items = rows.map((r) => {
    const birthday = dates[r.day]!;
    return {
      id: r.id, name: r.name, orgUnitId: r.org_unit_id, agentId: r.agent_id, agentName: r.agent_name,
      mobile: maskedClientField(keyring, 'mobile', r.mobile_masked, r.mobile_enc),
      birthday, age: Number(birthday.slice(0, 4)) - Number(r.birth_date!.slice(0, 4)), inDays: r.day,
    };
  });
  return { from, to: dates[days - 1]!, items, total: counted.n };
}
