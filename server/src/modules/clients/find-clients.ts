import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import type { Context } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { notFound } from '../../platform/http/errors.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { decryptField, mask, type Keyring } from '../../platform/pii/index.js';
import './clients.tables.js';
import { CONTEXT } from './client-rules.js';
import type { Client, ClientDetail, ListClientsQuery } from './clients.types.js';
import { revealRights } from './reveal-rights.js';

export type Db = Kysely<DB> | Transaction<DB>;

const INVERSE = { spouse: 'spouse', child: 'parent', parent: 'child', employer: 'employee', employee: 'employer', other: 'other' } as const;

export function clientQuery(db: Db, scope: Scope) {
  return db
    .selectFrom('client as c')
    .innerJoin('org_unit as o', 'o.id', 'c.org_unit_id')
    .leftJoin('app_user as a', 'a.id', 'c.agent_id')
    .selectAll('c')
    .select(['o.name as org_unit_name', 'a.display_name as agent_name'])
    .where(inScope('c.org_unit_id', scope));
}

export type ClientRecord = Awaited<ReturnType<ReturnType<typeof clientQuery>['executeTakeFirstOrThrow']>>;

/** The clear personal fields of a stored client (for checks and the audit trail, never for answers). */
export function openClientFields(keyring: Keyring, row: Pick<ClientRecord, 'id_number_enc' | 'mobile_enc' | 'address_enc'>) {
  const open = (v: string | null, context: string) => (v === null ? null : decryptField(keyring, v, { context }));
  return {
    idNumber: open(row.id_number_enc, CONTEXT.idNumber),
    mobile: open(row.mobile_enc, CONTEXT.mobile),
    address: open(row.address_enc, CONTEXT.address),
  };
}

function view<F>(row: ClientRecord, personal: F): Omit<Client, 'idNumber' | 'mobile' | 'address'> & F {
  return {
    id: row.id,
    kind: row.kind,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_unit_name,
    agentId: row.agent_id,
    agentName: row.agent_name,
    name: row.name,
    gender: row.gender,
    birthDate: row.birth_date,
    idType: row.id_type,
    ...personal,
    occupation: row.occupation,
    contactPreference: row.contact_preference,
    unifiedCreditCode: row.unified_credit_code,
    contactPerson: row.contact_person,
    consentMarketing: row.consent_marketing,
    consentMarketingAt: row.consent_marketing_at?.toISOString() ?? null,
    consentSensitive: row.consent_sensitive,
    consentSensitiveAt: row.consent_sensitive_at?.toISOString() ?? null,
    firstContactAt: row.first_contact_at.toISOString(),
    archivedAt: row.archived_at?.toISOString() ?? null,
    mergedIntoId: row.merged_into_id,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * The masked display forms of a stored client's personal fields, as every answer shows them
 * (R-CL-6): the stored masks, written with the ciphertexts, so nothing is decrypted. A row
 * written before the masks existed and not yet filled (fillClientMasks) is decrypted and masked.
 */
export function maskedClientFields(
  keyring: Keyring,
  row: Pick<ClientRecord, 'id_number_enc' | 'mobile_enc' | 'address_enc' | 'id_number_masked' | 'mobile_masked' | 'address_masked'>,
) {
  const masked = (stored: string | null, enc: string | null, kind: 'idNumber' | 'mobile' | 'address') =>
    stored ?? (enc === null ? null : mask(kind, decryptField(keyring, enc, { context: CONTEXT[kind] })));
  return {
    idNumber: masked(row.id_number_masked, row.id_number_enc, 'idNumber'),
    mobile: masked(row.mobile_masked, row.mobile_enc, 'mobile'),
    address: masked(row.address_masked, row.address_enc, 'address'),
  };
}

/** The client as the API shows it: ID number, mobile and address masked. */
export function toClient(keyring: Keyring, row: ClientRecord): Client {
  return view(row, maskedClientFields(keyring, row));
}

/** What the audit trail keeps of a client: masked personal fields, no ciphertexts, no volatile times. */
export function clientAuditRecord(keyring: Keyring, row: ClientRecord): Record<string, unknown> {
  const { updatedAt: _u, createdAt: _c, ...rest } = view(row, maskedClientFields(keyring, row));
  return rest;
}

/** A stored client in scope, or 404 (out of scope looks like not existing). */
export async function findClientRecord(db: Db, scope: Scope, id: number, opts: { forUpdate?: boolean } = {}): Promise<ClientRecord> {
  let q = clientQuery(db, scope).where('c.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate('c');
  const row = await q.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function getClient(ctx: Context, id: number): Promise<ClientDetail> {
  const row = await findClientRecord(ctx.db, ctx.scope, id);
  return {
    ...toClient(ctx.keyring, row),
    links: await findLinks(ctx.db, ctx.scope, id),
    revealable: await revealRights(ctx.db, ctx, row),
  };
}

/**
 * The client's links from its own side: a link stored the other way round shows the inverse
 * relation (A is B's child → B is A's parent). Linked clients outside the scope are left out.
 */
export async function findLinks(db: Db, scope: Scope, clientId: number) {
  const links = await sql<{ id: number; client_id: number; name: string; relation: keyof typeof INVERSE; forward: boolean }>`
    select l.id, r.id as client_id, r.name, l.relation, (l.client_id = ${clientId}) as forward
    from client_link l
    join client r on r.id = case when l.client_id = ${clientId} then l.related_client_id else l.client_id end
    where (l.client_id = ${clientId} or l.related_client_id = ${clientId})
      and ${inScope('r.org_unit_id', scope)}
    order by l.id`.execute(db);
  return links.rows.map((l) => ({ id: l.id, clientId: l.client_id, name: l.name, relation: l.forward ? l.relation : INVERSE[l.relation] }));
}

/** Clients in scope, newest first; merged-away clients only when asked. */
export async function listClients(ctx: Context, query: ListClientsQuery) {
  const limit = query.limit ?? 50;
  const cursor = decodeCursor(query.cursor);
  let q = clientQuery(ctx.db, ctx.scope);
  if (query.agentId) q = q.where('c.agent_id', '=', query.agentId);
  if (query.kind) q = q.where('c.kind', '=', query.kind);
  if (!query.includeMerged) q = q.where('c.merged_into_id', 'is', null);
  if (cursor) q = q.where('c.id', '<', cursor.id);
  const rows = await q.orderBy('c.id', 'desc').limit(limit + 1).execute();
  return toPage(rows, limit, (r) => ({ key: r.id, id: r.id }), (r) => toClient(ctx.keyring, r));
}
