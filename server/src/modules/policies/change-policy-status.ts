import type { Static } from '@sinclair/typebox';
import { inTransaction, type Context } from '../../platform/context/context.js';
import { invalid } from '../../platform/http/errors.js';
import { fire } from '../../platform/lifecycle/fire.js';
import { getPolicy } from './find-policies.js';
import { POLICY_LIFECYCLE, STATUS_MOVES } from './policy-lifecycle.js';
import { POLICY_STATE_TEXT } from './policy-rules.data.js';
import type { ChangeStatusBody, PolicyDetail } from './policies.types.js';

/** The status action: lapse, reinstate, terminate — the lifecycle's status moves, with a reason. */
export async function changePolicyStatus(ctx: Context, id: number, input: Static<typeof ChangeStatusBody>): Promise<PolicyDetail> {
  const event = STATUS_MOVES[input.to as keyof typeof STATUS_MOVES];
  if (!event) throw invalid({ path: 'to', reason: 'transitionNotAllowed', params: { to: POLICY_STATE_TEXT[input.to] } });
  const reason = input.reason.trim();
  return inTransaction(ctx, async (tx) => {
    await fire(tx, POLICY_LIFECYCLE, event, { key: id, version: input.version }, { input: { reason }, reason, audit: { after: { reason } } });
    return getPolicy(tx.trx, tx.keyring, tx.scope, id, tx.locale);
  });
}
