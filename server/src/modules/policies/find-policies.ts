import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import { inScope } from '../../platform/db/scoped.js';
import { notFound } from '../../platform/http/errors.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { decryptField, mask, maskRecordForAudit, type Keyring } from '../../platform/pii/index.js';
import './policies.tables.js';
import { CONTEXT } from './policy-rules.js';
import { VERIFY_FIELDS } from './policy-rules.data.js';
import { allowedStatusMoves } from './policy-lifecycle.js';
import { verifyFieldValues } from './verify-fields.js';
import type { ListPoliciesQuery, Policy, PolicyDetail } from './policies.types.js';

export type Db = Kysely<DB> | Transaction<DB>;

// The policy table alone in FROM, the names beside it as scalar subqueries: PostgreSQL works
// them out for the rows of the page only, and plans one table in a fraction of the time a
// five-way join takes — the planning was most of a policy-number lookup's time at a million
// policies (bench/policy-lookup.ts), as it was for clients (search-clients.ts).
export function policyQuery(db: Db, scope: Scope) {
  return db
    .selectFrom('policy as p')
    .selectAll('p')
    .select((eb) => [
      eb.selectFrom('org_unit as o').select('o.name').whereRef('o.id', '=', 'p.org_unit_id').as('org_unit_name'),
      eb.selectFrom('app_user as a').select('a.display_name').whereRef('a.id', '=', 'p.agent_id').as('agent_name'),
      eb.selectFrom('insurer as i').select('i.name').whereRef('i.id', '=', 'p.insurer_id').as('insurer_name'),
      eb.selectFrom('insurer as i').select('i.service_phone').whereRef('i.id', '=', 'p.insurer_id').as('insurer_service_phone'),
      eb.selectFrom('client as h').select('h.name').whereRef('h.id', '=', 'p.policyholder_id').as('policyholder_name'),
    ])
    // Non-null foreign keys: the org unit, the insurer and the policyholder always exist.
    .$narrowType<{ org_unit_name: string; insurer_name: string; policyholder_name: string }>()
    .where(inScope('p.org_unit_id', scope));
}

export type PolicyRecord = Awaited<ReturnType<ReturnType<typeof policyQuery>['executeTakeFirstOrThrow']>>;

function view(row: PolicyRecord): Omit<Policy, 'bankAccount'> {
  return {
    id: row.id,
    internalNo: row.internal_no,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_unit_name,
    agentId: row.agent_id,
    agentName: row.agent_name,
    insurerId: row.insurer_id,
    insurerName: row.insurer_name,
    insurerServicePhone: row.insurer_service_phone,
    productId: row.product_id,
    productName: row.product_name,
    lineOfBusiness: row.line_of_business,
    termType: row.term_type,
    policyNumber: row.policy_number,
    source: row.source,
    policyholderId: row.policyholder_id,
    policyholderName: row.policyholder_name,
    sumInsured: row.sum_insured,
    premium: row.premium,
    paymentFrequency: row.payment_frequency,
    paymentMode: row.payment_mode,
    paymentYears: row.payment_years,
    applicationDate: row.application_date,
    issueDate: row.issue_date,
    effectiveDate: row.effective_date,
    endDate: row.end_date,
    beneficiaryDesignation: row.beneficiary_designation,
    state: row.state,
    stateReason: row.state_reason,
    stateChangedAt: row.state_changed_at.toISOString(),
    receivedAt: row.received_at.toISOString(),
    verifiedAt: row.verified_at?.toISOString() ?? null,
    version: row.version,
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
  const { updatedAt: _u, createdAt: _c, ...rest } = { ...view(row), bankAccount: openBankAccount(keyring, row) };
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

export async function getPolicy(db: Db, keyring: Keyring, scope: Scope, id: number): Promise<PolicyDetail> {
  const row = await findPolicyRecord(db, scope, id);
  const user = (col: string) => sql<string | null>`(select display_name from app_user where id = ${sql.ref(col)})`;
  const [parties, reviews, notices, differences, reissues] = await Promise.all([
    findParties(db, id),
    db.selectFrom('policy_review').selectAll().select(user('reviewed_by').as('by_name')).where('policy_id', '=', id).orderBy('id').execute(),
    db.selectFrom('policy_notice').selectAll().select(user('sent_by').as('by_name')).where('policy_id', '=', id).orderBy('id').execute(),
    db.selectFrom('policy_difference').selectAll().select(user('raised_by').as('by_name')).where('policy_id', '=', id).orderBy('id').execute(),
    db.selectFrom('policy_reissue as r').innerJoin('client as c', 'c.id', 'r.applicant_client_id')
      .selectAll('r').select(['c.name as applicant_name', user('r.requested_by').as('by_name')]).where('r.policy_id', '=', id).orderBy('r.id').execute(),
  ]);
  const values = verifyFieldValues(row, parties);
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
    reissues: reissues.map((r) => ({
      id: r.id, reason: r.reason, applicantClientId: r.applicant_client_id, applicantName: r.applicant_name, identityMethod: r.identity_method,
      identityNote: r.identity_note, state: r.state, requestedAt: r.requested_at.toISOString(), requestedByName: r.by_name,
      submittedAt: r.submitted_at?.toISOString() ?? null, reissuedAt: r.reissued_at?.toISOString() ?? null, note: r.note, version: r.version,
    })),
    allowedTransitions: allowedStatusMoves(row.state),
    verifyFields: VERIFY_FIELDS.map((field) => ({ field, onPolicy: values[field] })),
  };
}

/** Policies in scope, by effective date, newest first (R-PO-3: kept in date order). */
export async function listPolicies(db: Db, keyring: Keyring, scope: Scope, query: ListPoliciesQuery) {
  const limit = query.limit ?? 50;
  const cursor = decodeCursor(query.cursor);
  let q = policyQuery(db, scope);
  if (query.state) q = q.where('p.state', '=', query.state);
  if (query.lineOfBusiness) q = q.where('p.line_of_business', '=', query.lineOfBusiness);
  if (query.agentId) q = q.where('p.agent_id', '=', query.agentId);
  if (query.insurerId) q = q.where('p.insurer_id', '=', query.insurerId);
  if (query.endingBy) q = q.where('p.end_date', '<=', query.endingBy).where('p.state', 'in', ['verified', 'in_force']);
  if (query.number) {
    const prefix = query.number.trim().toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
    q = q.where((eb) => eb.or([eb(sql`upper(p.policy_number)`, 'like', prefix), eb('p.internal_no', 'like', prefix)]));
  }
  if (query.clientId) {
    const clientId = query.clientId;
    q = q.where((eb) =>
      eb.or([
        eb('p.policyholder_id', '=', clientId),
        eb.exists(eb.selectFrom('policy_party as pp').select('pp.id').whereRef('pp.policy_id', '=', 'p.id').where('pp.client_id', '=', clientId)),
      ]),
    );
  }
  if (cursor) {
    const date = String(cursor.key);
    q = q.where((eb) => eb.or([eb('p.effective_date', '<', date), eb.and([eb('p.effective_date', '=', date), eb('p.id', '<', cursor.id)])]));
  }
  const rows = await q.orderBy('p.effective_date', 'desc').orderBy('p.id', 'desc').limit(limit + 1).execute();
  return toPage(rows, limit, (r) => ({ key: r.effective_date, id: r.id }), (r) => toPolicy(keyring, r));
}
