import type { OrgUnit } from '../../../shared/org/org-units.api';
import type { RoleGrant } from './users.api';

/**
 * The grants a user would lose by saving `next` as their own roles (the server's rule): a grant
 * is kept when `next` holds the same role in that unit or one above it. Pure: no React.
 */
export function grantsLost<G extends RoleGrant>(held: G[], next: RoleGrant[], orgById: Map<number, Pick<OrgUnit, 'path'>>): G[] {
  const covers = (n: RoleGrant, h: RoleGrant) => {
    const above = orgById.get(n.orgUnitId)?.path;
    const below = orgById.get(h.orgUnitId)?.path;
    // A unit outside the loaded tree: only the very same grant is sure to keep it.
    if (above === undefined || below === undefined) return n.role === h.role && n.orgUnitId === h.orgUnitId;
    return n.role === h.role && below.startsWith(above);
  };
  return held.filter((h) => !next.some((n) => covers(n, h)));
}
