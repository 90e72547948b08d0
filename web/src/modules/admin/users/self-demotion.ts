import type { OrgUnit } from '../../../shared/org/org-units.api';

/** A role in an org unit, as the server sends it (a role name) or the form holds it. */
type Grant = { role: string; orgUnitId: number };

/**
 * The grants a user would lose by saving `next` as their own roles (the server's rule): a grant
 * is kept when `next` holds the same role in that unit or one above it. Pure: no React.
 */
export function grantsLost<G extends Grant>(held: G[], next: Grant[], orgById: Map<number, Pick<OrgUnit, 'path'>>): G[] {
  const covers = (n: Grant, h: Grant) => {
    const above = orgById.get(n.orgUnitId)?.path;
    const below = orgById.get(h.orgUnitId)?.path;
    // A unit outside the loaded tree: only the very same grant is sure to keep it.
    if (above === undefined || below === undefined) return n.role === h.role && n.orgUnitId === h.orgUnitId;
    return n.role === h.role && below.startsWith(above);
  };
  return held.filter((h) => !next.some((n) => covers(n, h)));
}
