import { sql, type Kysely, type RawBuilder } from 'kysely';
import { dbOf, type Context } from '../../platform/context/context.js';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import { inScope } from '../../platform/db/scoped.js';
import { perHandle } from '../../platform/db/per-handle.js';
import { forbidden } from '../../platform/http/errors.js';
import { inOrgSubtree, runList, type ListAnswer, type SortColumn } from '../../platform/http/list-query.js';
import { beijingDayEnd, beijingMidnight } from '../../platform/time/beijing.js';
import { resolveRecords } from '../deadlines/record-labels.js';
import './queues.tables.js';
import { bothScopes, type QueuedType } from './queue-types.js';
import type { ListWorkItemsQuery, QueueView, SlaState, WorkItem, WORK_ITEM_SORTS } from './queues.types.js';

/** The SLA order: the earliest running deadline's due time; an item with none sorts last (the indexes' expression). */
export const DUE = sql`coalesce(w.due_at, '9999-12-31 00:00:00+00'::timestamptz)`;

const SORTS = {
  due: { expr: DUE, kind: 'timestamp' },
  receivedAt: { expr: sql`w.received_at`, kind: 'timestamp' },
} as const satisfies Record<(typeof WORK_ITEM_SORTS)[number], SortColumn>;

/** What a view may show: a condition on `w`, and the org units to read one by one (perUnit) when the list is one index's. */
export type ViewAccess = { where: RawBuilder<boolean>[]; perUnit: { column: string; units: readonly number[] } | null };

const FALSE = sql<boolean>`false`;

/**
 * Which items a view shows the caller (deny by default): each record type's items in the scope of
 * that type's own read permission — for the supervisor's view (全部) also inside the scope of
 * task.read (supervisors, and the quality auditor who only looks); 我的任务 only the caller's own; 团队队列 only those waiting in the queues of the
 * teams the caller is in (a team is an org unit and a role; holding the role there, or above it).
 */
export async function viewAccess(
  ctx: Context, types: Map<string, QueuedType>, view: QueueView, known?: { teams: Map<string, number[]> },
): Promise<ViewAccess> {
  const actor = ctx.actor;
  if (!actor) throw forbidden();
  if (view === 'all' && !actor.can('task.read')) throw forbidden();
  // Record types that share a scope are read together: one scope → one index walk per unit.
  const groups = new Map<string, { types: string[]; scope: Scope }>();
  for (const type of types.values()) {
    let scope = actor.scopeFor(type.read);
    if (view === 'all') scope = bothScopes(scope, actor.scopeFor('task.read'));
    if (!scope.orgUnitIds.length) continue;
    const key = [...scope.orgUnitIds].sort((a, b) => a - b).join(',');
    const group = groups.get(key) ?? groups.set(key, { types: [], scope }).get(key)!;
    group.types.push(type.type);
  }
  if (!groups.size) return { where: [FALSE], perUnit: null };
  const byType = [...groups.values()].map((g) => sql<boolean>`(w.entity_type in (${sql.join(g.types)}) and ${inScope('w.org_unit_id', g.scope)})`);
  const where = [byType.length === 1 ? byType[0]! : sql<boolean>`(${sql.join(byType, sql` or `)})`];
  const single = groups.size === 1 ? [...groups.values()][0]!.scope.orgUnitIds : null;

  if (view === 'mine') return { where: [...where, sql<boolean>`w.owner_id = ${actor.userId}::int`], perUnit: null };
  if (view === 'all') return { where, perUnit: single ? { column: 'w.org_unit_id', units: single } : null };

  const teams = known?.teams ?? (await teamUnits(ctx, types));
  if (!teams.size) return { where: [FALSE], perUnit: null };
  // One unit is written `= unit`: PostgreSQL 15 reads the index in order for an equality, not for `= any(array of one)`.
  const byRole = [...teams].map(([role, units]) =>
    units.length === 1
      ? sql<boolean>`(w.team_role = ${role} and w.team_org_unit_id = ${units[0]!}::int)`
      : sql<boolean>`(w.team_role = ${role} and w.team_org_unit_id = any(${units}::int[]))`);
  const oneRole = teams.size === 1 ? [...teams.values()][0]! : null;
  return {
    where: [...where, byRole.length === 1 ? byRole[0]! : sql<boolean>`(${sql.join(byRole, sql` or `)})`],
    perUnit: oneRole ? { column: 'w.team_org_unit_id', units: oneRole } : null,
  };
}

/**
 * The team queues the caller is in: for each role a queued record type waits for (its teamRoles), the
 * units where the caller holds it and every unit below them (SPEC §0: a role in a unit covers the units below).
 */
export async function teamUnits(ctx: Context, types: Map<string, QueuedType>): Promise<Map<string, number[]>> {
  const roles = [...new Set([...types.values()].flatMap((t) => t.queue.queue.teamRoles))];
  const held = (ctx.actor?.roles ?? []).filter((r) => roles.includes(r.role));
  if (!held.length) return new Map();
  const { rows } = await sql<{ role: string; units: number[] }>`
    select ra.role, array_agg(distinct d.id order by d.id) as units
    from role_assignment ra
    join org_unit o on o.id = ra.org_unit_id
    join org_unit d on d.path like o.path || '%'
    where ra.user_id = ${ctx.actor!.userId} and ra.role = any(${roles}::text[])
    group by ra.role`.execute(dbOf(ctx));
  return new Map(rows.map((r) => [r.role, r.units]));
}

/** The list's filters, as conditions on `w` (one place for the list, its count and the export). */
function filters(query: ListWorkItemsQuery, now: Date): RawBuilder<boolean>[] {
  const where: RawBuilder<boolean>[] = [];
  const status = query.status ?? 'open';
  if (status === 'open') where.push(sql<boolean>`w.open`);
  if (status === 'closed') where.push(sql<boolean>`not w.open`);
  if (query.entityType) where.push(sql<boolean>`w.entity_type = ${query.entityType}`);
  if (query.state) where.push(sql<boolean>`w.state = ${query.state}`);
  if (query.ownerId) where.push(sql<boolean>`w.owner_id = ${query.ownerId}::int`);
  if (query.unassigned === true) where.push(sql<boolean>`w.owner_id is null`);
  if (query.unassigned === false) where.push(sql<boolean>`w.owner_id is not null`);
  if (query.orgUnitId) where.push(inOrgSubtree('w.org_unit_id', query.orgUnitId));
  if (query.sla === 'overdue') where.push(sql<boolean>`${DUE} <= ${now}`);
  if (query.sla === 'due_soon') where.push(sql<boolean>`${DUE} > ${now} and w.warn_at <= ${now}`);
  if (query.sla === 'on_time') where.push(sql<boolean>`${DUE} > ${now} and w.due_at is not null and w.warn_at > ${now}`);
  if (query.sla === 'none') where.push(sql<boolean>`w.due_at is null`);
  if (query.receivedFrom) where.push(sql<boolean>`w.received_at >= ${beijingMidnight(query.receivedFrom)}`);
  if (query.receivedTo) where.push(sql<boolean>`w.received_at < ${beijingDayEnd(query.receivedTo)}`);
  if (query.dueFrom) where.push(sql<boolean>`w.due_at >= ${beijingMidnight(query.dueFrom)}`);
  if (query.dueTo) where.push(sql<boolean>`w.due_at < ${beijingDayEnd(query.dueTo)}`);
  return where;
}

const and = (conditions: RawBuilder<boolean>[]) => sql<boolean>`${sql.join(conditions, sql` and `)}`;

function itemQuery(db: Kysely<DB>, where: RawBuilder<boolean>) {
  return itemBase(db).where(where);
}

/** The item's columns and names, built once per handle (platform/db/per-handle.ts); each request adds its conditions. */
const itemBase = perHandle((db: Kysely<DB>) =>
  db
    .selectFrom('work_item as w')
    .selectAll('w')
    .select((eb) => [
      eb.selectFrom('org_unit as o').select('o.name').whereRef('o.id', '=', 'w.org_unit_id').as('org_unit_name'),
      eb.selectFrom('org_unit as o').select('o.name_en').whereRef('o.id', '=', 'w.org_unit_id').as('org_unit_name_en'),
      eb.selectFrom('app_user as u').select('u.display_name').whereRef('u.id', '=', 'w.owner_id').as('owner_name'),
      eb.selectFrom('org_unit as o').select('o.name').whereRef('o.id', '=', 'w.team_org_unit_id').as('team_unit_name'),
      eb.selectFrom('org_unit as o').select('o.name_en').whereRef('o.id', '=', 'w.team_org_unit_id').as('team_unit_name_en'),
    ])
    .$narrowType<{ org_unit_name: string; team_unit_name: string | null }>());

/** What a list's total counts: the items alone, without their names. */
const countBase = perHandle((db: Kysely<DB>) => db.selectFrom('work_item as w').select('w.id'));

export type WorkItemRow = Awaited<ReturnType<ReturnType<typeof itemQuery>['executeTakeFirstOrThrow']>>;

/** 时效状态 at `now`: past due, past its warning, on time, or no SLA running. */
export function slaStateOf(row: { due_at: Date | null; warn_at: Date | null }, now: Date): SlaState {
  if (!row.due_at) return 'none';
  if (row.due_at.getTime() <= now.getTime()) return 'overdue';
  if (row.warn_at && row.warn_at.getTime() <= now.getTime()) return 'due_soon';
  return 'on_time';
}

/** The rows as the API shows them, each named and linked as its record (one statement for the page's labels). */
export async function toWorkItems(ctx: Context, types: Map<string, QueuedType>, rows: WorkItemRow[]): Promise<WorkItem[]> {
  const labels = await resolveRecords(ctx, rows.map((r) => ({ entityType: r.entity_type, entityId: String(r.entity_id) })));
  const now = ctx.clock.now();
  return rows.map((r) => {
    const type = types.get(r.entity_type);
    const state = type?.queue.states[r.state]?.label ?? { zh: r.state, en: r.state };
    const ref = labels(r.entity_type, String(r.entity_id));
    return {
      id: r.id, entityType: r.entity_type, entityId: r.entity_id, typeName: type?.label.zh ?? r.entity_type, typeNameEn: type?.label.en ?? r.entity_type,
      label: ref.label, href: ref.href, orgUnitId: r.org_unit_id, orgUnitName: r.org_unit_name, orgUnitNameEn: r.org_unit_name_en,
      state: r.state, stateName: state.zh, stateNameEn: state.en, open: r.open, ownerId: r.owner_id, ownerName: r.owner_name,
      team: r.team_org_unit_id === null ? null : { orgUnitId: r.team_org_unit_id, orgUnitName: r.team_unit_name ?? '', orgUnitNameEn: r.team_unit_name_en, role: r.team_role ?? '' },
      receivedAt: r.received_at.toISOString(), assignedAt: r.assigned_at.toISOString(), dueAt: r.due_at?.toISOString() ?? null,
      slaState: slaStateOf(r, now), closedAt: r.closed_at?.toISOString() ?? null, version: r.version,
    };
  });
}

/**
 * One view of the work queues, filtered and sorted (most urgent first unless asked), one page with its
 * total; or walked with limit + cursor (an export), or only the selected `ids`. Every order an open
 * list offers is one index's (unit, owner or team; then SLA or time received; then id).
 */
export async function listWorkItems(
  ctx: Context,
  types: Map<string, QueuedType>,
  view: QueueView,
  query: ListWorkItemsQuery,
  opts: { ids?: number[]; count?: boolean } = {},
): Promise<ListAnswer<WorkItem>> {
  const access = await viewAccess(ctx, types, view);
  const conditions = [...access.where, ...filters(query, ctx.clock.now())];
  if (opts.ids) conditions.push(sql<boolean>`w.id = any(${opts.ids}::int[])`);
  // An org unit filter narrows the units read one by one to its subtree (a unit outside it would be walked
  // to its end for nothing); one unit left is written `= unit`, which PostgreSQL reads from the index in order.
  let perUnit = access.perUnit;
  if (perUnit && query.orgUnitId) {
    const subtree = new Set(await subtreeOf(ctx, query.orgUnitId));
    perUnit = { ...perUnit, units: perUnit.units.filter((u) => subtree.has(u)) };
    if (perUnit.units.length === 1) conditions.push(sql<boolean>`${sql.ref(perUnit.column)} = ${perUnit.units[0]!}::int`);
  }
  const where = and(conditions);
  const open = (query.status ?? 'open') === 'open';
  const answer = await runList(
    ctx.db,
    itemQuery(ctx.db, where),
    {
      sorts: SORTS, defaultSort: 'due', id: 'w.id', idOf: (r: WorkItemRow) => r.id,
      countQuery: countBase(ctx.db).where(where),
      ...(open && perUnit && perUnit.units.length > 1 && { perUnit: { ...perUnit, sorts: ['due', 'receivedAt'] as const } }),
    },
    query,
    (r) => r,
    { count: opts.count },
  );
  return { ...answer, items: await toWorkItems(ctx, types, answer.items) };
}

/** The org unit and every unit below it. */
async function subtreeOf(ctx: Context, orgUnitId: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`select d.id from org_unit d join org_unit u on d.path like u.path || '%' where u.id = ${orgUnitId}::int`.execute(dbOf(ctx));
  return rows.map((r) => r.id);
}

/** An item by id whatever the view, read in the caller's transaction (take / reassign answer with it). */
export async function readWorkItem(ctx: Context, types: Map<string, QueuedType>, id: number): Promise<WorkItem> {
  const row = await itemQuery(dbOf(ctx) as Kysely<DB>, sql<boolean>`w.id = ${id}::int`).executeTakeFirstOrThrow();
  return (await toWorkItems(ctx, types, [row]))[0]!;
}
