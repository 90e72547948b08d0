import { useCallback, useEffect, useMemo, useState } from 'react';
import { buildOrgTree, listOrgUnits, type OrgUnit } from './org-units.api';

/** The org units in the caller's scope, as a list, a lookup and a tree. */
export function useOrgUnits(enabled = true) {
  const [units, setUnits] = useState<OrgUnit[]>([]);
  const [loading, setLoading] = useState(enabled);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setUnits(await listOrgUnits());
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    if (enabled) void reload();
  }, [enabled, reload]);

  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const tree = useMemo(() => buildOrgTree(units), [units]);
  return { units, byId, tree, loading, error, reload, setUnits };
}
