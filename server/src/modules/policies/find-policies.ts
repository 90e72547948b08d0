import { sql, type ExpressionBuilder, type ExpressionOrFactory, type Kysely, type SelectQueryBuilder, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import type { Locale } from '../../platform/http/locale.js';
import { perHandle } from '../../platform/db/per-handle.js';
import { inScope } from '../../platform/db/scoped.js';
import { notFound } from '../../platform/http/errors.js';
import { inOrgSubtree, runList, type SortColumn } from '../../platform/http/list-query.js';
import { beijingDate } from '../../platform/time/beijing.js';
import { decryptField, mask, maskRecordForAudit, type Keyring } from '../../platform/pii/index.js';
import './policies.tables.js';
import { CONTEXT } from './policy-rules.js';
import { VERIFY_FIELDS } from './policy-rules.data.js';
import { allowedStatusMoves } from './policy-lifecycle.js';
import { verifyFieldValues } from './verify-fields.js';
import { stateReasonCodes } from './state-reasons.js';
import type { ListPoliciesQuery, Policy, PolicyDetail, PolicyListItem, POLICY_SORTS } from './policies.types.js';

export type Db = Kysely<DB> | Transaction<DB>;

// The policy table alone in FROM, the names beside it as scalar subqueries: PostgreSQL works
// them out for the rows of the page only, and plans one table in a fraction of the time a
// five-way join takes — the planning was most of a policy-number lookup's time at a million
// policies (bench/policy-lookup.ts), as it was for clients (search-clients.ts).
/** The names beside a policy, each a scalar subquery (worked out for the page's rows only). */
function nameColumns(eb: ExpressionBuilder<DB & { p: DB['policy'] }, 'p'>) {
  return [
    eb.selectFrom('org_unit as o').select('o.name').whereRef('o.id', '=', 'p.org_unit_id').as('org_unit_name'),
    eb.selectFrom('org_unit as o').select('o.name_en').whereRef('o.id', '=', 'p.org_unit_id').as('org_unit_name_en'),
    eb.selectFrom('app_user as a').select('a.display_name').whereRef('a.id', '=', 'p.agent_id').as('agent_name'),
    eb.selectFrom('insurer as i').select('i.name').whereRef('i.id', '=', 'p.insurer_id').as('insurer_name'),
    eb.selectFrom('insurer as i').select('i.name_en').whereRef('i.id', '=', 'p.insurer_id').as('insurer_name_en'),
    // product_name is the name as registered (the catalogue's at the time, or typed for an uncatalogued
    // product); its English form is looked up, not copied: free text has none, and a copy would go stale.
    eb.selectFrom('product as pr').select('pr.name_en').whereRef('pr.id', '=', 'p.product_id').as('product_name_en'),
    eb.selectFrom('client as h').select('h.name').whereRef('h.id', '=', 'p.policyholder_id').as('policyholder_name'),
  ] as const;
}

export function policyQuery(db: Db, scope: Scope) {
  return db
    .selectFrom('policy as p')
    .selectAll('p')
    .select((eb) => [
      ...nameColumns(eb),
      eb.selectFrom('insurer as i').select('i.service_phone').whereRef('i.id', '=', 'p.insurer_id').as('insurer_service_phone'),
    ])
    // Non-null foreign keys: the org unit, the insurer and the policyholder always exist.
    .$narrowType<{ org_unit_name: string; insurer_name: string; policyholder_name: string }>()
    .where(inScope('p.org_unit_id', scope));
}

export type PolicyRecord = Awaited<ReturnType<ReturnType<typeof policyQuery>['executeTakeFirstOrThrow']>>;

/** The policy list's rows: only the columns `PolicyListItem` shows (see there). */
function policyListQuery(db: Db, scope: Scope) {
  return policyListBase(db).where(inScope('p.org_unit_id', scope));
}

const policyListBase = perHandle((db: Db) =>
  db
    .selectFrom('policy as p')
    .select([
      'p.id', 'p.internal_no', 'p.org_unit_id', 'p.agent_id', 'p.insurer_id', 'p.product_id', 'p.product_name', 'p.line_of_business',
      'p.policy_number', 'p.policyholder_id', 'p.sum_insured', 'p.premium', 'p.payment_frequency', 'p.effective_date', 'p.end_date',
      'p.state', 'p.received_at', 'p.version',
    ])
    .select((eb) => nameColumns(eb))
    .$narrowType<{ org_unit_name: string; insurer_name: string; policyholder_name: string }>());

type PolicyListRecord = Awaited<ReturnType<ReturnType<typeof policyListQuery>['executeTakeFirstOrThrow']>>;

const toListItem = (row: PolicyListRecord): PolicyListItem => ({
  id: row.id,
  internalNo: row.internal_no,
  orgUnitId: row.org_unit_id,
  orgUnitName: row.org_unit_name,
  orgUnitNameEn: row.org_unit_name_en,
  agentId: row.agent_id,
  agentName: row.agent_name,
  insurerId: row.insurer_id,
  insurerName: row.insurer_name,
  insurerNameEn: row.insurer_name_en,
  productId: row.product_id,
  productName: row.product_name,
  productNameEn: row.product_name_en,
  lineOfBusiness: row.line_of_business,
  policyNumber: row.policy_number,
  policyholderId: row.policyholder_id,
  policyholderName: row.policyholder_name,
  sumInsured: row.sum_insured,
  premium: row.premium,
  paymentFrequency: row.payment_frequency,
  effectiveDate: row.effective_date,
  endDate: row.end_date,
  state: row.state,
  receivedAt: row.received_at.toISOString(),
  version: row.version,
});

/** The whole record as the API shows it (but the bank account): the list row's fields and the rest. */
function view(row: PolicyRecord): Omit<Policy, 'bankAccount'> {
  return {
    ...toListItem(row),
    insurerServicePhone: row.insurer_service_phone,
    termType: row.term_type,
    source: row.source,
    paymentMode: row.payment_mode,
    paymentYears: row.payment_years,
    applicationDate: row.application_date,
    issueDate: row.issue_date,
    beneficiaryDesignation: row.beneficiary_designation,
    stateReason: row.state_reason,
    stateReasonCodes: stateReasonCodes(row.state_reason),
    stateChangedAt: row.state_changed_at.toISOString(),
    verifiedAt: row.verified_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

const openBankAccount = (keyring: Keyring, row: Pick<PolicyRecord, 'bank_account_enc'>) =>
  row.bank_account_enc === null ? null : decryptField(keyring, row.bank_account_enc, { context: CONTEXT.bankAccount });

/** The policy as the API shows it: the bank account masked. */
export function toPolicy(keyring: Keyring, row: PolicyRecord): Policy {
  // The mask keeps only the last four digits: no need to decrypt for lists of thousands.
  return { ...view(row), bankAccount: row.bank_account_enc === null ? null : mask('bankAccount', openBankAccount(keyring, row)) };
}

/** What the audit trail keeps of a policy: the account masked, no ciphertext, no volatile times. */
export function policyAuditRecord(keyring: Keyring, row: PolicyRecord): Record<string, unknown> {
  // The English names are display forms of rows of their own, not facts of the policy.
  const { updatedAt: _u, createdAt: _c, orgUnitNameEn: _o, insurerNameEn: _i, productNameEn: _p, stateReasonCodes: _r, ...rest } = { ...view(row), bankAccount: openBankAccount(keyring, row) };
  return maskRecordForAudit(rest, { bankAccount: 'bankAccount' });
}

/** A stored policy in scope, or 404 (out of scope looks like not existing). */
export async function findPolicyRecord(db: Db, scope: Scope, id: number, opts: { forUpdate?: boolean } = {}): Promise<PolicyRecord> {
  let q = policyQuery(db, scope).where('p.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate('p');
  const row = await q.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function findParties(db: Db, policyId: number) {
  return db.selectFrom('policy_party').selectAll().where('policy_id', '=', policyId).orderBy('role', 'desc').orderBy('position').execute();
}

export async function getPolicy(db: Db, keyring: Keyring, scope: Scope, id: number, locale: Locale = 'zh-CN'): Promise<PolicyDetail> {
  const row = await findPolicyRecord(db, scope, id);
  const user = (col: string) => sql<string | null>`(select display_name from app_user where id = ${sql.ref(col)})`;
  const [parties, reviews, notices, differences] = await Promise.all([
    findParties(db, id),
    db.selectFrom('policy_review').selectAll().select(user('reviewed_by').as('by_name')).where('policy_id', '=', id).orderBy('id').execute(),
    db.selectFrom('policy_notice').selectAll().select(user('sent_by').as('by_name')).where('policy_id', '=', id).orderBy('id').execute(),
    db.selectFrom('policy_difference').selectAll().select(user('raised_by').as('by_name')).where('policy_id', '=', id).orderBy('id').execute(),
  ]);
  const values = verifyFieldValues(row, parties, locale);
  return {
    ...toPolicy(keyring, row),
    parties: parties.map((p) => ({
      id: p.id, role: p.role, clientId: p.client_id, name: p.name, relation: p.relation_to_insured,
      idNumber: p.id_number_enc === null ? null : mask('idNumber', decryptField(keyring, p.id_number_enc, { context: CONTEXT.partyIdNumber })),
      rank: p.rank, share: p.share,
    })),
    reviews: reviews.map((r) => ({
      id: r.id, formatComplete: r.format_complete, sealsPresent: r.seals_present, noAlteration: r.no_alteration, passed: r.passed,
      note: r.note, reviewedAt: r.reviewed_at.toISOString(), reviewedByName: r.by_name,
    })),
    notices: notices.map((n) => ({ id: n.id, kind: n.kind, channel: n.channel, content: n.content, sentAt: n.sent_at.toISOString(), sentByName: n.by_name })),
    differences: differences.map((d) => ({
      id: d.id, field: d.field as PolicyDetail['differences'][number]['field'], onPolicy: d.on_policy, clientSays: d.client_says,
      raisedAt: d.raised_at.toISOString(), raisedByName: d.by_name, resolution: d.resolution, resolutionNote: d.resolution_note,
      resolvedAt: d.resolved_at?.toISOString() ?? null,
    })),
    allowedTransitions: allowedStatusMoves(row.state),
    verifyFields: VERIFY_FIELDS.map((field) => ({ field, onPolicy: values[field] })),
  };
}

/** Policies in scope, by effective date, newest first (R-PO-3: kept in date order). */
// The orderings the policy list offers, each served by an index ending in id (20261206T1310_list_order_indexes);
// policies without an end date (whole life) sort as the latest end.
const POLICY_SORT_COLUMNS = {
  effectiveDate: { expr: sql`p.effective_date`, kind: 'date' },
  endDate: { expr: sql`coalesce(p.end_date, date '9999-12-31')`, kind: 'date' },
  receivedAt: { expr: sql`p.received_at`, kind: 'timestamp' },
  premium: { expr: sql`p.premium`, kind: 'number' },
  policyNumber: { expr: sql`p.policy_number`, kind: 'text' },
} as const satisfies Record<(typeof POLICY_SORTS)[number], SortColumn>;

/** A Beijing calendar date plus `days` (calendar arithmetic on the date itself). */
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Policies in scope, filtered and sorted (latest effective date first unless asked), one page with its
 * total, as list rows. `today` (Beijing) anchors "ending within N days".
 */
export async function listPolicies(db: Db, scope: Scope, query: ListPoliciesQuery, opts: { today?: string } = {}) {
  return runList(db, filtered(policyListQuery(db, scope), query, opts.today), POLICY_LIST, query, toListItem);
}

/** The same list as whole records (an export walks it with `limit` + `cursor`, counting nothing), or only the selected `ids`. */
export async function listPolicyRecords(db: Db, keyring: Keyring, scope: Scope, query: ListPoliciesQuery, opts: { today?: string; ids?: number[] } = {}) {
  let q = filtered(policyQuery(db, scope), query, opts.today);
  if (opts.ids) q = q.where('p.id', 'in', opts.ids);
  return runList(db, q, POLICY_LIST, query, (r: PolicyRecord) => toPolicy(keyring, r), { count: false });
}

const POLICY_LIST = { sorts: POLICY_SORT_COLUMNS, defaultSort: '-effectiveDate', id: 'p.id', idOf: (r: { id: number }) => r.id } as const;

/** The list's filters, on either select of the policy table (`p`). */
function filtered<Q extends SelectQueryBuilder<DB & { p: DB['policy'] }, 'p', object>>(qb: Q, query: ListPoliciesQuery, today = beijingDate(Date.now())): Q {
  let q = qb;
  const where = (condition: ExpressionOrFactory<DB & { p: DB['policy'] }, 'p', SqlBool>) => (q = q.where(condition) as Q);
  if (query.state) where((eb) => eb('p.state', '=', query.state!));
  if (query.lineOfBusiness) where((eb) => eb('p.line_of_business', '=', query.lineOfBusiness!));
  if (query.agentId) where((eb) => eb('p.agent_id', '=', query.agentId!));
  if (query.insurerId) where((eb) => eb('p.insurer_id', '=', query.insurerId!));
  if (query.orgUnitId) where(inOrgSubtree('p.org_unit_id', query.orgUnitId));
  if (query.endingBy) where((eb) => eb.and([eb('p.end_date', '<=', query.endingBy!), eb('p.state', 'in', ['verified', 'in_force'])]));
  if (query.endingWithinDays) {
    const until = addDays(today, query.endingWithinDays);
    where((eb) => eb.and([eb('p.end_date', '>=', today), eb('p.end_date', '<=', until), eb('p.state', 'in', ['verified', 'in_force'])]));
  }
  if (query.effectiveFrom) where((eb) => eb('p.effective_date', '>=', query.effectiveFrom!));
  if (query.effectiveTo) where((eb) => eb('p.effective_date', '<=', query.effectiveTo!));
  if (query.endFrom) where((eb) => eb('p.end_date', '>=', query.endFrom!));
  if (query.endTo) where((eb) => eb('p.end_date', '<=', query.endTo!));
  if (query.number) {
    const prefix = query.number.trim().toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
    where((eb) => eb.or([eb(sql`upper(p.policy_number)`, 'like', prefix), eb('p.internal_no', 'like', prefix)]));
  }
  if (query.clientId) {
    const clientId = query.clientId;
    where((eb) =>
      eb.or([
        eb('p.policyholder_id', '=', clientId),
        eb.exists(eb.selectFrom('policy_party as pp').select('pp.id').whereRef('pp.policy_id', '=', 'p.id').where('pp.client_id', '=', clientId)),
      ]),
    );
  }
  return q;
}
