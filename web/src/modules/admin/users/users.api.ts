import { api, type Page } from '../../../api/client';

export type RoleGrant = { role: string; orgUnitId: number };

export type User = {
  id: number;
  username: string;
  displayName: string;
  orgUnitId: number;
  orgUnitName: string;
  status: 'active' | 'disabled';
  /** Masked (138****1234); the clear value only through the audited reveal. */
  mobile: string | null;
  email: string | null;
  roles: (RoleGrant & { orgUnitName: string })[];
  lockedUntil: string | null;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  version: number;
};

export type UserFilters = { orgUnitId?: number; q?: string; status?: 'active' | 'disabled' };

export const PAGE_SIZE = 20;

export const listUsers = (filters: UserFilters, cursor?: string) =>
  api.get<Page<User>>('/users', { ...filters, cursor, limit: PAGE_SIZE });

export const getUser = (id: number) => api.get<User>(`/users/${id}`);

export type CreateUserBody = {
  username: string;
  displayName: string;
  orgUnitId: number;
  password?: string;
  mobile?: string;
  email?: string;
  roles: RoleGrant[];
};

export const createUser = (body: CreateUserBody) =>
  api.post<{ user: User; temporaryPassword: string | null }>('/users', body);

export const updateUser = (
  id: number,
  body: { version: number; displayName?: string; orgUnitId?: number; mobile?: string | null; email?: string | null; status?: User['status'] },
) => api.patch<User>(`/users/${id}`, body);

/** `confirmSelfDemotion`: the caller confirmed losing a role or scope of their own (else 409 SELF_DEMOTION_UNCONFIRMED). */
export const setUserRoles = (id: number, body: { version: number; roles: RoleGrant[]; confirmSelfDemotion?: boolean }) =>
  api.put<User>(`/users/${id}/roles`, body);

export const resetPassword = (id: number) => api.post<{ temporaryPassword: string | null }>(`/users/${id}/reset-password`, {});

export const unlockUser = (id: number) => api.post<void>(`/users/${id}/unlock`, {});

export const revealMobile = (id: number) => api.post<{ value: string | null }>(`/users/${id}/reveal`, { field: 'mobile' });
