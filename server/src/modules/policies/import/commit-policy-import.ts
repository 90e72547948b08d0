import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { inScope } from '../../../platform/db/scoped.js';
import { encryptField } from '../../../platform/pii/index.js';
import '../policies.tables.js';
import { CONTEXT, stateOnVerification } from '../policy-rules.js';
import { drawInternalNumbers } from '../draw-internal-numbers.js';
import { findLinkedRelations, settleInsuredRelations } from '../insured-relations.js';
import type { CellProblem, ImportContext } from '../../imports/import-kind.js';
import type { ClientRef, PolicyImportRow } from './policy-import.kind.js';
import { deadlineBatch } from '../../deadlines/record-events-in-batch.js';
import { beijingDayEnd } from '../../../platform/time/beijing.js';
import { appendPolicyTimeline, POLICY_LIFECYCLE } from '../policy-lifecycle.js';
import type { TimelineLine } from '../../../platform/lifecycle/lifecycle.js';

const BATCH = 2000;
const LOOKUP_CHUNK = 10_000;

/**
 * `insurer|policy number` already registered (R-PO-6: unique company-wide). A policy of another
 * branch is reported without its number: the importer learns only that it exists.
 */
export async function findPoliciesAlreadyStored(db: Kysely<DB> | Transaction<DB>, ctx: ImportContext, identities: string[]) {
  const found = new Map<string, number | string>();
  for (let i = 0; i < identities.length; i += LOOKUP_CHUNK) {
    const chunk = identities.slice(i, i + LOOKUP_CHUNK);
    const { rows } = await sql<{ identity: string; internal_no: string; org_unit_id: number }>`
      select p.insurer_id || '|' || p.policy_number as identity, p.internal_no, p.org_unit_id
      from policy p
      join unnest(${chunk.map((k) => Number(k.slice(0, k.indexOf('|'))))}::int[], ${chunk.map((k) => k.slice(k.indexOf('|') + 1))}::text[]) as t (insurer_id, policy_number)
        on p.insurer_id = t.insurer_id and p.policy_number = t.policy_number`.execute(db);
    for (const r of rows) found.set(r.identity, ctx.scope.includes(r.org_unit_id) ? r.internal_no : '—');
  }
  return found;
}

/**
 * The live clients in the importer's scope that `refs` name (by blind index or credit code, a
 * few queries for the whole file), and the names of those `named` names: the policyholders.
 */
export async function findImportClients(db: Kysely<DB>, ctx: ImportContext, refs: ClientRef[], named: ClientRef[]) {
  const keys = [...new Set(refs.flatMap((ref) => (ref.alternative ? [ref.key, ref.alternative] : [ref.key])))];
  const idOf = new Map<string, number>();
  for (const [prefix, column] of [['id:', 'id_number_bidx'], ['cc:', 'unified_credit_code']] as const) {
    const values = keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    for (let i = 0; i < values.length; i += LOOKUP_CHUNK) {
      const found = await db.selectFrom('client')
        .select([`${column} as value`, sql<number>`min(id)`.as('id')])
        .where(inScope('client.org_unit_id', ctx.scope)).where('merged_into_id', 'is', null)
        .where(sql<boolean>`${sql.ref(column)} = any(${values.slice(i, i + LOOKUP_CHUNK)}::text[])`)
        .groupBy(column)
        .execute();
      for (const f of found) idOf.set(`${prefix}${f.value}`, f.id);
    }
  }
  const ids = [...new Set(named.flatMap((ref) => [idOf.get(ref.key), ref.alternative === undefined ? undefined : idOf.get(ref.alternative)]).filter((id) => id !== undefined))];
  const nameOf = new Map<number, string>();
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    const names = await db.selectFrom('client').select(['id', 'name']).where(sql<boolean>`id = any(${ids.slice(i, i + LOOKUP_CHUNK)}::int[])`).execute();
    for (const n of names) nameOf.set(n.id, n.name);
  }
  const clientOf = (ref: ClientRef) => idOf.get(ref.key) ?? (ref.alternative === undefined ? undefined : idOf.get(ref.alternative));
  return { clientOf, nameOf };
}

/**
 * The policyholder and insured of every row must be live clients in the importer's scope
 * (looked up by blind index or credit code, a few queries for the whole file); then each
 * insured's relation to the policyholder is settled (given, 本人, or from the household links).
 */
export async function resolvePolicyClients(db: Kysely<DB>, ctx: ImportContext, rows: { row: number; value: PolicyImportRow }[]) {
  const { clientOf, nameOf } = await findImportClients(db, ctx, rows.flatMap((r) => [r.value.holder, ...r.value.insured]), rows.map((r) => r.value.holder));
  // No client with it: a number that is no valid resident ID was most likely mistyped.
  const notFound = (named: ClientRef[]) => (named.some((r) => r.mistyped) ? 'invalidResidentId' : 'clientNotInArchive');
  const problems = new Map<number, CellProblem[]>();
  const found: PolicyImportRow[] = [];
  for (const { row, value } of rows) {
    const rowProblems: CellProblem[] = [];
    value.holderId = clientOf(value.holder) ?? null;
    value.holderName = value.holderId === null ? null : nameOf.get(value.holderId) ?? null;
    if (value.holderId === null) rowProblems.push({ column: 'policyholderId', reason: notFound([value.holder]) });
    value.insuredIds = value.insured.map((i) => clientOf(i) ?? 0);
    // An insured who is the policyholder is reported once, on the policyholder's column.
    const missing = value.insured.filter((i, k) => value.insuredIds[k] === 0 && i.key !== value.holder.key);
    if (missing.length) rowProblems.push({ column: 'insuredIds', reason: notFound(missing) });
    if (rowProblems.length) problems.set(row, rowProblems);
    else found.push(value);
  }

  const linked = await findLinkedRelations(db, found.flatMap((v) => v.insuredIds.map((insuredId) => ({ policyholderId: v.holderId!, insuredId }))));
  for (const { row, value } of rows) {
    if (problems.has(row)) continue;
    const settled = settleInsuredRelations(value.holderId!, value.insuredIds.map((clientId, k) => ({ clientId, relation: value.relations[k] ?? null })), linked);
    settled.relations.forEach((relation, k) => {
      if (relation !== null) value.draft.insured[k]!.relation = relation;
    });
    const rowProblems: CellProblem[] = [];
    const underivable = settled.problems.filter((p) => p.reason === 'insuredRelationRequired').map((p) => value.insured[p.index]!.label ?? '');
    if (underivable.length) rowProblems.push({ column: 'insuredRelations', reason: 'insuredRelationMissing', params: { insured: underivable.join('、') } });
    for (const reason of new Set(settled.problems.map((p) => p.reason).filter((r) => r !== 'insuredRelationRequired'))) {
      rowProblems.push({ column: 'insuredRelations', reason });
    }
    if (rowProblems.length) problems.set(row, rowProblems);
  }
  return [...problems].map(([row, rowProblems]) => ({ row, problems: rowProblems })).sort((a, b) => a.row - b.row);
}

/**
 * Store imported policies as the intake would (create-policy.ts), set-based per BATCH: internal
 * numbers drawn per unit and year in one statement each, then one statement inserting the
 * policies and their parties, then their clients' timeline lines. Unverified policies open
 * the intake deadline (R-PO-4); verified renewable ones give the engine their expiry (R-RN-7).
 */
/** The transition each imported row's state stands for (policy-lifecycle.ts). */
const IMPORTED = { registered: 'imported', verified: 'imported_verified', in_force: 'imported_in_force', expired: 'imported_expired' } as const;

/** The timeline line of an imported policy, from its lifecycle transition (written in policy-lifecycle.ts only). */
function importedLine(event: (typeof IMPORTED)[keyof typeof IMPORTED]): TimelineLine {
  const { timeline } = POLICY_LIFECYCLE.transitions[event];
  return timeline!(undefined as never, undefined)[0]!;
}

export async function commitPolicyImport(trx: Transaction<DB>, ctx: ImportContext, rows: PolicyImportRow[], progress: (written: number) => void) {
  const tx = { ...ctx, trx };
  const counts = { created: rows.length, verified: 0, firstId: null as number | null, lastId: null as number | null, deadlinesOpened: 0 };
  if (!rows.length) return counts;
  const { rows: drawn } = await sql<{ ids: number[] }>`
    select array_agg(nextval(pg_get_serial_sequence('policy', 'id'))::int) as ids from generate_series(1, ${rows.length}::int)`.execute(trx);
  const ids = drawn[0]!.ids;
  const internalNos = await drawInternalNumbers(trx, rows);
  const intake = await deadlineBatch(trx, ctx.calendar, {
    entityType: 'policy', startEvent: 'policy.handed_over', completionEvent: 'policy.verified', orgUnitIds: rows.map((r) => r.orgUnitId),
  });
  const expiry = await deadlineBatch(trx, ctx.calendar, {
    entityType: 'policy', startEvent: 'policy.expiry', completionEvent: 'renewal.reminded', orgUnitIds: rows.map((r) => r.orgUnitId),
  });

  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    const batchIds = ids.slice(from, from + BATCH);
    const c = columnsOf(ctx, batch, batchIds, internalNos.slice(from, from + BATCH));
    counts.verified += c.verifiedCount;
    const owner = (r: PolicyImportRow) => r.agentId ?? ctx.actor?.userId ?? null;
    const opened = intake.insertSql(batch.flatMap((r, i) => (r.verified ? [] : [{ entityId: batchIds[i]!, at: r.receivedAt, orgUnitId: r.orgUnitId, ownerId: owner(r), completedAt: null }])));
    const expiring = expiry.insertSql(batch.flatMap((r, i) =>
      r.verified && r.renewable && r.draft.endDate !== null && c.state[i] !== 'expired'
        ? [{ entityId: batchIds[i]!, at: beijingDayEnd(r.draft.endDate), orgUnitId: r.orgUnitId, ownerId: owner(r), completedAt: null }]
        : []));
    // One statement: the parties' foreign keys are checked at its end.
    await sql`
      with policies as (
        insert into policy (id, internal_no, org_unit_id, agent_id, insurer_id, product_id, product_name, line_of_business, term_type, policy_number, source,
                            policyholder_id, sum_insured, premium, payment_frequency, payment_mode, payment_years, bank_account_enc, application_date,
                            issue_date, effective_date, end_date, beneficiary_designation, state, state_changed_at, received_at, verified_at, verified_by)
        overriding system value
        select * from unnest(
          ${c.id}::int[], ${c.internalNo}::text[], ${c.org}::int[], ${c.agent}::int[], ${c.insurer}::int[], ${c.product}::int[], ${c.productName}::text[],
          ${c.line}::text[], ${c.term}::text[], ${c.number}::text[], ${c.source}::text[], ${c.holder}::int[], ${c.sum}::numeric[], ${c.premium}::numeric[],
          ${c.frequency}::text[], ${c.mode}::text[], ${c.years}::int[], ${c.account}::text[], ${c.applied}::date[], ${c.issued}::date[], ${c.effective}::date[],
          ${c.end}::date[], ${c.designation}::text[], ${c.state}::text[], ${c.stateAt}::timestamptz[], ${c.received}::timestamptz[],
          ${c.verifiedAt}::timestamptz[], ${c.verifiedBy}::int[])
        returning 1
      ), parties as (
        insert into policy_party (policy_id, role, client_id, name, relation_to_insured, rank, share, position)
        select t.policy_id, t.role, t.client_id, coalesce(cl.name, t.name), t.relation, t.rank, t.share, t.position
        from unnest(${c.partyPolicy}::int[], ${c.partyRole}::text[], ${c.partyClient}::int[], ${c.partyName}::text[], ${c.partyRelation}::text[],
                    ${c.partyRank}::int[], ${c.partyShare}::numeric[], ${c.partyPosition}::int[])
          as t (policy_id, role, client_id, name, relation, rank, share, position)
        left join client cl on cl.id = t.client_id
        returning 1
      )${opened ? sql`, opened as (${opened} returning 1)` : sql``}${expiring ? sql`, expiring as (${expiring} returning 1)` : sql``}
      select (select count(*) from policies) as policies, (select count(*) from parties) as parties`.execute(trx);
    // R-CL-4: every client of the policy, once — the lifecycle's line, written by the one policy timeline writer.
    await appendPolicyTimeline(tx, batch.map((r, i) => ({
      record: { id: batchIds[i]!, internal_no: internalNos[from + i]!, policyholder_id: r.holderId! },
      line: importedLine(IMPORTED[c.state[i] as keyof typeof IMPORTED]),
      at: ctx.now,
    })));
    progress(from + batch.length);
    await yieldToLoop();
  }
  counts.deadlinesOpened = intake.counts.opened + expiry.counts.opened;
  counts.firstId = ids.reduce((a, b) => Math.min(a, b));
  counts.lastId = ids.reduce((a, b) => Math.max(a, b));
  return counts;
}

function columnsOf(ctx: ImportContext, rows: PolicyImportRow[], ids: number[], internalNos: string[]) {
  const now = ctx.now.toISOString();
  const c = {
    id: ids, internalNo: internalNos, verifiedCount: 0,
    org: [] as number[], agent: [] as (number | null)[], insurer: [] as number[], product: [] as (number | null)[], productName: [] as string[],
    line: [] as string[], term: [] as string[], number: [] as string[], source: [] as string[], holder: [] as number[], sum: [] as string[],
    premium: [] as string[], frequency: [] as string[], mode: [] as string[], years: [] as (number | null)[], account: [] as (string | null)[],
    applied: [] as (string | null)[], issued: [] as (string | null)[], effective: [] as string[], end: [] as (string | null)[], designation: [] as string[],
    state: [] as string[], stateAt: [] as string[], received: [] as string[], verifiedAt: [] as (string | null)[], verifiedBy: [] as (number | null)[],
    partyPolicy: [] as number[], partyRole: [] as string[], partyClient: [] as (number | null)[], partyName: [] as string[], partyRelation: [] as string[],
    partyRank: [] as (number | null)[], partyShare: [] as (string | null)[], partyPosition: [] as number[],
  };
  rows.forEach((r, i) => {
    const d = r.draft;
    const id = ids[i]!;
    const state = r.verified ? stateOnVerification(d, ctx.today) : 'registered';
    if (r.verified) c.verifiedCount++;
    c.org.push(r.orgUnitId); c.agent.push(r.agentId); c.insurer.push(r.insurerId); c.product.push(r.productId); c.productName.push(d.productName!);
    c.line.push(d.lineOfBusiness!); c.term.push(d.termType!); c.number.push(d.policyNumber); c.source.push('import'); c.holder.push(r.holderId!);
    c.sum.push(d.sumInsured); c.premium.push(d.premium); c.frequency.push(d.paymentFrequency); c.mode.push(d.paymentMode); c.years.push(d.paymentYears);
    c.account.push(d.bankAccount === null ? null : encryptField(ctx.keyring, d.bankAccount, { context: CONTEXT.bankAccount }));
    c.applied.push(d.applicationDate); c.issued.push(d.issueDate); c.effective.push(d.effectiveDate); c.end.push(d.endDate);
    c.designation.push(d.beneficiaryDesignation); c.state.push(state); c.stateAt.push(now); c.received.push(r.receivedAt.toISOString());
    c.verifiedAt.push(r.verified ? now : null); c.verifiedBy.push(r.verified ? ctx.actor?.userId ?? null : null);
    const party = (role: string, client: number | null, name: string, relation: string, rank: number | null, share: string | null, position: number) => {
      c.partyPolicy.push(id); c.partyRole.push(role); c.partyClient.push(client); c.partyName.push(name); c.partyRelation.push(relation);
      c.partyRank.push(rank); c.partyShare.push(share); c.partyPosition.push(position);
    };
    r.insuredIds.forEach((clientId, p) => party('insured', clientId, '', d.insured[p]!.relation, null, null, p));
    d.beneficiaries.forEach((b, p) => party('beneficiary', null, b.name!, b.relation, b.rank, b.share, p));
  });
  return c;
}
