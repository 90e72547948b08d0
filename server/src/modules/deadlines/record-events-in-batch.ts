import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { CalendarService } from '../calendar/calendar-service.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { computeDueMs } from './compute-due.js';
import { toDueRule, type RuleRow } from './deadline-rows.js';

export type BatchEventItem = {
  entityId: number | string;
  /** When the start event happened. */
  at: Date;
  orgUnitId: number;
  ownerId: number | null;
  /** When the completion event happened too, already (e.g. an archive complete at import); null: not yet. */
  completedAt: Date | null;
};

export type DeadlineCounts = { opened: number; met: number; missed: number };

/**
 * `recordDeadlineEvent` for many records created in one transaction (a bulk import), set-based.
 * The rules that `startEvent` starts open for every item, due on each org unit's calendar
 * (computeDueMs, the engine's own arithmetic); an item whose `completionEvent` has happened
 * too is stored closed — met or missed exactly as the engine would close it. The records are
 * new, so nothing is open to close first. Individual deadline audit entries are left to the
 * caller's one import entry (counts): 100,000 of them would be noise.
 *
 * Loads the rules and calendars once; `insertSql(items)` is then one `insert … select from
 * unnest(…)` statement per batch, to run alone or as a CTE of the caller's insert.
 */
export async function deadlineBatch(
  trx: Transaction<DB>,
  calendars: CalendarService,
  input: { entityType: string; startEvent: string; completionEvent: string; orgUnitIds: Iterable<number> },
) {
  const counts: DeadlineCounts = { opened: 0, met: 0, missed: 0 };
  const rules = await trx.selectFrom('deadline_rule').selectAll().where('start_event', '=', input.startEvent).where('active', '=', true).execute();
  const calendarOf = new Map<number, WorkingCalendar>();
  for (const org of new Set(input.orgUnitIds)) calendarOf.set(org, await calendars.forOrg(org, trx));

  const insertSql = (items: BatchEventItem[]): RawBuilder<unknown> | null => {
    if (!rules.length || !items.length) return null;
    const cols = {
      rule: [] as string[], entityId: [] as string[], org: [] as number[], owner: [] as (number | null)[], started: [] as string[], dueAt: [] as string[],
      warnAt: [] as string[], provisional: [] as boolean[], state: [] as string[], completed: [] as (string | null)[], version: [] as number[],
    };
    for (const rule of rules) addRows(rule, items, cols);
    return sql`
      insert into deadline (rule_id, entity_type, entity_id, org_unit_id, owner_id, started_at, due_at, warn_at, provisional, state, completed_at, version)
      select r, ${input.entityType}, e, o, w, s, d, a, p, st, c, v
      from unnest(${cols.rule}::text[], ${cols.entityId}::text[], ${cols.org}::int[], ${cols.owner}::int[], ${cols.started}::timestamptz[],
                  ${cols.dueAt}::timestamptz[], ${cols.warnAt}::timestamptz[], ${cols.provisional}::boolean[], ${cols.state}::text[],
                  ${cols.completed}::timestamptz[], ${cols.version}::int[])
        as t (r, e, o, w, s, d, a, p, st, c, v)`;
  };

  function addRows(rule: RuleRow, items: BatchEventItem[], cols: Record<string, unknown[]>) {
    const due = toDueRule(rule);
    const closes = rule.completion_event === input.completionEvent;
    for (const item of items) {
      const d = computeDueMs(due, item.at.getTime(), calendarOf.get(item.orgUnitId)!);
      const done = closes && item.completedAt !== null;
      const state = !done ? 'open' : item.completedAt!.getTime() <= d.dueMs ? 'met' : 'missed';
      counts[state === 'open' ? 'opened' : state]++;
      cols.rule!.push(rule.id);
      cols.entityId!.push(String(item.entityId));
      cols.org!.push(item.orgUnitId);
      cols.owner!.push(item.ownerId);
      cols.started!.push(item.at.toISOString());
      cols.dueAt!.push(new Date(d.dueMs).toISOString());
      cols.warnAt!.push(new Date(d.warnMs).toISOString());
      cols.provisional!.push(d.provisional);
      cols.state!.push(state);
      cols.completed!.push(done ? item.completedAt!.toISOString() : null);
      // Opened then closed: the engine's close bumps the version.
      cols.version!.push(done ? 2 : 1);
    }
  }

  return { counts, insertSql };
}
