import { api, type Page } from '../../api/client';

export type ClientKind = 'person' | 'organisation';
export type Gender = 'male' | 'female';
export type IdType = 'resident_id' | 'passport' | 'other';
export type ContactPreference = 'phone' | 'sms' | 'wechat' | 'email' | 'visit' | 'letter';
export type LinkRelation = 'spouse' | 'child' | 'parent' | 'employer' | 'employee' | 'other';
export type RevealableField = 'idNumber' | 'mobile' | 'address';

/** GET /clients/:id and every list: ID number, mobile and address masked (R-CL-6). */
export type Client = {
  id: number;
  kind: ClientKind;
  orgUnitId: number;
  orgUnitName: string;
  agentId: number | null;
  agentName: string | null;
  name: string;
  gender: Gender | null;
  birthDate: string | null;
  idType: IdType | null;
  idNumber: string | null;
  mobile: string | null;
  address: string | null;
  occupation: string | null;
  contactPreference: ContactPreference | null;
  unifiedCreditCode: string | null;
  contactPerson: string | null;
  consentMarketing: boolean;
  consentMarketingAt: string | null;
  consentSensitive: boolean;
  consentSensitiveAt: string | null;
  firstContactAt: string;
  /** When identity and contact were complete (R-CL-2); null while incomplete. */
  archivedAt: string | null;
  mergedIntoId: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type ClientLink = { id: number; clientId: number; name: string; relation: LinkRelation };
export type ClientDetail = Client & { links: ClientLink[] };

/** A possible duplicate (same name and mobile), as the 409 and the 201 answers list them. */
export type DuplicateHint = { id: number; name: string; mobile: string | null; orgUnitId: number };

export type TimelineEntry = {
  id: number;
  at: string;
  kind: string;
  entityType: string | null;
  entityId: string | null;
  summary: string;
  actorId: number | null;
  actorName: string | null;
};

export type MatchedBy = 'idNumber' | 'mobile' | 'unifiedCreditCode' | 'name' | 'nameFuzzy';

/** The list's filters: `q` switches from the cursor list to the one search box. */
export type ClientFilters = { q?: string; kind?: ClientKind };

export const PAGE_SIZE = 20;

export const listClients = (filters: { kind?: ClientKind }, cursor?: string) =>
  api.get<Page<Client>>('/clients', { kind: filters.kind, cursor, limit: PAGE_SIZE });

export const searchClients = (q: string) => api.get<{ matchedBy: MatchedBy; items: Client[] }>('/clients/search', { q, limit: 100 });

export const getClient = (id: number) => api.get<ClientDetail>(`/clients/${id}`);

export const listTimeline = (id: number, cursor?: string) =>
  api.get<Page<TimelineEntry>>(`/clients/${id}/timeline`, { cursor, limit: PAGE_SIZE });

export type ClientInput = {
  agentId?: number | null;
  name?: string;
  gender?: Gender | null;
  birthDate?: string | null;
  idType?: IdType | null;
  idNumber?: string | null;
  mobile?: string | null;
  address?: string | null;
  occupation?: string | null;
  contactPreference?: ContactPreference | null;
  unifiedCreditCode?: string | null;
  contactPerson?: string | null;
  consentMarketing?: boolean;
  consentSensitive?: boolean;
};

export type CreateClientBody = ClientInput & {
  kind: ClientKind;
  orgUnitId: number;
  name: string;
  firstContactAt?: string;
  confirmDuplicate?: boolean;
};

export const createClient = (body: CreateClientBody) => api.post<{ client: Client; duplicates: DuplicateHint[] }>('/clients', body);

export const updateClient = (id: number, body: ClientInput & { version: number }) => api.patch<Client>(`/clients/${id}`, body);

export const revealClientField = (id: number, field: RevealableField) =>
  api.post<{ value: string | null }>(`/clients/${id}/reveal`, { field });

export const addClientLink = (id: number, body: { relatedClientId: number; relation: LinkRelation }) =>
  api.post<{ links: ClientLink[] }>(`/clients/${id}/links`, body);

export const removeClientLink = (id: number, linkId: number) => api.delete<void>(`/clients/${id}/links/${linkId}`);

/** Merge this duplicate into `intoId`; the answer is the survivor. */
export const mergeClient = (id: number, body: { intoId: number; version: number }) => api.post<Client>(`/clients/${id}/merge`, body);

/** R-CL-5 care list: a birthday in the next `days` days. */
export type CareItem = {
  id: number;
  name: string;
  orgUnitId: number;
  agentId: number | null;
  agentName: string | null;
  mobile: string | null;
  birthday: string;
  age: number;
  inDays: number;
};

export const listCare = (query: { days: number; agentId?: number }) =>
  api.get<{ from: string; to: string; items: CareItem[] }>('/clients/care', query);

/** A few clients for a picker or the header search box. */
export const findClients = (q: string, limit = 10) => api.get<{ matchedBy: MatchedBy; items: Client[] }>('/clients/search', { q, limit }).then((r) => r.items);
