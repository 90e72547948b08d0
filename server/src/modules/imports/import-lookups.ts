import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import { inScope } from '../../platform/db/scoped.js';
import type { CellProblem } from './import-kind.js';

/** A name that several records share: the row must use the unambiguous code instead. */
export const AMBIGUOUS = -1;

/** Find by code/username (exact, case-insensitive) first, then by name; AMBIGUOUS when a name is shared. */
export type Lookup = { byKey: Map<string, number>; byName: Map<string, number>; nameOf: Map<number, string> };

export function lookupOf(rows: { id: number; key: string; name: string }[]): Lookup {
  const lookup: Lookup = { byKey: new Map(), byName: new Map(), nameOf: new Map() };
  for (const r of rows) {
    lookup.byKey.set(r.key.toLowerCase(), r.id);
    // Names are matched as `find` reads the cell: NFKC (full-width brackets of 某某（集团）become ASCII).
    const name = r.name.normalize('NFKC').trim();
    lookup.byName.set(name, lookup.byName.has(name) ? AMBIGUOUS : r.id);
    lookup.nameOf.set(r.id, r.name);
  }
  return lookup;
}

/** `undefined`: not found; AMBIGUOUS: a shared name. */
export function find(lookup: Lookup, text: string): number | undefined {
  const t = text.normalize('NFKC').trim();
  return lookup.byKey.get(t.toLowerCase()) ?? lookup.byName.get(t);
}

/** Active org units within the scope, by code or name. */
export async function orgUnitLookup(db: Kysely<DB>, scope: Scope): Promise<Lookup> {
  const rows = await db
    .selectFrom('org_unit').select(['id', 'code as key', 'name'])
    .where('active', '=', true).where(inScope('org_unit.id', scope))
    .execute();
  return lookupOf(rows);
}

/** Active users within the scope, by username or display name (as the form's agent picker allows). */
export async function userLookup(db: Kysely<DB>, scope: Scope): Promise<Lookup> {
  const rows = await db
    .selectFrom('app_user').select(['id', 'username as key', 'display_name as name'])
    .where('status', '=', 'active').where(inScope('app_user.org_unit_id', scope))
    .execute();
  return lookupOf(rows);
}

/**
 * An org unit or agent cell: by code/username or name within the scope; empty means `fallback`
 * (an empty org unit with no fallback is a problem). Problems go to `problems`.
 */
export function resolveUnitOrAgent(text: string, lookup: Lookup, fallback: number | null, column: 'orgUnit' | 'agent', problems: CellProblem[]): number | null {
  if (text === '') {
    if (fallback === null && column === 'orgUnit') problems.push({ column, reason: 'orgUnitRequired' });
    return fallback;
  }
  const id = find(lookup, text);
  if (id === AMBIGUOUS) problems.push({ column, reason: column === 'orgUnit' ? 'orgUnitAmbiguous' : 'agentAmbiguous' });
  else if (id === undefined) problems.push({ column, reason: column === 'orgUnit' ? 'orgUnitNotFound' : 'agentNotFound' });
  return id === undefined || id === AMBIGUOUS ? null : id;
}
