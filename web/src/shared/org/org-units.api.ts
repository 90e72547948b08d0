import { api } from '../../api/client';
import type { OrgLevel } from '../../session/types';

export type OrgUnit = {
  id: number;
  parentId: number | null;
  code: string;
  name: string;
  nameEn: string | null;
  level: OrgLevel;
  path: string;
  active: boolean;
  version: number;
};

export const listOrgUnits = () => api.get<{ items: OrgUnit[] }>('/org-units').then((r) => r.items);

export const createOrgUnit = (body: { parentId: number; code: string; name: string; nameEn?: string | null }) =>
  api.post<OrgUnit>('/org-units', body);

export const updateOrgUnit = (id: number, body: { version: number; name?: string; nameEn?: string | null; active?: boolean }) =>
  api.patch<OrgUnit>(`/org-units/${id}`, body);

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
