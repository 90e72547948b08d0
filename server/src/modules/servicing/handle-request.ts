import { sql } from 'kysely';
import { inTransaction, type Context, type TxContext } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { invalid, notFound, type FieldProblem } from '../../platform/http/errors.js';
import { fire, fireCreated } from '../../platform/lifecycle/fire.js';
import { beijingDate } from '../../platform/time/beijing.js';
import { POLICY_LIFECYCLE } from '../policies/policy-lifecycle.js';
import './servicing.tables.js';
import { getRequest } from './find-requests.js';
import { issueEndorsement } from './servicing-notices.js';
import { SERVICING_LIFECYCLE, type ServicingRecord, type StepInput } from './servicing-lifecycle.js';
import { servicingType } from './servicing-types.data.js';
import { TEAM_QUEUE_CHANNELS } from './servicing-queue.js';
import { hesitationProblems, reinstatementProblems, salesRuleProblems } from './servicing-rules.js';
import type { CreateRequestBody, FireRequestBody, ServicingRequest } from './servicing.types.js';

const ENDED_POLICY = ['terminated', 'expired'];

/**
 * A clerk takes a servicing request for a policy (R-SV-4): checked against the type's rules at
 * once (the hesitation period, the reinstatement window, the sales rules), numbered, owned by the
 * clerk, its SLA opened on the working-day calendar; a walk-in enquiry is done on the spot.
 */
export async function createRequest(ctx: Context, policyId: number, body: CreateRequestBody): Promise<ServicingRequest> {
  const type = servicingType(body.type);
  return inTransaction(ctx, async (tx) => {
    const policy = await tx.trx.selectFrom('policy as p').select(['p.id', 'p.org_unit_id', 'p.policyholder_id', 'p.state', 'p.state_changed_at', 'p.product_id'])
      .where('p.id', '=', policyId).where(inScope('p.org_unit_id', tx.scope)).forUpdate().executeTakeFirst();
    if (!policy) throw notFound();
    const problems: FieldProblem[] = [...salesRuleProblems(type, body.details)];
    if (type.effect !== 'reinstate' && type.code !== 'policy_enquiry' && ENDED_POLICY.includes(policy.state)) problems.push({ path: 'type', reason: 'policyEnded' });
    if (type.code === 'hesitation_cancellation') problems.push(...(await hesitationProblems(tx, policy, body.details)));
    if (type.effect === 'reinstate') problems.push(...reinstatementProblems(tx, policy));
    const applicant = body.applicantClientId ?? policy.policyholder_id;
    const applicantThere = await tx.trx.selectFrom('client').select('id').where('id', '=', applicant).executeTakeFirst();
    if (!applicantThere) problems.push({ path: 'applicantClientId', reason: 'applicantNotFound' });
    if (problems.length) throw invalid(...problems);

    const at = tx.clock.now();
    const row = await tx.trx.insertInto('servicing_request').values({
      request_no: `pending-${tx.requestId ?? ''}-${at.getTime()}-${Math.random()}`, policy_id: policy.id, org_unit_id: policy.org_unit_id, type: type.code,
      channel: body.channel, applicant_client_id: applicant, received_at: at,
      // The counter's and the agent's requests are the clerk's who took them; by phone, mail or online, the office's clerks' (任务池).
      owner_id: TEAM_QUEUE_CHANNELS.includes(body.channel) ? null : (tx.actor?.userId ?? null),
      details: JSON.stringify({ ...body.details, ...(body.walkIn && { walkIn: true }), ...(body.note && { note: body.note }) }),
    }).returning('id').executeTakeFirstOrThrow();
    // 保全申请号: BQ + Beijing year + the id, unique across units and years.
    await tx.trx.updateTable('servicing_request').set({ request_no: `BQ${beijingDate(at.getTime()).slice(0, 4)}${String(row.id).padStart(7, '0')}` }).where('id', '=', row.id).execute();
    const record = await lock(tx, row.id);
    await fireCreated(tx, SERVICING_LIFECYCLE, 'receive', record, { at, audit: { after: { type: type.code, policyId, channel: body.channel } } });
    // R-SV-2: an enquiry at the counter is answered there and then.
    if (type.documents.length === 0 && type.walkInOnTheSpot) {
      await fire(tx, SERVICING_LIFECYCLE, 'complete', { key: row.id }, { input: { reason: body.note ?? '' }, change: async () => setOutcome(tx, row.id, body.note ?? null) });
    }
    return getRequest(tx, row.id);
  });
}

const lock = (tx: TxContext, id: number) => SERVICING_LIFECYCLE.record.lock(tx, id);

async function setOutcome(tx: TxContext, id: number, outcome: string | null) {
  await tx.trx.updateTable('servicing_request').set({ outcome }).where('id', '=', id).execute();
}

/**
 * A step of a request: start once the documents are in, record a medical result or the insurer's
 * decision (they start the rider's and the reinstatement's SLA), issue the endorsement, complete —
 * the policy changes in the same transaction (a surrender or a cancellation ends it, a reinstatement
 * puts it in force again) — refuse or withdraw with a reason.
 */
export async function fireRequest(ctx: Context, id: number, body: FireRequestBody): Promise<ServicingRequest> {
  return inTransaction(ctx, async (tx) => {
    const input: StepInput = { reason: body.reason?.trim() ?? '', details: body.details };
    await fire(tx, SERVICING_LIFECYCLE, body.event, { key: id, version: body.version }, {
      input,
      reason: body.event === 'refuse' || body.event === 'withdraw' ? input.reason : null,
      audit: { after: { ...(input.reason && { reason: input.reason }), ...(body.details && { details: body.details }) } },
      change: async (r) => {
        if (body.details) {
          await tx.trx.updateTable('servicing_request').set({ details: sql`details || ${JSON.stringify(body.details)}::jsonb` as never }).where('id', '=', r.id).execute();
        }
        // The 批单 is rendered in this transaction: if the PDF fails, the step rolls back whole.
        if (body.event === 'issue_endorsement') await issueEndorsement(tx, r);
        if (body.event === 'complete') {
          await setOutcome(tx, r.id, input.reason || null);
          await applyToPolicy(tx, r);
        }
      },
    });
    return getRequest(tx, id);
  });
}

/** What completing the request does to the policy, through the policy's own lifecycle (its deadlines, timeline and audit). */
async function applyToPolicy(tx: TxContext, r: ServicingRecord) {
  const type = servicingType(r.type);
  const reason = `${type.label.zh}（保全申请 ${r.request_no}）`;
  if (type.effect === 'terminate') await fire(tx, POLICY_LIFECYCLE, 'terminate', { key: r.policy_id }, { input: { reason }, reason, audit: { after: { reason, servicingRequestId: r.id } } });
  if (type.effect === 'reinstate') await fire(tx, POLICY_LIFECYCLE, 'reinstate', { key: r.policy_id }, { input: { reason }, reason, audit: { after: { reason, servicingRequestId: r.id } } });
}
