import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { ALL_ROLES, ROLES } from '../../platform/authz/roles.js';
import type { Permission } from '../../platform/authz/permissions.js';
import type { DB } from '../../platform/db/schema.js';
import './queues.tables.js';
import type { QueuedType } from './queue-types.js';

/** What the rights below read of an item. */
export type ItemHolder = { org_unit_id: number; open: boolean; owner_id: number | null; team_org_unit_id: number | null; team_role: string | null };

/**
 * Who may do what to a work item — one place for the routes that act (take, return) and for the
 * record page that offers them (GET /records/:type/:id/work-item):
 * - 领取 (take): an item waiting in a team queue, by someone with the record type's write permission
 *   where it is who is in the team (its role in its unit or above), or a supervisor there (task.reassign);
 * - 放回任务池 (return): an item a person holds, by that person (still allowed to handle it there) or a
 *   supervisor there;
 * - 改派 (reassign): an open item, by a supervisor there.
 * The quality auditor (质检, task.read) sees everything in scope and may do none of these.
 */
export function supervises(actor: Actor, item: { org_unit_id: number }): boolean {
  return actor.can('task.reassign') && actor.scopeFor('task.reassign').includes(item.org_unit_id);
}

/** May handle records of the type where the item is (its write permission there). */
export function handles(actor: Actor, type: QueuedType, item: { org_unit_id: number }): boolean {
  return actor.can(type.write) && actor.scopeFor(type.write).includes(item.org_unit_id);
}

export async function mayTake(db: Kysely<DB>, actor: Actor, type: QueuedType, item: ItemHolder): Promise<boolean> {
  if (!item.open || item.owner_id !== null || !handles(actor, type, item)) return false;
  return supervises(actor, item) || (await inTeam(db, actor.userId, item));
}

export function mayReturn(actor: Actor, type: QueuedType, item: ItemHolder): boolean {
  if (!item.open || item.owner_id === null || !handles(actor, type, item)) return false;
  return item.owner_id === actor.userId || supervises(actor, item);
}

export function mayReassign(actor: Actor, type: QueuedType, item: ItemHolder): boolean {
  return item.open && supervises(actor, item) && actor.scopeFor(type.read).includes(item.org_unit_id);
}

/** Does the user hold the team's role in the team's unit or a unit above it? */
export async function inTeam(db: Kysely<DB>, userId: number, item: { team_org_unit_id: number | null; team_role: string | null }): Promise<boolean> {
  if (item.team_org_unit_id === null || item.team_role === null) return false;
  const { rows } = await sql<{ one: number }>`
    select 1 as one from role_assignment ra
    join org_unit a on a.id = ra.org_unit_id
    join org_unit t on t.id = ${item.team_org_unit_id}::int
    where ra.user_id = ${userId}::int and ra.role = ${item.team_role} and t.path like a.path || '%'
    limit 1`.execute(db);
  return rows.length > 0;
}

/** The roles that grant a permission: who may be given an item of a type that needs it. */
const rolesWith = (permission: Permission) => ALL_ROLES.filter((r) => (ROLES[r].permissions as readonly string[]).includes(permission));

/**
 * Per write permission, the org units (of these items) where the user holds a role granting it, there
 * or above: whom an item may go to (改派), and which items a person who lost a role may keep.
 */
export async function unitsHandledBy(db: Kysely<DB>, userId: number, types: Map<string, QueuedType>, items: { entity_type: string; org_unit_id: number }[]) {
  const handled = new Map<string, Set<number>>();
  for (const permission of new Set([...types.values()].map((t) => t.write))) {
    const units = [...new Set(items.filter((i) => types.get(i.entity_type)?.write === permission).map((i) => i.org_unit_id))];
    if (!units.length) continue;
    const { rows } = await sql<{ id: number }>`
      select t.id from org_unit t
      where t.id = any(${units}::int[]) and exists (
        select 1 from role_assignment ra join org_unit a on a.id = ra.org_unit_id
        where ra.user_id = ${userId}::int and ra.role = any(${rolesWith(permission)}::text[]) and t.path like a.path || '%')`.execute(db);
    handled.set(permission, new Set(rows.map((r) => r.id)));
  }
  return handled;
}
