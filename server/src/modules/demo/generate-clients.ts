import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { blindIndex, type Keyring } from '../../platform/pii/index.js';
import '../clients/clients.tables.js';
import { sealClientFields } from '../clients/client-rules.js';
import { clientNameKeys } from '../clients/name-keys.js';
import { BLOCK_SIZE, demoBlock, type DemoClient, type DemoLink } from './demo-clients.js';

export type GenerateClientsOptions = {
  /** Demo clients wanted in all, numbers 0 … count − 1. Those already stored are left alone. */
  count: number;
  /** Office codes to spread them over; default: every active office with an active agent. */
  officeCodes?: readonly string[];
  /** Clients per insert statement, in whole blocks of 16 (default 2000). */
  batchSize?: number;
  onProgress?: (done: number, count: number) => void;
};

export type GenerateClientsReport = { clients: number; links: number };

export type Office = { id: number; code: string; agents: number[] };

/**
 * Store the demo client archive up to `count` clients (R-CL-1, R-CL-3), in batches: each batch
 * is one transaction of two set-based statements (clients with their timeline entry, then
 * links), whose arrays travel as parameters (unnest), so a million clients need no more than a
 * few hundred round trips. A client is recognised by its ID number's blind index or its credit
 * code, so a re-run (or a larger count later) creates nothing twice. Demo archives are complete,
 * so no R-CL-2 deadline is opened for them. Their policies follow (generatePolicies), found by the same keys.
 */
export async function generateClients(db: Kysely<DB>, keyring: Keyring, options: GenerateClientsOptions): Promise<GenerateClientsReport> {
  const { count } = options;
  const offices = await demoOffices(db, options.officeCodes);
  if (count > 0 && !offices.length) throw new Error('No office with an agent: seed the demo org tree and users before clients');
  const codes = offices.map((o) => o.code);
  const blocksPerBatch = Math.max(1, Math.round((options.batchSize ?? 2000) / BLOCK_SIZE));
  const blocks = Math.ceil(count / BLOCK_SIZE);
  const report: GenerateClientsReport = { clients: 0, links: 0 };
  // The next batch is generated and sealed (CPU here) while the database stores the previous one.
  let storing: Promise<GenerateClientsReport> | undefined;
  const stored = async () => {
    const added = storing ? await storing : { clients: 0, links: 0 };
    report.clients += added.clients;
    report.links += added.links;
  };
  for (let first = 0; first < blocks; first += blocksPerBatch) {
    const clients: DemoClient[] = [];
    const links: DemoLink[] = [];
    for (let b = first; b < Math.min(blocks, first + blocksPerBatch); b++) {
      const block = demoBlock(b, codes);
      clients.push(...block.clients.filter((c) => c.n < count));
      links.push(...block.links.filter((l) => l.client < count && l.related < count));
    }
    const batch = await prepareBatch(db, keyring, offices, clients, links);
    await stored();
    storing = batch ? storeBatch(db, batch) : undefined;
    storing?.catch(() => undefined); // awaited at the next turn; not an unhandled rejection meanwhile
    options.onProgress?.(Math.min(count, first * BLOCK_SIZE + clients.length), count);
  }
  await stored();
  return report;
}

export async function demoOffices(db: Kysely<DB>, codes: readonly string[] | undefined): Promise<Office[]> {
  const { rows } = await sql<Office>`
    select o.id, o.code, array_agg(u.id order by u.id) as agents
    from org_unit o
    join role_assignment ra on ra.org_unit_id = o.id and ra.role = 'agent'
    join app_user u on u.id = ra.user_id and u.status = 'active'
    where o.level = 'office' and o.active ${codes ? sql`and o.code = any(${[...codes]}::text[])` : sql``}
    group by o.id, o.code
    order by o.code`.execute(db);
  return rows;
}

type Batch = Awaited<ReturnType<typeof prepareBatch>>;

/** The batch's clients not stored yet, sealed, and the row ids of those that are; undefined when all are. */
async function prepareBatch(db: Kysely<DB>, keyring: Keyring, offices: Office[], clients: DemoClient[], links: DemoLink[]) {
  // A person is known by the blind index of the ID number, an organisation by its credit code.
  const keyOf = new Map(clients.map((c) => [c.n, c.idNumber ? blindIndex(keyring, { kind: 'idNumber', value: c.idNumber }) : c.unifiedCreditCode!]));
  const persons = clients.filter((c) => c.kind === 'person').map((c) => keyOf.get(c.n)!);
  const organisations = clients.filter((c) => c.kind === 'organisation').map((c) => c.unifiedCreditCode!);
  const { rows: stored } = await sql<{ id: number; key: string }>`
    select id, id_number_bidx as key from client where id_number_bidx = any(${persons}::text[])
    union all
    select id, unified_credit_code from client where unified_credit_code = any(${organisations}::text[])`.execute(db);
  const idOf = new Map(stored.map((r) => [r.key, r.id]));
  const fresh = clients.filter((c) => !idOf.has(keyOf.get(c.n)!));
  if (!fresh.length) return undefined;
  const isFresh = new Set(fresh.map((c) => c.n));
  const newLinks = links.filter((l) => isFresh.has(l.client) || isFresh.has(l.related));
  return { keyOf, idOf, links: newLinks, columns: await clientColumns(keyring, offices, fresh) };
}

/** One transaction: the clients with their first timeline entry, then their links. */
async function storeBatch(db: Kysely<DB>, { keyOf, idOf, links, columns }: NonNullable<Batch>): Promise<GenerateClientsReport> {
  return db.transaction().execute(async (trx) => {
    const { rows: added } = await sql<{ id: number; key: string }>`
      with input as (
        select * from unnest(
          ${columns.kind}::text[], ${columns.orgUnitId}::int[], ${columns.agentId}::int[], ${columns.name}::text[],
          ${columns.gender}::text[], ${columns.birthDate}::date[], ${columns.idType}::text[],
          ${columns.idNumberEnc}::text[], ${columns.idNumberBidx}::text[], ${columns.mobileEnc}::text[], ${columns.mobileBidx}::text[],
          ${columns.addressEnc}::text[], ${columns.occupation}::text[], ${columns.contactPreference}::text[],
          ${columns.unifiedCreditCode}::text[], ${columns.contactPerson}::text[],
          ${columns.consentMarketing}::bool[], ${columns.consentSensitive}::bool[],
          ${columns.firstContactAt}::timestamptz[], ${columns.archivedAt}::timestamptz[],
          ${columns.idNumberMasked}::text[], ${columns.mobileMasked}::text[], ${columns.addressMasked}::text[],
          ${columns.namePinyin}::text[], ${columns.nameInitials}::text[]
        ) as t (kind, org_unit_id, agent_id, name, gender, birth_date, id_type, id_number_enc, id_number_bidx, mobile_enc, mobile_bidx,
                address_enc, occupation, contact_preference, unified_credit_code, contact_person, consent_marketing, consent_sensitive,
                first_contact_at, archived_at, id_number_masked, mobile_masked, address_masked, name_pinyin, name_initials)
      ), added as (
        insert into client (kind, org_unit_id, agent_id, name, gender, birth_date, id_type, id_number_enc, id_number_bidx,
                            mobile_enc, mobile_bidx, address_enc, occupation, contact_preference, unified_credit_code, contact_person,
                            consent_marketing, consent_marketing_at, consent_sensitive, consent_sensitive_at, first_contact_at, archived_at,
                            id_number_masked, mobile_masked, address_masked, name_pinyin, name_initials)
        select kind, org_unit_id, agent_id, name, gender, birth_date, id_type, id_number_enc, id_number_bidx,
               mobile_enc, mobile_bidx, address_enc, occupation, contact_preference, unified_credit_code, contact_person,
               consent_marketing, case when consent_marketing then first_contact_at end,
               consent_sensitive, case when consent_sensitive then first_contact_at end, first_contact_at, archived_at,
               id_number_masked, mobile_masked, address_masked, name_pinyin, name_initials
        from input
        returning id, archived_at, coalesce(id_number_bidx, unified_credit_code) as key
      ), timeline as (
        -- R-CL-4: the archive's first entry, as creating it through the API would leave.
        insert into client_timeline (client_id, at, kind, summary_zh, summary_en)
        select id, archived_at, 'client.created', '建立客户档案（资料完整）', 'Client archive created (complete)' from added
        returning 1
      )
      select id, key from added`.execute(trx);
    for (const r of added) idOf.set(r.key, r.id);

    // Links by row id: a link to a client stored by an earlier run is made too.
    const id = (n: number) => idOf.get(keyOf.get(n)!)!;
    const { rows: linked } = await sql<{ n: number }>`
      with added as (
        insert into client_link (client_id, related_client_id, relation)
        select * from unnest(${links.map((l) => id(l.client))}::int[], ${links.map((l) => id(l.related))}::int[], ${links.map((l) => l.relation)}::text[])
        on conflict do nothing
        returning 1
      )
      select count(*)::int as n from added`.execute(trx);
    return { clients: added.length, links: linked[0]!.n };
  });
}

/** The batch as one array per column, personal fields sealed as the clients module seals them (R-CL-6). */
async function clientColumns(keyring: Keyring, offices: Office[], clients: DemoClient[]) {
  const sealed: ReturnType<typeof sealClientFields>[] = [];
  for (const c of clients) {
    sealed.push(sealClientFields(keyring, { idNumber: c.idNumber, mobile: c.mobile, address: c.address }));
    if (sealed.length % 200 === 0) await new Promise(setImmediate); // let the statement in flight make progress
  }
  const office = (c: DemoClient) => offices[c.office]!;
  const nameKeys = clients.map((c) => clientNameKeys(c.name, c.kind));
  return {
    kind: clients.map((c) => c.kind),
    orgUnitId: clients.map((c) => office(c).id),
    agentId: clients.map((c) => office(c).agents[c.agentSlot % office(c).agents.length]!),
    name: clients.map((c) => c.name),
    gender: clients.map((c) => c.gender),
    birthDate: clients.map((c) => c.birthDate),
    idType: clients.map((c) => (c.idNumber ? 'resident_id' : null)),
    idNumberEnc: sealed.map((s) => s.id_number_enc),
    idNumberBidx: sealed.map((s) => s.id_number_bidx),
    mobileEnc: sealed.map((s) => s.mobile_enc),
    mobileBidx: sealed.map((s) => s.mobile_bidx),
    addressEnc: sealed.map((s) => s.address_enc),
    idNumberMasked: sealed.map((s) => s.id_number_masked),
    mobileMasked: sealed.map((s) => s.mobile_masked),
    addressMasked: sealed.map((s) => s.address_masked),
    namePinyin: nameKeys.map((k) => k.pinyin),
    nameInitials: nameKeys.map((k) => k.initials),
    occupation: clients.map((c) => c.occupation),
    contactPreference: clients.map((c) => c.contactPreference),
    unifiedCreditCode: clients.map((c) => c.unifiedCreditCode),
    contactPerson: clients.map((c) => c.contactPerson),
    consentMarketing: clients.map((c) => c.consentMarketing),
    consentSensitive: clients.map((c) => c.consentSensitive),
    firstContactAt: clients.map((c) => c.firstContactAt.toISOString()),
    archivedAt: clients.map((c) => c.archivedAt.toISOString()),
  };
}
