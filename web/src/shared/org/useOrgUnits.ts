import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildOrgTree, listOrgUnits, orgUnitKeys, type OrgUnit } from './org-units.api';

const NONE: OrgUnit[] = [];

/** The org units in the caller's scope, as a list, a lookup and a tree. */
export function useOrgUnits(enabled = true) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: orgUnitKeys.all, queryFn: listOrgUnits, enabled });
  const units = query.data ?? NONE;
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const tree = useMemo(() => buildOrgTree(units), [units]);
  return {
    units,
    byId,
    tree,
    loading: enabled && query.isFetching,
    error: query.error ?? null,
    /** Put a unit the server answered with into the list on screen. */
    replace: (unit: OrgUnit) =>
      client.setQueryData<OrgUnit[]>(orgUnitKeys.all, (list) => list?.map((u) => (u.id === unit.id ? unit : u))),
  };
}
