import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { BodyOf, ResponseOf } from '../../api/types';

/** An org unit as GET /org-units/:id sends it. */
export type OrgUnit = ResponseOf<'/org-units/{id}'>;

export const listOrgUnits = () => api.get<ResponseOf<'/org-units'>>('/org-units').then((r) => r.items);

export const createOrgUnit = (body: BodyOf<'/org-units', 'post'>) => api.post<ResponseOf<'/org-units', 'post', 201>>('/org-units', body);

export const updateOrgUnit = (id: number, body: BodyOf<'/org-units/{id}', 'patch'>) =>
  api.patch<ResponseOf<'/org-units/{id}', 'patch'>>(`/org-units/${id}`, body);

export type OrgNode = OrgUnit & { children: OrgNode[] };

/** The list comes parents first; units whose parent is outside the caller's scope become roots. */
export function buildOrgTree(units: OrgUnit[]): OrgNode[] {
  const nodes = new Map<number, OrgNode>();
  const roots: OrgNode[] = [];
  for (const unit of units) {
    const node: OrgNode = { ...unit, children: [] };
    nodes.set(unit.id, node);
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export const orgUnitKeys = { all: ['org-units'] as const };

/** A write on an org unit (create, rename, activate): resolves once the org units on screen have been read again. */
export function useOrgUnitWrite<Answer>() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (send: () => Promise<Answer>) => send(),
    onSuccess: () => client.invalidateQueries({ queryKey: orgUnitKeys.all }),
  });
}
