import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Permission } from './permissions.js';
import { ROLES, isRole, type Role } from './roles.js';
import { Scope } from './scope.js';

/** The signed-in user as authorization sees them: roles held in org units, and the scope each gives. */
export type Actor = {
  userId: number;
  username: string;
  displayName: string;
  orgUnitId: number;
  mustChangePassword: boolean;
  roles: { role: Role; orgUnitId: number }[];
  permissions: ReadonlySet<Permission>;
  can(permission: Permission): boolean;
  /** Org units where the actor holds a role granting `permission`, with their descendants. */
  scopeFor(permission: Permission): Scope;
};

type Grant = { role: string; org_unit_id: number; unit_ids: number[] };

export async function loadActor(
  db: Kysely<DB>,
  user: { id: number; username: string; display_name: string; org_unit_id: number; must_change_password: boolean },
): Promise<Actor> {
  // One query: every role assignment with the ids of its unit and all units below it.
  const { rows } = await sql<Grant>`
    select ra.role, ra.org_unit_id, array_agg(d.id order by d.id) as unit_ids
    from role_assignment ra
    join org_unit o on o.id = ra.org_unit_id
    join org_unit d on d.path like o.path || '%'
    where ra.user_id = ${user.id}
    group by ra.role, ra.org_unit_id`.execute(db);
  return buildActor(user, rows);
}

export function buildActor(
  user: { id: number; username: string; display_name: string; org_unit_id: number; must_change_password: boolean },
  grants: Grant[],
): Actor {
  const roles: Actor['roles'] = [];
  const unitsByPermission = new Map<Permission, Set<number>>();
  for (const grant of grants) {
    if (!isRole(grant.role)) continue; // a role removed from the code grants nothing
    roles.push({ role: grant.role, orgUnitId: grant.org_unit_id });
    for (const permission of ROLES[grant.role].permissions) {
      let units = unitsByPermission.get(permission);
      if (!units) unitsByPermission.set(permission, (units = new Set()));
      for (const id of grant.unit_ids) units.add(id);
    }
  }
  const scopes = new Map<Permission, Scope>();
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    orgUnitId: user.org_unit_id,
    mustChangePassword: user.must_change_password,
    roles,
    permissions: new Set(unitsByPermission.keys()),
    can: (permission) => unitsByPermission.has(permission),
    scopeFor(permission) {
      let scope = scopes.get(permission);
      if (!scope) scopes.set(permission, (scope = Scope.of([...(unitsByPermission.get(permission) ?? [])])));
      return scope;
    },
  };
}
