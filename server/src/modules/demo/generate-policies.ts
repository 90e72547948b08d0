import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { blindIndex, type Keyring } from '../../platform/pii/index.js';
import { CalendarService } from '../calendar/calendar-service.js';
import { todayInShanghai } from '../calendar/dates.js';
import { deadlineBatch, type BatchEventItem } from '../deadlines/record-events-in-batch.js';
import '../policies/policies.tables.js';
import '../catalog/catalog.tables.js';
import { drawInternalNumbers } from '../policies/draw-internal-numbers.js';
import { checkPolicyDraft, sealBankAccount } from '../policies/policy-rules.js';
import { POLICY_LIFECYCLE, policyTimelineText } from '../policies/policy-lifecycle.js';
import type { PolicyRecord } from '../policies/find-policies.js';
import type { TimelineLine } from '../../platform/lifecycle/lifecycle.js';
import { demoBlock, type DemoClient } from './demo-clients.js';
import { demoPolicyBlock, INSURER_NAMES, POLICIES_PER_BLOCK, toPolicyDraft, type DemoClock, type DemoPolicy } from './demo-policies.js';
import { demoOffices } from './generate-clients.js';

export type GeneratePoliciesOptions = {
  /** Demo policies wanted in all, numbers 0 … count − 1 (24 per block of 16 clients). Those already stored are left alone. */
  count: number;
  /** Office codes the demo clients were spread over; default: every active office with an active agent (as generateClients). */
  officeCodes?: readonly string[];
  /** Policies per insert statement, in whole blocks of 24 (default 2000). */
  batchSize?: number;
  onProgress?: (done: number, count: number) => void;
  /** The moment the dates and states are laid out around (default: now). */
  now?: Date;
};

export type GeneratePoliciesReport = { policies: number; parties: number; deadlines: number };

type StoredClient = { id: number; org_unit_id: number; agent_id: number | null; name: string };
type Catalogue = { insurer: Map<string, number>; product: Map<string, number> };

/**
 * Store the demo policy register up to `count` policies, for the demo clients already stored
 * (generateClients first), batched as the policy import commits (commit-policy-import.ts):
 * per batch, internal numbers drawn per unit and year in one statement (R-PO-3), then one
 * statement inserting the policies with their parties, intake reviews (R-PO-2), hold notices,
 * timeline entries (R-CL-4) and — for the few still in intake — their deadlines. Every policy
 * passes the intake form's checks (checkPolicyDraft) first. A policy is recognised by insurer
 * and policy number (R-PO-6), so a re-run, or a larger count later, creates nothing twice.
 */
export async function generatePolicies(db: Kysely<DB>, keyring: Keyring, options: GeneratePoliciesOptions): Promise<GeneratePoliciesReport> {
  const { count } = options;
  const report: GeneratePoliciesReport = { policies: 0, parties: 0, deadlines: 0 };
  if (count <= 0) return report;
  const codes = (await demoOffices(db, options.officeCodes)).map((o) => o.code);
  if (!codes.length) throw new Error('No office with an agent: seed the demo org tree, users and clients before policies');
  const now = options.now ?? new Date();
  const clock: DemoClock = { now, today: todayInShanghai(now) };
  const catalogue = await loadCatalogue(db);
  const calendars = new CalendarService(db);
  const blocksPerBatch = Math.max(1, Math.round((options.batchSize ?? 2000) / POLICIES_PER_BLOCK));
  const blocks = Math.ceil(count / POLICIES_PER_BLOCK);

  // The next batch is laid out, checked and sealed (CPU here) while the database stores the previous one.
  let storing: Promise<GeneratePoliciesReport> | undefined;
  const stored = async () => {
    const added = storing ? await storing : { policies: 0, parties: 0, deadlines: 0 };
    report.policies += added.policies;
    report.parties += added.parties;
    report.deadlines += added.deadlines;
  };
  for (let first = 0; first < blocks; first += blocksPerBatch) {
    const policies: DemoPolicy[] = [];
    const clients = new Map<number, DemoClient>();
    for (let b = first; b < Math.min(blocks, first + blocksPerBatch); b++) {
      const block = demoBlock(b, codes);
      for (const c of block.clients) clients.set(c.n, c);
      for (const p of demoPolicyBlock(b, block, clock)) if (p.k < count) policies.push(p);
    }
    const batch = await prepareBatch(db, keyring, catalogue, clock, policies, clients).catch(async (err: unknown) => {
      await storing?.catch(() => undefined); // nothing left running behind the error
      throw err;
    });
    await stored();
    storing = batch ? storeBatch(db, calendars, batch) : undefined;
    storing?.catch(() => undefined); // awaited at the next turn; not an unhandled rejection meanwhile
    options.onProgress?.(Math.min(count, (first + blocksPerBatch) * POLICIES_PER_BLOCK), count);
  }
  await stored();
  return report;
}

async function loadCatalogue(db: Kysely<DB>): Promise<Catalogue> {
  const insurers = await db.selectFrom('insurer').select(['id', 'code']).execute();
  const products = await db.selectFrom('product').select(['id', 'code', 'insurer_id']).execute();
  const codeOf = new Map(insurers.map((i) => [i.id, i.code]));
  return {
    insurer: new Map(insurers.map((i) => [i.code, i.id])),
    product: new Map(products.map((p) => [`${codeOf.get(p.insurer_id)}|${p.code}`, p.id])),
  };
}

type Batch = NonNullable<Awaited<ReturnType<typeof prepareBatch>>>;

/** The batch's policies not stored yet, checked, with their clients' rows; undefined when all are stored. */
async function prepareBatch(db: Kysely<DB>, keyring: Keyring, catalogue: Catalogue, clock: DemoClock, policies: DemoPolicy[], clients: Map<number, DemoClient>) {
  const insurerOf = (p: DemoPolicy) => {
    const id = catalogue.insurer.get(p.insurerCode);
    if (id === undefined || !catalogue.product.has(`${p.insurerCode}|${p.productCode}`)) {
      throw new Error(`The demo catalogue is missing ${p.insurerCode} ${p.productCode}: seed the catalogue before policies`);
    }
    return id;
  };
  const { rows: existing } = await sql<{ insurer_id: number; policy_number: string }>`
    select p.insurer_id, p.policy_number from policy p
    join unnest(${policies.map(insurerOf)}::int[], ${policies.map((p) => p.policyNumber)}::text[]) as t (insurer_id, policy_number)
      on p.insurer_id = t.insurer_id and p.policy_number = t.policy_number`.execute(db);
  const known = new Set(existing.map((r) => `${r.insurer_id}|${r.policy_number}`));
  const fresh = policies.filter((p) => !known.has(`${insurerOf(p)}|${p.policyNumber}`));
  if (!fresh.length) return undefined;

  for (const p of fresh) {
    const { draft, product } = toPolicyDraft(p);
    const { problems } = checkPolicyDraft(draft, clock.today, product);
    if (problems.length) throw new Error(`Demo policy ${p.k} breaks the policy rules: ${JSON.stringify(problems)}`);
  }
  return { policies: fresh, clients: await findDemoClients(db, keyring, fresh, clients), catalogue, keyring };
}

/** The stored rows of the clients the policies name, by demo number: a person by ID number's blind index, an organisation by credit code. */
async function findDemoClients(db: Kysely<DB>, keyring: Keyring, policies: DemoPolicy[], clients: Map<number, DemoClient>) {
  const wanted = new Set(policies.flatMap((p) => [p.holder, ...p.insured.map((i) => i.n), ...p.beneficiaries.map((x) => x.n)]));
  const keyOf = new Map<number, string>();
  for (const n of wanted) {
    const c = clients.get(n)!;
    keyOf.set(n, c.idNumber ? blindIndex(keyring, { kind: 'idNumber', value: c.idNumber }) : c.unifiedCreditCode!);
  }
  const keys = [...keyOf.values()];
  const { rows } = await sql<StoredClient & { key: string }>`
    select id, org_unit_id, agent_id, name, id_number_bidx as key from client where id_number_bidx = any(${keys}::text[]) and merged_into_id is null
    union all
    select id, org_unit_id, agent_id, name, unified_credit_code from client where unified_credit_code = any(${keys}::text[]) and merged_into_id is null`.execute(db);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const found = new Map<number, StoredClient>();
  for (const [n, key] of keyOf) {
    const row = byKey.get(key);
    if (!row) throw new Error(`Demo client ${n} is not stored (or was merged away): generate the demo clients (generateClients) before their policies`);
    found.set(n, row);
  }
  return found;
}

/** One transaction: internal numbers, then one statement for the policies and everything that goes with them. */
async function storeBatch(db: Kysely<DB>, calendars: CalendarService, batch: Batch): Promise<GeneratePoliciesReport> {
  return db.transaction().execute(async (trx) => {
    const { policies, clients } = batch;
    const holderOf = (p: DemoPolicy) => clients.get(p.holder)!;
    const { rows: drawn } = await sql<{ ids: number[] }>`
      select array_agg(nextval(pg_get_serial_sequence('policy', 'id'))::int) as ids from generate_series(1, ${policies.length}::int)`.execute(trx);
    const ids = drawn[0]!.ids;
    // Numbered in order of receipt, as the office would have numbered them one by one.
    const order = policies.map((_, i) => i).sort((a, b) => policies[a]!.receivedAt.getTime() - policies[b]!.receivedAt.getTime());
    const numbered = await drawInternalNumbers(trx, order.map((i) => ({ orgUnitId: holderOf(policies[i]!).org_unit_id, receivedAt: policies[i]!.receivedAt })));
    const internalNos: string[] = [];
    order.forEach((i, rank) => (internalNos[i] = numbered[rank]!));
    const c = columnsOf(batch, ids, internalNos);

    // R-PO-2 / R-PO-4: the intake deadlines of the policies not verified yet, as createPolicy opens them.
    const item = (p: DemoPolicy, i: number): BatchEventItem => ({ entityId: ids[i]!, at: p.receivedAt, orgUnitId: holderOf(p).org_unit_id, ownerId: holderOf(p).agent_id, completedAt: null });
    const intakeItems = policies.flatMap((p, i) => (p.state === 'registered' || p.state === 'on_hold' ? [item(p, i)] : []));
    const holdItems = policies.flatMap((p, i) => (p.state === 'on_hold' ? [item(p, i)] : []));
    const orgUnitIds = intakeItems.map((x) => x.orgUnitId);
    const intake = intakeItems.length ? await deadlineBatch(trx, calendars, { entityType: 'policy', startEvent: 'policy.handed_over', completionEvent: 'policy.verified', orgUnitIds }) : null;
    const hold = holdItems.length ? await deadlineBatch(trx, calendars, { entityType: 'policy', startEvent: 'policy.put_on_hold', completionEvent: 'policy.hold_cleared', orgUnitIds }) : null;
    const opened = intake?.insertSql(intakeItems);
    const held = hold?.insertSql(holdItems);

    // One statement: the parties', reviews', notices' and timeline rows' foreign keys are checked at its end.
    await sql`
      with policies as (
        insert into policy (id, internal_no, org_unit_id, agent_id, insurer_id, product_id, product_name, line_of_business, term_type, policy_number, source,
                            policyholder_id, sum_insured, premium, payment_frequency, payment_mode, payment_years, bank_account_enc, application_date,
                            issue_date, effective_date, end_date, beneficiary_designation, state, state_reason, state_changed_at, received_at, verified_at, verified_by)
        overriding system value
        select t.id, t.internal_no, t.org, t.agent, t.insurer, t.product, pr.name, pr.line_of_business, pr.term_type, t.number, 'handover',
               t.holder, t.sum, t.premium, t.frequency, t.mode, t.years, t.account, t.applied, t.issued, t.effective, t."end", t.designation,
               t.state, t.reason, t.state_at, t.received, t.verified_at, t.verified_by
        from unnest(
          ${c.id}::int[], ${c.internalNo}::text[], ${c.org}::int[], ${c.agent}::int[], ${c.insurer}::int[], ${c.product}::int[], ${c.number}::text[],
          ${c.holder}::int[], ${c.sum}::numeric[], ${c.premium}::numeric[], ${c.frequency}::text[], ${c.mode}::text[], ${c.years}::int[], ${c.account}::text[],
          ${c.applied}::date[], ${c.issued}::date[], ${c.effective}::date[], ${c.end}::date[], ${c.designation}::text[], ${c.state}::text[], ${c.reason}::text[],
          ${c.stateAt}::timestamptz[], ${c.received}::timestamptz[], ${c.verifiedAt}::timestamptz[], ${c.verifiedBy}::int[])
          as t (id, internal_no, org, agent, insurer, product, number, holder, sum, premium, frequency, mode, years, account, applied, issued, effective,
                "end", designation, state, reason, state_at, received, verified_at, verified_by)
        join product pr on pr.id = t.product
        returning 1
      ), parties as (
        insert into policy_party (policy_id, role, client_id, name, relation_to_insured, rank, share, position)
        select * from unnest(${c.partyPolicy}::int[], ${c.partyRole}::text[], ${c.partyClient}::int[], ${c.partyName}::text[], ${c.partyRelation}::text[],
                             ${c.partyRank}::int[], ${c.partyShare}::numeric[], ${c.partyPosition}::int[])
        returning 1
      ), reviews as (
        insert into policy_review (policy_id, format_complete, seals_present, no_alteration, passed, note, reviewed_at, reviewed_by)
        select * from unnest(${c.id}::int[], ${c.format}::bool[], ${c.seals}::bool[], ${c.unaltered}::bool[], ${c.passed}::bool[], ${c.note}::text[],
                             ${c.received}::timestamptz[], ${c.agent}::int[])
        returning 1
      ), notices as (
        insert into policy_notice (policy_id, client_id, kind, channel, content, sent_at, sent_by)
        select pid, hid, 'on_hold', channel, body, sent, sender
        from unnest(${c.noticePolicy}::int[], ${c.noticeClient}::int[], ${c.noticeChannel}::text[], ${c.noticeContent}::text[],
                    ${c.noticeAt}::timestamptz[], ${c.noticeBy}::int[]) as t (pid, hid, channel, body, sent, sender)
        returning 1
      ), timeline as (
        -- R-CL-4: every client of the policy (policyholder and insured), once; a hold told too.
        insert into client_timeline (client_id, at, kind, entity_type, entity_id, summary_zh, summary_en, actor_id)
        select cid, moment, kind, 'policy', pid, zh, en, actor
        from unnest(${c.timelineClient}::int[], ${c.timelineAt}::timestamptz[], ${c.timelineKind}::text[], ${c.timelinePolicy}::text[],
                    ${c.timelineZh}::text[], ${c.timelineEn}::text[], ${c.timelineActor}::int[]) as t (cid, moment, kind, pid, zh, en, actor)
        returning 1
      )${opened ? sql`, opened as (${opened} returning 1)` : sql``}${held ? sql`, held as (${held} returning 1)` : sql``}
      select (select count(*) from policies) as policies, (select count(*) from parties) as parties`.execute(trx);
    return { policies: policies.length, parties: c.partyPolicy.length, deadlines: (intake?.counts.opened ?? 0) + (hold?.counts.opened ?? 0) };
  });
}

/** The batch as one array per column; bank accounts sealed (R-CL-6). */
function columnsOf({ policies, clients, catalogue, keyring }: Batch, ids: number[], internalNos: string[]) {
  const c = {
    id: ids, internalNo: internalNos,
    org: [] as number[], agent: [] as (number | null)[], insurer: [] as number[], product: [] as number[], number: [] as string[], holder: [] as number[],
    sum: [] as string[], premium: [] as string[], frequency: [] as string[], mode: [] as string[], years: [] as (number | null)[], account: [] as (string | null)[],
    applied: [] as string[], issued: [] as string[], effective: [] as string[], end: [] as (string | null)[], designation: [] as string[], state: [] as string[],
    reason: [] as (string | null)[], stateAt: [] as string[], received: [] as string[], verifiedAt: [] as (string | null)[], verifiedBy: [] as (number | null)[],
    format: [] as boolean[], seals: [] as boolean[], unaltered: [] as boolean[], passed: [] as boolean[], note: [] as (string | null)[],
    partyPolicy: [] as number[], partyRole: [] as string[], partyClient: [] as number[], partyName: [] as string[], partyRelation: [] as string[],
    partyRank: [] as (number | null)[], partyShare: [] as (string | null)[], partyPosition: [] as number[],
    noticePolicy: [] as number[], noticeClient: [] as number[], noticeChannel: [] as string[], noticeContent: [] as string[], noticeAt: [] as string[], noticeBy: [] as (number | null)[],
    timelineClient: [] as number[], timelineAt: [] as string[], timelineKind: [] as string[], timelinePolicy: [] as string[],
    timelineZh: [] as string[], timelineEn: [] as string[], timelineActor: [] as (number | null)[],
  };
  policies.forEach((p, i) => {
    const id = ids[i]!;
    const holder = clients.get(p.holder)!;
    const received = p.receivedAt.toISOString();
    c.org.push(holder.org_unit_id); c.agent.push(holder.agent_id); c.insurer.push(catalogue.insurer.get(p.insurerCode)!);
    c.product.push(catalogue.product.get(`${p.insurerCode}|${p.productCode}`)!); c.number.push(p.policyNumber); c.holder.push(holder.id);
    c.sum.push(p.sumInsured); c.premium.push(p.premium); c.frequency.push(p.paymentFrequency); c.mode.push(p.paymentMode); c.years.push(p.paymentYears);
    c.account.push(sealBankAccount(keyring, p.bankAccount)); c.applied.push(p.applicationDate); c.issued.push(p.issueDate); c.effective.push(p.effectiveDate);
    c.end.push(p.endDate); c.designation.push(p.beneficiaries.length ? 'named' : 'legal'); c.state.push(p.state); c.reason.push(p.stateReason);
    c.stateAt.push(p.stateChangedAt.toISOString()); c.received.push(received); c.verifiedAt.push(p.verifiedAt?.toISOString() ?? null);
    c.verifiedBy.push(p.verifiedAt ? holder.agent_id : null);
    const r = p.review;
    c.format.push(r.formatComplete); c.seals.push(r.sealsPresent); c.unaltered.push(r.noAlteration);
    c.passed.push(r.formatComplete && r.sealsPresent && r.noAlteration); c.note.push(r.note);

    const party = (role: string, n: number, relation: string, rank: number | null, share: string | null, position: number) => {
      c.partyPolicy.push(id); c.partyRole.push(role); c.partyClient.push(clients.get(n)!.id); c.partyName.push(clients.get(n)!.name);
      c.partyRelation.push(relation); c.partyRank.push(rank); c.partyShare.push(share); c.partyPosition.push(position);
    };
    p.insured.forEach((x, k) => party('insured', x.n, x.relation, null, null, k));
    p.beneficiaries.forEach((x, k) => party('beneficiary', x.n, x.relation, x.rank, x.share, k));

    // The lifecycle's own lines (policy-lifecycle.ts), as intake writes them.
    const record = { insurer_name: INSURER_NAMES.get(p.insurerCode)!, policy_number: p.policyNumber } as PolicyRecord;
    const entry = (line: TimelineLine, at: Date) => {
      const text = policyTimelineText(internalNos[i]!, line.text);
      for (const n of new Set([p.holder, ...p.insured.map((x) => x.n)])) {
        c.timelineClient.push(clients.get(n)!.id); c.timelineAt.push(at.toISOString()); c.timelineKind.push(line.kind); c.timelinePolicy.push(String(id));
        c.timelineZh.push(text.zh); c.timelineEn.push(text.en); c.timelineActor.push(holder.agent_id);
      }
    };
    const [registered, onHold] = POLICY_LIFECYCLE.transitions.register_on_hold.timeline!(record, { review: p.review });
    entry(registered!, p.receivedAt);
    if (p.holdNotice) {
      const told = new Date(p.receivedAt.getTime() + 60_000);
      c.noticePolicy.push(id); c.noticeClient.push(holder.id); c.noticeChannel.push(p.holdNotice.channel); c.noticeContent.push(p.holdNotice.content);
      c.noticeAt.push(told.toISOString()); c.noticeBy.push(holder.agent_id);
      entry(onHold!, told);
    }
  });
  return c;
}
