import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { sql, type CompiledQuery, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { inScope } from '../../../platform/db/scoped.js';
import { encryptField, mask } from '../../../platform/pii/index.js';
import '../clients.tables.js';
import { CLIENT_TIMELINE } from '../client-timeline.js';
import { CONTEXT, isArchiveComplete } from '../client-rules.js';
import type { ImportContext } from '../../imports/import-kind.js';
import type { ClientImportRow } from './client-import.kind.js';
import { deadlineBatch } from '../../deadlines/record-events-in-batch.js';
import { clientNameKeys } from '../name-keys.js';

const BATCH = 2000;
const LOOKUP_CHUNK = 10_000;

/**
 * Identities (see client-import.kind.ts) already stored as live clients within the scope:
 * `id:` ID-number blind index, `cc:` credit code, `nm:` mobile blind index `|` lower-case name.
 */
export async function findClientsAlreadyStored(db: Kysely<DB> | Transaction<DB>, ctx: ImportContext, identities: string[]) {
  const found = new Map<string, number>();
  const byPrefix = (prefix: string) => identities.filter((i) => i.startsWith(prefix)).map((i) => i.slice(prefix.length));
  const live = () => db.selectFrom('client').where(inScope('client.org_unit_id', ctx.scope)).where('merged_into_id', 'is', null);
  for (const [prefix, column] of [['id:', 'id_number_bidx'], ['cc:', 'unified_credit_code']] as const) {
    const values = byPrefix(prefix);
    for (let i = 0; i < values.length; i += LOOKUP_CHUNK) {
      const rows = await live()
        .select([`${column} as value`, sql<number>`min(id)`.as('id')])
        .where(sql<boolean>`${sql.ref(column)} = any(${values.slice(i, i + LOOKUP_CHUNK)}::text[])`)
        .groupBy(column)
        .execute();
      for (const r of rows) found.set(`${prefix}${r.value}`, r.id);
    }
  }
  const named = byPrefix('nm:');
  const mobiles = [...new Set(named.map((v) => v.slice(0, v.indexOf('|'))))];
  for (let i = 0; i < mobiles.length; i += LOOKUP_CHUNK) {
    const rows = await live()
      .select(['id', 'name', 'mobile_bidx'])
      .where(sql<boolean>`mobile_bidx = any(${mobiles.slice(i, i + LOOKUP_CHUNK)}::text[])`)
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const key = `nm:${r.mobile_bidx}|${r.name.toLowerCase()}`;
      if (!found.has(key)) found.set(key, r.id);
    }
  }
  return found;
}

/**
 * Store imported clients as the form would (create-client.ts), set-based: ids drawn in one
 * statement, then per BATCH rows ONE statement that inserts the clients, their first timeline
 * entries (R-CL-4) and their R-CL-2 archive deadlines (met at once for complete archives) from
 * `unnest` arrays. While the database stores one batch, the next one is encrypted and its
 * statement made ready to send (compiled, arrays serialised), so the database never waits on us.
 */
export async function commitClientImport(trx: Transaction<DB>, ctx: ImportContext, rows: ClientImportRow[], progress: (written: number) => void) {
  const counts = { created: rows.length, firstId: null as number | null, lastId: null as number | null, deadlinesOpened: 0, deadlinesMet: 0, deadlinesMissed: 0 };
  if (!rows.length) return counts;
  const { rows: drawn } = await sql<{ ids: number[] }>`
    select array_agg(nextval(pg_get_serial_sequence('client', 'id'))::int) as ids from generate_series(1, ${rows.length}::int)`.execute(trx);
  const ids = drawn[0]!.ids;
  const now = ctx.now.toISOString();
  const deadlines = await deadlineBatch(trx, ctx.calendar, {
    entityType: 'client', startEvent: 'client.first_contact', completionEvent: 'client.archived', orgUnitIds: rows.map((r) => r.orgUnitId),
  });

  let pending: Promise<unknown> | null = null;
  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    const batchIds = ids.slice(from, from + BATCH);
    const columns = sealBatch(ctx, batch, batchIds, now);
    const deadlineRows = deadlines.insertSql(batch.map((r, i) => ({
      entityId: batchIds[i]!, at: r.firstContactAt, orgUnitId: r.orgUnitId, ownerId: r.agentId ?? ctx.actor?.userId ?? null,
      completedAt: columns.complete[i] ? ctx.now : null,
    })));
    const statement = withArrayLiterals(insertBatch(ctx, columns, deadlineRows, now).compile(trx));
    if (pending) await pending;
    pending = trx.executeQuery(statement).then(() => progress(from + batch.length));
    pending.catch(() => undefined); // awaited below; a failure must not surface as unhandled meanwhile
    // Let the driver send the statement before the next batch is encrypted on this thread.
    await yieldToLoop();
  }
  await pending;
  return {
    ...counts, firstId: ids.reduce((a, b) => Math.min(a, b)), lastId: ids.reduce((a, b) => Math.max(a, b)),
    deadlinesOpened: deadlines.counts.opened, deadlinesMet: deadlines.counts.met, deadlinesMissed: deadlines.counts.missed,
  };
}

type Columns = ReturnType<typeof sealBatch>;

function sealBatch(ctx: ImportContext, rows: ClientImportRow[], ids: number[], now: string) {
  const seal = (value: string | null, context: string) => (value === null ? null : encryptField(ctx.keyring, value, { context }));
  const c = {
    id: ids, complete: [] as boolean[],
    kind: [] as string[], org: [] as number[], agent: [] as (number | null)[], name: [] as string[], gender: [] as (string | null)[],
    birth: [] as (string | null)[], idType: [] as (string | null)[], idEnc: [] as (string | null)[], idBidx: [] as (string | null)[],
    mobileEnc: [] as (string | null)[], mobileBidx: [] as (string | null)[], addressEnc: [] as (string | null)[],
    idMasked: [] as (string | null)[], mobileMasked: [] as (string | null)[], addressMasked: [] as (string | null)[],
    pinyin: [] as string[], initials: [] as string[],
    occupation: [] as (string | null)[], contact: [] as (string | null)[], credit: [] as (string | null)[], person: [] as (string | null)[],
    marketing: [] as boolean[], marketingAt: [] as (string | null)[], sensitive: [] as boolean[], sensitiveAt: [] as (string | null)[],
    firstContact: [] as string[], archived: [] as (string | null)[],
  };
  for (const r of rows) {
    const d = r.draft;
    const complete = isArchiveComplete(d);
    c.complete.push(complete);
    c.kind.push(d.kind);
    c.org.push(r.orgUnitId);
    c.agent.push(r.agentId);
    c.name.push(d.name);
    const keys = clientNameKeys(d.name, d.kind);
    c.pinyin.push(keys.pinyin);
    c.initials.push(keys.initials);
    c.gender.push(d.gender);
    c.birth.push(d.birthDate);
    c.idType.push(d.idType);
    c.idEnc.push(seal(d.idNumber, CONTEXT.idNumber));
    c.idBidx.push(r.idNumberBidx);
    c.mobileEnc.push(seal(d.mobile, CONTEXT.mobile));
    c.mobileBidx.push(r.mobileBidx);
    c.addressEnc.push(seal(d.address, CONTEXT.address));
    // The masked display forms, as sealClientFields writes them for the form.
    c.idMasked.push(mask('idNumber', d.idNumber));
    c.mobileMasked.push(mask('mobile', d.mobile));
    c.addressMasked.push(mask('address', d.address));
    c.occupation.push(d.occupation);
    c.contact.push(d.contactPreference);
    c.credit.push(d.unifiedCreditCode);
    c.person.push(d.contactPerson);
    c.marketing.push(r.consentMarketing);
    c.marketingAt.push(r.consentMarketing ? now : null);
    c.sensitive.push(r.consentSensitive);
    c.sensitiveAt.push(r.consentSensitive ? now : null);
    c.firstContact.push(r.firstContactAt.toISOString());
    c.archived.push(complete ? now : null);
  }
  return c;
}

// One statement: the timeline rows' foreign key to the clients inserted beside them is checked
// at its end, when they exist.
function insertBatch(ctx: ImportContext, c: Columns, deadlineRows: RawBuilder<unknown> | null, now: string) {
  const complete = CLIENT_TIMELINE.created(true, 'import');
  const partial = CLIENT_TIMELINE.created(false, 'import');
  return sql`
    with clients as (
      insert into client (id, kind, org_unit_id, agent_id, name, gender, birth_date, id_type, id_number_enc, id_number_bidx, mobile_enc, mobile_bidx,
                          address_enc, occupation, contact_preference, unified_credit_code, contact_person, consent_marketing, consent_marketing_at,
                          consent_sensitive, consent_sensitive_at, first_contact_at, archived_at, id_number_masked, mobile_masked, address_masked,
                          name_pinyin, name_initials)
      overriding system value
      select * from unnest(
        ${c.id}::int[], ${c.kind}::text[], ${c.org}::int[], ${c.agent}::int[], ${c.name}::text[], ${c.gender}::text[], ${c.birth}::date[],
        ${c.idType}::text[], ${c.idEnc}::text[], ${c.idBidx}::text[], ${c.mobileEnc}::text[], ${c.mobileBidx}::text[], ${c.addressEnc}::text[],
        ${c.occupation}::text[], ${c.contact}::text[], ${c.credit}::text[], ${c.person}::text[], ${c.marketing}::boolean[], ${c.marketingAt}::timestamptz[],
        ${c.sensitive}::boolean[], ${c.sensitiveAt}::timestamptz[], ${c.firstContact}::timestamptz[], ${c.archived}::timestamptz[],
        ${c.idMasked}::text[], ${c.mobileMasked}::text[], ${c.addressMasked}::text[], ${c.pinyin}::text[], ${c.initials}::text[])
      returning 1
    ), timeline as (
      -- R-CL-4: the archive's first timeline entry (its text from client-timeline.ts, as the form's).
      insert into client_timeline (client_id, at, kind, summary_zh, summary_en, actor_id)
      select id, ${now}::timestamptz, ${complete.kind}::text, case when complete then ${complete.zh}::text else ${partial.zh}::text end,
             case when complete then ${complete.en}::text else ${partial.en}::text end, ${ctx.actor?.userId ?? null}::int
      from unnest(${c.id}::int[], ${c.complete}::boolean[]) as t (id, complete)
      returning 1
    )${deadlineRows ? sql`, deadlines as (${deadlineRows} returning 1)` : sql``}
    select (select count(*) from clients) as clients, (select count(*) from timeline) as timeline`;
}

/**
 * The statement with its array parameters turned into PostgreSQL array literals here — the text
 * the driver would otherwise build (each element quoted, `\` and `"` escaped, NULL bare) when
 * the statement is sent, i.e. while the database sits idle between two batches.
 */
function withArrayLiterals<R>(query: CompiledQuery<R>): CompiledQuery<R> {
  return { ...query, parameters: query.parameters.map((p) => (Array.isArray(p) ? arrayLiteral(p) : p)) };
}

function arrayLiteral(values: unknown[]): unknown {
  let text = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) text += ',';
    if (v === null || v === undefined) text += 'NULL';
    else if (typeof v === 'string') text += `"${v.replace(/[\\"]/g, '\\$&')}"`;
    else if (typeof v === 'number' || typeof v === 'boolean') text += `"${v}"`;
    else return values; // anything else (dates, nested arrays): left to the driver
  }
  return `${text}}`;
}
