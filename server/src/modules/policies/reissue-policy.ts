import type { Static } from '@sinclair/typebox';
import { inTransaction, type Context } from '../../platform/context/context.js';
import { invalid, type FieldProblem } from '../../platform/http/errors.js';
import { fire, fireCreated } from '../../platform/lifecycle/fire.js';
import { getPolicy } from './find-policies.js';
import { lockPolicy, touchPolicy } from './lock-policy.js';
import { REISSUE_LIFECYCLE } from './reissue-lifecycle.js';
import type { AdvanceReissueBody, PolicyDetail, RequestReissueBody } from './policies.types.js';

const STEP = { submitted: 'submit', reissued: 'reissue', cancelled: 'cancel' } as const;

/**
 * 保单补发 (R-PO-7): the policyholder applies for a lost or damaged policy; the clerk confirms the
 * applicant's identity was checked against the ID document. One request at a time.
 */
export async function requestReissue(ctx: Context, id: number, input: Static<typeof RequestReissueBody>): Promise<PolicyDetail> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const policy = await lockPolicy(tx, id, undefined);
    const problems: FieldProblem[] = [];
    if (input.applicantClientId !== policy.policyholder_id) problems.push({ path: 'applicantClientId', reason: 'applicantNotPolicyholder' });
    if (!input.identityChecked) problems.push({ path: 'identityChecked', reason: 'identityNotChecked' });
    const open = await tx.trx.selectFrom('policy_reissue').select('id').where('policy_id', '=', id).where('state', 'in', ['requested', 'submitted']).executeTakeFirst();
    if (open) problems.push({ path: 'reason', reason: 'reissueOpen' });
    if (problems.length) throw invalid(...problems);
    const reissue = await tx.trx.insertInto('policy_reissue').values({
      policy_id: id, reason: input.reason, applicant_client_id: input.applicantClientId, identity_method: input.identityMethod,
      identity_note: input.identityNote?.trim() || null, state: 'requested', requested_at: now, requested_by: tx.actor?.userId ?? null,
      note: input.note?.trim() || null,
    }).returningAll().executeTakeFirstOrThrow();
    await touchPolicy(tx, id, now);
    await fireCreated(tx, REISSUE_LIFECYCLE, 'request', { policy, reissue }, {
      at: now, audit: { after: { reissueId: reissue.id, reason: input.reason, identityMethod: input.identityMethod } },
    });
    return getPolicy(tx.trx, tx.keyring, tx.scope, id, tx.locale);
  });
}

/** Move a reissue request on: submitted to the insurer, reissued, or cancelled. */
export async function advanceReissue(ctx: Context, id: number, reissueId: number, input: Static<typeof AdvanceReissueBody>): Promise<PolicyDetail> {
  return inTransaction(ctx, async (tx) => {
    const note = input.note?.trim();
    await fire(tx, REISSUE_LIFECYCLE, STEP[input.to as keyof typeof STEP], { key: { policyId: id, reissueId }, version: input.version }, {
      input,
      change: async () => {
        if (note) await tx.trx.updateTable('policy_reissue').set({ note }).where('id', '=', reissueId).execute();
      },
      audit: { before: { reissueId }, after: { reissueId, note: input.note ?? null } },
    });
    return getPolicy(tx.trx, tx.keyring, tx.scope, id, tx.locale);
  });
}
