import type { ResponseOf } from '../api/types';

/** Mirrors server/src/platform/authz/permissions.ts: the compiler then catches a misspelt permission. */
export type Permission =
  | 'org.read' | 'org.manage' | 'user.read' | 'user.manage' | 'audit.read' | 'pii.reveal'
  | 'client.read' | 'client.write' | 'policy.read' | 'policy.write' | 'underwriting.decide'
  | 'servicing.read' | 'servicing.write' | 'servicing.approve' | 'claim.read' | 'claim.write' | 'callback.read' | 'callback.write'
  | 'service.read' | 'service.write' | 'register.read' | 'register.write' | 'calendar.read' | 'calendar.manage' | 'catalog.manage'
  | 'kpi.read' | 'task.read' | 'task.reassign' | 'deadline.read' | 'deadline.manage';

export type OrgLevel = 'head_office' | 'province' | 'city' | 'office';

/** GET /api/v1/auth/me and POST /api/v1/auth/login (the server sends levels and roles as plain strings). */
export type Me = ResponseOf<'/auth/me'>;

/** GET /api/v1/roles: the server declares no answer schema for it, so this one is written by hand. */
export type RoleCatalog = {
  roles: { id: string; zh: string; en: string; permissions: string[] }[];
  permissions: { id: string; kind: 'read' | 'write'; zh: string; en: string }[];
};
