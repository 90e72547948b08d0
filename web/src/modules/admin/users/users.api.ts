import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agentKeys } from '../../../shared/agent-picker/agents.api';
import { api, type Page } from '../../../api/client';
import type { BodyOf, QueryOf, ResponseOf } from '../../../api/types';

/** A user as GET /users/:id sends it; `mobile` masked (138****1234), the clear value only through the audited reveal. */
export type User = ResponseOf<'/users/{id}'>;

/** A role held in an org unit, as a write sends it (the role is one the server knows). */
export type RoleGrant = BodyOf<'/users', 'post'>['roles'][number];
export type RoleName = RoleGrant['role'];

export type UserFilters = Pick<QueryOf<'/users'>, 'orgUnitId' | 'q' | 'status'>;

export const PAGE_SIZE = 20;

export const listUsers = (filters: UserFilters, cursor?: string) =>
  api.get<ResponseOf<'/users'>>('/users', { ...filters, cursor, limit: PAGE_SIZE } satisfies QueryOf<'/users'>);

export const getUser = (id: number) => api.get<User>(`/users/${id}`);

export type CreateUserBody = BodyOf<'/users', 'post'>;

export const createUser = (body: CreateUserBody) => api.post<ResponseOf<'/users', 'post', 201>>('/users', body);

export const updateUser = (id: number, body: BodyOf<'/users/{id}', 'patch'>) => api.patch<ResponseOf<'/users/{id}', 'patch'>>(`/users/${id}`, body);

/** `confirmSelfDemotion`: the caller confirmed losing a role or scope of their own (else 409 SELF_DEMOTION_UNCONFIRMED). */
export const setUserRoles = (id: number, body: BodyOf<'/users/{id}/roles', 'put'>) =>
  api.put<ResponseOf<'/users/{id}/roles', 'put'>>(`/users/${id}/roles`, body);

export const resetPassword = (id: number) => api.post<ResponseOf<'/users/{id}/reset-password', 'post'>>(`/users/${id}/reset-password`, {});

export const unlockUser = (id: number) => api.post<void>(`/users/${id}/unlock`, {});

export const revealMobile = (id: number) =>
  api.post<ResponseOf<'/users/{id}/reveal', 'post'>>(`/users/${id}/reveal`, { field: 'mobile' } satisfies BodyOf<'/users/{id}/reveal', 'post'>);

export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
};

/**
 * A write on a user (create, edit, roles, status, password reset, unlock): `mutateAsync(() => updateUser(id, body))`.
 * Afterwards the user lists and the agent pickers are read again; the caller shows the answer at once.
 */
export function useUserWrite<Answer>() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (send: () => Promise<Answer>) => send(),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: userKeys.all });
      void client.invalidateQueries({ queryKey: agentKeys.all });
    },
  });
}
