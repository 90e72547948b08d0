import { sql, type ExpressionOrFactory, type Kysely, type SelectQueryBuilder, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import type { Context } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { perHandle } from '../../platform/db/per-handle.js';
import { notFound } from '../../platform/http/errors.js';
import { inOrgSubtree, runList, type SortColumn } from '../../platform/http/list-query.js';
import { beijingDayEnd, beijingMidnight } from '../../platform/time/beijing.js';
import { decryptField, mask, type Keyring } from '../../platform/pii/index.js';
import './clients.tables.js';
import { CONTEXT } from './client-rules.js';
import type { Client, ClientDetail, CLIENT_SORTS, ListClientsQuery } from './clients.types.js';
import { revealRights } from './reveal-rights.js';

export type Db = Kysely<DB> | Transaction<DB>;

const INVERSE = { spouse: 'spouse', child: 'parent', parent: 'child', employer: 'employee', employee: 'employer', other: 'other' } as const;

export function clientQuery(db: Db, scope: Scope) {
  return clientBase(db).where(inScope('c.org_unit_id', scope));
}

const clientBase = perHandle((db: Db) =>
  db
    .selectFrom('client as c')
    .innerJoin('org_unit as o', 'o.id', 'c.org_unit_id')
    .leftJoin('app_user as a', 'a.id', 'c.agent_id')
    .selectAll('c')
    .select(['o.name as org_unit_name', 'o.name_en as org_unit_name_en', 'a.display_name as agent_name']));

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
    orgUnitNameEn: row.org_unit_name_en,
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
  return {
    idNumber: maskedClientField(keyring, 'idNumber', row.id_number_masked, row.id_number_enc),
    mobile: maskedClientField(keyring, 'mobile', row.mobile_masked, row.mobile_enc),
    address: maskedClientField(keyring, 'address', row.address_masked, row.address_enc),
  };
}

/** One personal field as a list shows it: the stored mask, else (older rows) the decrypted value masked. */
export function maskedClientField(keyring: Keyring, kind: 'idNumber' | 'mobile' | 'address', stored: string | null, enc: string | null): string | null {
  return stored ?? (enc === null ? null : mask(kind, decryptField(keyring, enc, { context: CONTEXT[kind] })));
}

/** The client as the API shows it: ID number, mobile and address masked. */
export function toClient(keyring: Keyring, row: ClientRecord): Client {
  return view(row, maskedClientFields(keyring, row));
}

/** What the audit trail keeps of a client: masked personal fields, no ciphertexts, no volatile times. */
export function clientAuditRecord(keyring: Keyring, row: ClientRecord): Record<string, unknown> {
  // The org unit's English name is a display form of another row, not a fact of the client.
  const { updatedAt: _u, createdAt: _c, orgUnitNameEn: _o, ...rest } = view(row, maskedClientFields(keyring, row));
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

// The orderings the client list offers, each served by an index ending in id (20261206T1310_list_order_indexes).
const CLIENT_SORT_COLUMNS = {
  name: { expr: sql`c.name`, kind: 'text' },
  createdAt: { expr: sql`c.created_at`, kind: 'timestamp' },
  orgUnit: { expr: sql`c.org_unit_id`, kind: 'number' },
} as const satisfies Record<(typeof CLIENT_SORTS)[number], SortColumn>;

/**
 * Clients in scope, filtered and sorted (newest first unless asked), one page with its total;
 * merged-away clients only when asked. `count: false` for a whole-list walk (the export), `ids` for its selected rows.
 */
export async function listClients(ctx: Context, query: ListClientsQuery, opts: { count?: boolean; ids?: number[] } = {}) {
  // The filters read the client table alone, so the total is counted without the page's joins: a
  // joined row (even the left join PostgreSQL removes) makes the count read the table, not only
  // client_live_org_idx — an office's 9 280 clients at 1M, 3.5 ms against 1.5 (docs/PERFORMANCE.md, screens).
  const filtered = <Q extends SelectQueryBuilder<DB & { c: DB['client'] }, 'c', object>>(qb: Q): Q => {
    let q = qb;
    const where = (condition: ExpressionOrFactory<DB & { c: DB['client'] }, 'c', SqlBool>) => (q = q.where(condition) as Q);
    if (opts.ids) where((eb) => eb('c.id', 'in', opts.ids!));
    if (query.agentId) where((eb) => eb('c.agent_id', '=', query.agentId!));
    if (query.orgUnitId) where(inOrgSubtree('c.org_unit_id', query.orgUnitId));
    if (query.kind) where((eb) => eb('c.kind', '=', query.kind!));
    if (query.archive) where((eb) => eb('c.archived_at', query.archive === 'complete' ? 'is not' : 'is', null));
    if (query.createdFrom) where((eb) => eb('c.created_at', '>=', beijingMidnight(query.createdFrom!)));
    if (query.createdTo) where((eb) => eb('c.created_at', '<', beijingDayEnd(query.createdTo!)));
    if (query.firstContactFrom) where((eb) => eb('c.first_contact_at', '>=', beijingMidnight(query.firstContactFrom!)));
    if (query.firstContactTo) where((eb) => eb('c.first_contact_at', '<', beijingDayEnd(query.firstContactTo!)));
    if (!query.includeMerged) where((eb) => eb('c.merged_into_id', 'is', null));
    return q;
  };
  const countQuery = filtered(ctx.db.selectFrom('client as c').select('c.id').where(inScope('c.org_unit_id', ctx.scope)));
  return runList(
    ctx.db,
    filtered(clientQuery(ctx.db, ctx.scope)),
    { sorts: CLIENT_SORT_COLUMNS, defaultSort: '-createdAt', id: 'c.id', idOf: (r) => r.id, countQuery },
    query,
    (r) => toClient(ctx.keyring, r),
    opts,
  );
}
