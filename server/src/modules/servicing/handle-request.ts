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
import { applicantProblems, hesitationProblems, reinstatementProblems, salesRuleProblems } from './servicing-rules.js';
import type { ChangeBody, CreateRequestBody, FireRequestBody, ServicingRequest } from './servicing.types.js';
import { checkChange, hasChange, openChange, sealChange } from './servicing-changes.js';
import { applyChange } from './apply-change.js';

const ENDED_POLICY = ['terminated', 'expired'];

/** The steps that record an answer of the insurer, and where the request keeps its moment. */
const INSURER_ANSWERS: Partial<Record<FireRequestBody['event'], string>> = {
  record_insurer_agreement: 'insurerAgreedAt', record_referral: 'referredAt', record_medical_result: 'medicalResultAt',
  // R-PO-7: when the reissue request went to the insurer.
  submit_to_insurer: 'submittedAt',
};

/**
 * A clerk takes a servicing request for a policy (R-SV-4): checked against the type's rules at
 * once (the hesitation period, the reinstatement window, the sales rules), numbered, owned by the
 * clerk, its SLA opened on the working-day calendar; a walk-in enquiry is done on the spot.
 */
export async function createRequest(ctx: Context, policyId: number, body: CreateRequestBody): Promise<ServicingRequest> {
  const type = servicingType(body.type);
  // The answer is read after the commit (see fireRequest).
  const id = await inTransaction(ctx, async (tx) => {
    const policy = await tx.trx.selectFrom('policy as p').select(['p.id', 'p.org_unit_id', 'p.policyholder_id', 'p.state', 'p.state_changed_at', 'p.product_id', 'p.line_of_business'])
      .where('p.id', '=', policyId).where(inScope('p.org_unit_id', tx.scope)).forUpdate().executeTakeFirst();
    if (!policy) throw notFound();
    const problems: FieldProblem[] = [...salesRuleProblems(type, body.details)];
    if (type.effect !== 'reinstate' && type.code !== 'policy_enquiry' && ENDED_POLICY.includes(policy.state)) problems.push({ path: 'type', reason: 'policyEnded' });
    if (type.code === 'hesitation_cancellation') problems.push(...(await hesitationProblems(tx, policy, body.details)));
    if (type.effect === 'reinstate') problems.push(...reinstatementProblems(tx, policy));
    const applicant = body.applicantClientId ?? policy.policyholder_id;
    const applicantThere = await tx.trx.selectFrom('client').select('id').where('id', '=', applicant).executeTakeFirst();
    if (!applicantThere) problems.push({ path: 'applicantClientId', reason: 'applicantNotFound' });
    problems.push(...(await applicantProblems(tx, type, policy, applicant, body.details)));
    const { change, problems: changeProblems } = await checkChange(tx, type, policy, body.change, { atReceipt: true });
    problems.push(...changeProblems);
    if (problems.length) throw invalid(...problems);

    const at = tx.clock.now();
    const row = await tx.trx.insertInto('servicing_request').values({
      request_no: `pending-${tx.requestId ?? ''}-${at.getTime()}-${Math.random()}`, policy_id: policy.id, org_unit_id: policy.org_unit_id, type: type.code,
      channel: body.channel, applicant_client_id: applicant, received_at: at,
      // The counter's and the agent's requests are the clerk's who took them; by phone, mail or online, the office's clerks' (任务池).
      owner_id: TEAM_QUEUE_CHANNELS.includes(body.channel) ? null : (tx.actor?.userId ?? null),
      details: JSON.stringify({
        ...body.details, ...(body.walkIn && { walkIn: true }), ...(body.note && { note: body.note }),
        // The day the contract was suspended, kept for the 复效通知: once reinstated, the policy's state changed again.
        ...(type.effect === 'reinstate' && { suspendedOn: beijingDate(policy.state_changed_at.getTime()) }),
      }),
      ...(hasChange(change) ? await sealChange(tx, change) : { change_enc: null, change_masked: null }),
    }).returning('id').executeTakeFirstOrThrow();
    // 保全申请号: BQ + Beijing year + the id, unique across units and years.
    await tx.trx.updateTable('servicing_request').set({ request_no: `BQ${beijingDate(at.getTime()).slice(0, 4)}${String(row.id).padStart(7, '0')}` }).where('id', '=', row.id).execute();
    const record = await lock(tx, row.id);
    // The audit names the fields a change touches, never their values (they are personal data).
    await fireCreated(tx, SERVICING_LIFECYCLE, 'receive', record, { at, audit: { after: { type: type.code, policyId, channel: body.channel, ...(hasChange(change) && { changes: Object.keys(change) }) } } });
    // R-SV-2: an enquiry at the counter is answered there and then.
    if (type.documents.length === 0 && type.walkInOnTheSpot) {
      await fire(tx, SERVICING_LIFECYCLE, 'complete', { key: row.id }, { input: { reason: body.note ?? '' }, change: async (r) => {
        await setOutcome(tx, row.id, body.note ?? null);
        await applyChange(tx, r, change);
      } });
    }
    return row.id;
  });
  return getRequest(ctx, id);
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
  await inTransaction(ctx, async (tx) => {
    const input: StepInput = { reason: body.reason?.trim() ?? '', details: body.details };
    await fire(tx, SERVICING_LIFECYCLE, body.event, { key: id, version: body.version }, {
      input,
      reason: body.event === 'refuse' || body.event === 'withdraw' ? input.reason : null,
      audit: { after: { ...(input.reason && { reason: input.reason }), ...(body.details && { details: body.details }), ...(hasChange(body.change) && { changes: Object.keys(body.change) }) } },
      change: async (r) => {
        // The insurer's answers are kept with their moment: a reinstatement completes on one of them (or 30 days of silence).
        const answered = INSURER_ANSWERS[body.event];
        const details = { ...body.details, ...(answered && { [answered]: tx.clock.now().toISOString() }) };
        if (Object.keys(details).length) {
          await tx.trx.updateTable('servicing_request').set({ details: sql`details || ${JSON.stringify(details)}::jsonb` as never }).where('id', '=', r.id).execute();
        }
        const change = body.change !== undefined || body.event === 'complete' ? await mergeChange(tx, r, body.change) : {};
        // The 批单 is rendered in this transaction: if the PDF fails, the step rolls back whole.
        if (body.event === 'issue_endorsement') await issueEndorsement(tx, r);
        if (body.event === 'complete') {
          await setOutcome(tx, r.id, input.reason || null);
          await applyChange(tx, r, change);
          await applyToPolicy(tx, r);
        }
      },
    });
  });
  // Read back after the commit: the audit chain's lock (taken by the step's audit entry) is held only
  // until then, and every step in the system waits for it (bench/transition.bench.ts).
  return getRequest(ctx, id);
}

/** A change given on the way (the insurer's new premium) merged over what the request holds, checked and stored sealed. */
async function mergeChange(tx: TxContext, r: ServicingRecord, given: ChangeBody | undefined): Promise<ChangeBody> {
  const row = await tx.trx.selectFrom('servicing_request as s').innerJoin('policy as p', 'p.id', 's.policy_id')
    .select(['s.change_enc', 'p.id', 'p.line_of_business']).where('s.id', '=', r.id).executeTakeFirstOrThrow();
  const held = openChange(tx.keyring, row.change_enc);
  if (!hasChange(given)) return held;
  const { change, problems } = await checkChange(tx, servicingType(r.type), row, { ...held, ...given }, { atReceipt: false });
  if (problems.length) throw invalid(...problems);
  await tx.trx.updateTable('servicing_request').set(await sealChange(tx, change)).where('id', '=', r.id).execute();
  return change;
}

/** What completing the request does to the policy, through the policy's own lifecycle (its deadlines, timeline and audit). */
async function applyToPolicy(tx: TxContext, r: ServicingRecord) {
  const type = servicingType(r.type);
  const reason = `${type.label.zh}（保全申请 ${r.request_no}）`;
  if (type.effect === 'terminate') await fire(tx, POLICY_LIFECYCLE, 'terminate', { key: r.policy_id }, { input: { reason }, reason, audit: { after: { reason, servicingRequestId: r.id } } });
  if (type.effect === 'reinstate') await fire(tx, POLICY_LIFECYCLE, 'reinstate', { key: r.policy_id }, { input: { reason }, reason, audit: { after: { reason, servicingRequestId: r.id } } });
}
