import { sql, type RawBuilder } from 'kysely';
import type { Context } from '../../platform/context/context.js';
import { ROLES, ALL_ROLES } from '../../platform/authz/roles.js';
import { inScope } from '../../platform/db/scoped.js';
import { DUE, teamUnits, viewAccess } from './find-work-items.js';
import type { QueuedType } from './queue-types.js';
import type { QueueSummary } from './queues.types.js';
import type { AssigneeList } from './queues.types.js';

const and = (parts: RawBuilder<boolean>[]) => sql<boolean>`${sql.join(parts, sql` and `)}`;

/**
 * What the home page and the queue pages head with: my open items (overdue, due soon), the team queues
 * I am in with what waits in each, and the record types that queue with their states (the filters).
 */
export async function queueSummary(ctx: Context, types: Map<string, QueuedType>): Promise<QueueSummary> {
  const now = ctx.clock.now();
  // Two round trips, not five (bench/queue.bench.ts): my counts beside the teams I am in, then what waits
  // in those teams with the units' names.
  const mine = await viewAccess(ctx, types, 'mine');
  const [[counts], held] = await Promise.all([
    sql<{ open: number; overdue: number; due_soon: number }>`
      select count(*)::int as open,
             count(*) filter (where ${DUE} <= ${now})::int as overdue,
             count(*) filter (where ${DUE} > ${now} and w.warn_at <= ${now})::int as due_soon
      from work_item w where w.open and ${and(mine.where)}`.execute(ctx.db).then((r) => r.rows),
    teamUnits(ctx, types),
  ]);

  const team = await viewAccess(ctx, types, 'team', { teams: held });
  // My own teams are listed even when nothing waits in them; a unit below one only when something does.
  const own = (ctx.actor?.roles ?? []).filter((r) => held.has(r.role)).map((r) => r.orgUnitId);
  type Row = { org_unit_id: number; role: string | null; waiting: number; overdue: number; name: string; name_en: string | null; path: string };
  const listed = await sql<Row>`
    with waiting as (
      select w.team_org_unit_id as org_unit_id, w.team_role as role, count(*)::int as waiting, count(*) filter (where ${DUE} <= ${now})::int as overdue
      from work_item w where w.open and w.owner_id is null and ${and(team.where)}
      group by 1, 2
    )
    select x.org_unit_id, x.role, x.waiting, x.overdue, o.name, o.name_en, o.path
    from waiting x join org_unit o on o.id = x.org_unit_id
    union all
    select o.id, null, 0, 0, o.name, o.name_en, o.path from org_unit o where o.id = any(${own}::int[])`.execute(ctx.db);
  const waiting = listed.rows.filter((r) => r.role !== null) as (Row & { role: string })[];
  const ownRows = (ctx.actor?.roles ?? []).filter((r) => held.has(r.role)).map((r) => ({ org_unit_id: r.orgUnitId, role: r.role, waiting: 0, overdue: 0 }));
  const rows = [...waiting, ...ownRows.filter((o) => !waiting.some((w) => w.org_unit_id === o.org_unit_id && w.role === o.role))];
  const unit = new Map(listed.rows.map((n) => [n.org_unit_id, { name: n.name, name_en: n.name_en, path: n.path }]));
  const teams = rows
    .map((r) => ({ orgUnitId: r.org_unit_id, orgUnitName: unit.get(r.org_unit_id)?.name ?? '', orgUnitNameEn: unit.get(r.org_unit_id)?.name_en ?? null, role: r.role, waiting: r.waiting, overdue: r.overdue }))
    .sort((a, b) => (unit.get(a.orgUnitId)?.path ?? '').localeCompare(unit.get(b.orgUnitId)?.path ?? '') || a.role.localeCompare(b.role));

  return {
    mine: { open: counts?.open ?? 0, overdue: counts?.overdue ?? 0, dueSoon: counts?.due_soon ?? 0 },
    teams,
    types: [...types.values()].map((t) => ({
      entityType: t.type, name: t.label.zh, nameEn: t.label.en,
      states: Object.entries(t.queue.states).map(([state, def]) => ({ state, name: def.label.zh, nameEn: def.label.en, final: def.final === true })),
    })),
  };
}

/**
 * Who a supervisor may give items to (改派): active people in their scope who may handle a queued record
 * type there (hold a role granting its write permission), optionally matching a name; the 50 first by name.
 */
export async function listAssignees(ctx: Context, types: Map<string, QueuedType>, q?: string): Promise<AssigneeList> {
  const permissions = new Set([...types.values()].map((t) => t.write as string));
  const roles = ALL_ROLES.filter((r) => (ROLES[r].permissions as readonly string[]).some((p) => permissions.has(p)));
  if (!roles.length) return { items: [] };
  let query = ctx.db
    .selectFrom('app_user as u')
    .innerJoin('org_unit as o', 'o.id', 'u.org_unit_id')
    .select(['u.id', 'u.display_name as displayName', 'u.org_unit_id as orgUnitId', 'o.name as orgUnitName', 'o.name_en as orgUnitNameEn'])
    .where('u.status', '=', 'active')
    .where(inScope('u.org_unit_id', ctx.scope))
    .where((eb) => eb.exists(eb.selectFrom('role_assignment as ra').select('ra.user_id').whereRef('ra.user_id', '=', 'u.id').where('ra.role', 'in', roles)))
    .orderBy('o.path')
    .orderBy('u.display_name')
    .orderBy('u.id')
    .limit(50);
  const term = q?.trim();
  if (term) query = query.where('u.display_name', 'like', `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return { items: await query.execute() };
}
