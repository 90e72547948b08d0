import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { invalidateDeadlines } from '../../shared/deadlines/deadlines.api';
import { coverageKeys } from '../coverage/coverage.api';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/types';

/** GET /clients/:id and every list: ID number, mobile and address masked (R-CL-6). */
export type Client = ResponseOf<'/clients'>['items'][number];
export type ClientDetail = ResponseOf<'/clients/{id}'>;
export type ClientLink = ClientDetail['links'][number];

export type ClientKind = Client['kind'];
export type Gender = NonNullable<Client['gender']>;
export type IdType = NonNullable<Client['idType']>;
export type ContactPreference = NonNullable<Client['contactPreference']>;
export type LinkRelation = ClientLink['relation'];
export type RevealableField = BodyOf<'/clients/{id}/reveal', 'post'>['field'];

/** A possible duplicate (same name and mobile), as the 409 and the 201 answers list them. */
export type DuplicateHint = ResponseOf<'/clients', 'post', 201>['duplicates'][number];

export type TimelineEntry = ResponseOf<'/clients/{id}/timeline'>['items'][number];

/**
 * How the one search box matched. The route declares a plain string; these are the values
 * server/src/modules/clients/search-clients.ts sends (its MatchedBy), each with a message here.
 */
export type MatchedBy = 'idNumber' | 'mobile' | 'mobileTail' | 'unifiedCreditCode' | 'name' | 'pinyin' | 'initials' | 'nameFuzzy';

/** The list's filters: `q` switches from the cursor list to the one search box. */
export type ClientFilters = { q?: string; kind?: ClientKind };

export const PAGE_SIZE = 20;

export const listClients = (filters: { kind?: ClientKind }, cursor?: string) =>
  api.get<ResponseOf<'/clients'>>('/clients', { kind: filters.kind, cursor, limit: PAGE_SIZE } satisfies QueryOf<'/clients'>);

export const searchClients = (q: string) =>
  api
    .get<ResponseOf<'/clients/search'>>('/clients/search', { q, limit: 100 } satisfies QueryOf<'/clients/search'>)
    .then((r) => ({ ...r, matchedBy: r.matchedBy as MatchedBy }));

export const getClient = (id: number) => api.get<ClientDetail>(`/clients/${id}`);

export const listTimeline = (id: number, cursor?: string) =>
  api.get<ResponseOf<'/clients/{id}/timeline'>>(`/clients/${id}/timeline`, { cursor, limit: PAGE_SIZE } satisfies QueryOf<'/clients/{id}/timeline'>);

/** The fields a client write may carry (PATCH without its version). */
export type ClientInput = Omit<BodyOf<'/clients/{id}', 'patch'>, 'version'>;

export type CreateClientBody = BodyOf<'/clients', 'post'>;

export const createClient = (body: CreateClientBody) => api.post<ResponseOf<'/clients', 'post', 201>>('/clients', body);

export const updateClient = (id: number, body: BodyOf<'/clients/{id}', 'patch'>) => api.patch<ResponseOf<'/clients/{id}', 'patch'>>(`/clients/${id}`, body);

export const revealClientField = (id: number, field: RevealableField) =>
  api.post<ResponseOf<'/clients/{id}/reveal', 'post'>>(`/clients/${id}/reveal`, { field });

export const addClientLink = (id: number, body: BodyOf<'/clients/{id}/links', 'post'>) =>
  api.post<ResponseOf<'/clients/{id}/links', 'post', 201>>(`/clients/${id}/links`, body);

export const removeClientLink = (id: number, linkId: number) => api.delete<void>(`/clients/${id}/links/${linkId}`);

/** Merge this duplicate into `intoId`; the answer is the survivor. */
export const mergeClient = (id: number, body: BodyOf<'/clients/{id}/merge', 'post'>) =>
  api.post<ResponseOf<'/clients/{id}/merge', 'post'>>(`/clients/${id}/merge`, body);

/** R-CL-5 care list: a birthday in the next `days` days. */
export type CareItem = ResponseOf<'/clients/care'>['items'][number];

export const listCare = (query: Pick<QueryOf<'/clients/care'>, 'days' | 'agentId'>) => api.get<ResponseOf<'/clients/care'>>('/clients/care', query);

/** A few clients for a picker or the header search box. */
export const findClients = (q: string, limit = 10) =>
  api.get<ResponseOf<'/clients/search'>>('/clients/search', { q, limit } satisfies QueryOf<'/clients/search'>).then((r) => r.items);

/** Query keys: everything read about clients sits under clientKeys.all. */
export const clientKeys = {
  all: ['clients'] as const,
  list: () => [...clientKeys.all, 'list'] as const,
  search: (q: string) => [...clientKeys.all, 'search', q] as const,
  find: () => [...clientKeys.all, 'find'] as const,
  detail: (id: number) => [...clientKeys.all, 'detail', id] as const,
  timeline: (id: number) => [...clientKeys.all, 'timeline', id] as const,
  care: (query: Pick<QueryOf<'/clients/care'>, 'days' | 'agentId'>) => [...clientKeys.all, 'care', query] as const,
};

/**
 * A write on a client (create, edit, a household link, merge): `mutateAsync(() => updateClient(id, body))`.
 * Afterwards what follows the record is read again: the client's page and lists, the timeline, the
 * household's coverage, and the deadlines (completing the archive meets R-CL-2).
 */
export function useClientWrite<Answer>() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (send: () => Promise<Answer>) => send(),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: clientKeys.all });
      void client.invalidateQueries({ queryKey: coverageKeys.all });
      void invalidateDeadlines(client);
    },
  });
}
