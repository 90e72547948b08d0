import { sql } from 'kysely';
import { dbOf, type Context } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { notFound } from '../../platform/http/errors.js';
import { runList, type SortColumn } from '../../platform/http/list-query.js';
import type { Db } from '../policies/find-policies.js';
import './servicing.tables.js';
import type { ServicingState } from './servicing.tables.js';
import { servicingType } from './servicing-types.data.js';
import { SERVICING_LIFECYCLE } from './servicing-lifecycle.js';
import type { ListRequestsQuery, ServicingRequest, SERVICING_SORTS } from './servicing.types.js';
import type { Scope } from '../../platform/authz/scope.js';

function requestQuery(db: Db, scope: Scope) {
  return db
    .selectFrom('servicing_request as s')
    .innerJoin('policy as p', 'p.id', 's.policy_id')
    .selectAll('s')
    .select(['p.internal_no', 'p.policy_number'])
    .select((eb) => [
      eb.selectFrom('client as h').select('h.name').whereRef('h.id', '=', 'p.policyholder_id').as('policyholder_name'),
      eb.selectFrom('client as a').select('a.name').whereRef('a.id', '=', 's.applicant_client_id').as('applicant_name'),
      eb.selectFrom('org_unit as o').select('o.name').whereRef('o.id', '=', 's.org_unit_id').as('org_unit_name'),
      eb.selectFrom('org_unit as o').select('o.name_en').whereRef('o.id', '=', 's.org_unit_id').as('org_unit_name_en'),
      eb.selectFrom('app_user as u').select('u.display_name').whereRef('u.id', '=', 's.owner_id').as('owner_name'),
    ])
    .$narrowType<{ policyholder_name: string; applicant_name: string; org_unit_name: string }>()
    .where(inScope('s.org_unit_id', scope));
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof requestQuery>['executeTakeFirstOrThrow']>>;

const ENDED: ServicingState[] = ['completed', 'refused', 'withdrawn'];

function toRequest(r: RequestRow): ServicingRequest {
  const type = servicingType(r.type);
  const details = typeof r.details === 'string' ? JSON.parse(r.details) : r.details;
  const allowedEvents = Object.entries(SERVICING_LIFECYCLE.transitions)
    .filter(([, t]) => (t.from as readonly string[]).includes(r.state))
    .map(([event]) => event)
    // A step that times nothing for this type is not offered (the medical result of a contact change).
    .filter((event) => event !== 'record_medical_result' || r.type === 'add_rider' || r.type === 'reinstatement')
    .filter((event) => !['record_insurer_agreement', 'record_referral'].includes(event) || r.type === 'reinstatement')
    .filter((event) => event !== 'record_insurer_figures' || type.refund)
    .filter((event) => event !== 'submit_to_insurer' || (r.type === 'policy_reissue' && !(details as Record<string, unknown>).submittedAt))
    .filter((event) => event !== 'issue_endorsement' || type.endorsement);
  return {
    id: r.id, requestNo: r.request_no, policyId: r.policy_id, policyInternalNo: r.internal_no, policyNumber: r.policy_number,
    policyholderName: r.policyholder_name, orgUnitId: r.org_unit_id, orgUnitName: r.org_unit_name, orgUnitNameEn: r.org_unit_name_en,
    type: r.type, typeName: type.label.zh, typeNameEn: type.label.en, endorsement: type.endorsement, approval: type.approval,
    change: (typeof r.change_masked === 'string' ? JSON.parse(r.change_masked) : r.change_masked) ?? null, state: r.state, channel: r.channel,
    applicantClientId: r.applicant_client_id, applicantName: r.applicant_name, receivedAt: r.received_at.toISOString(),
    ownerId: r.owner_id, ownerName: r.owner_name, details,
    outcome: r.outcome, stateReason: r.state_reason, completedAt: r.completed_at?.toISOString() ?? null, version: r.version,
    allowedEvents: ENDED.includes(r.state) ? [] : allowedEvents,
  };
}

/** One request in scope (404 outside it); inside a transaction, read in it. */
export async function getRequest(ctx: Context, id: number): Promise<ServicingRequest> {
  const row = await requestQuery(dbOf(ctx), ctx.scope).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toRequest(row);
}

const SORTS = { receivedAt: { expr: sql`s.received_at`, kind: 'timestamp' } } as const satisfies Record<(typeof SERVICING_SORTS)[number], SortColumn>;

/** Requests in scope, newest first: the supervisor's view and a policy's requests (R-SV-4). */
export async function listRequests(ctx: Context, query: ListRequestsQuery) {
  let q = requestQuery(ctx.db, ctx.scope);
  if (query.state) q = q.where('s.state', '=', query.state);
  if (query.type) q = q.where('s.type', '=', query.type);
  if (query.policyId) q = q.where('s.policy_id', '=', query.policyId);
  if (query.ownerId) q = q.where('s.owner_id', '=', query.ownerId);
  if (query.open) q = q.where('s.state', 'not in', ENDED);
  return runList(ctx.db, q, { sorts: SORTS, defaultSort: '-receivedAt', id: 's.id', idOf: (r) => r.id }, query, toRequest);
}
