import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Static } from '@sinclair/typebox';
import type { DB } from '../../platform/db/schema.js';
import { invalid } from '../../platform/http/errors.js';
import { auditRequest } from '../../platform/http/request-audit.js';
import { getPolicy } from './find-policies.js';
import { lockPolicy, touchPolicy } from './lock-policy.js';
import { appendPolicyTimeline, recordPolicyEvent } from './policy-events.js';
import { cancelDeadlinesForRecord } from '../deadlines/cancel-for-record.js';
import { allowedTransitions, POLICY_STATE_TEXT } from './policy-rules.data.js';
import type { ChangeStatusBody, PolicyDetail } from './policies.types.js';

const INTAKE_RULES = ['policy.intake_verify', 'policy.hold_followup', 'policy.difference_followup'];
const EVENT = { lapsed: 'policy.lapsed', in_force: 'policy.reinstated', terminated: 'policy.terminated' } as const;

/** The status action: lapse, reinstate, terminate — only the moves MANUAL_TRANSITIONS allows, with a reason. */
export async function changePolicyStatus(db: Kysely<DB>, req: FastifyRequest, id: number, input: Static<typeof ChangeStatusBody>): Promise<PolicyDetail> {
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const row = await lockPolicy(trx, req, id, input.version);
    if (!allowedTransitions(row.state).includes(input.to)) {
      throw invalid({ path: 'to', reason: 'transitionNotAllowed', params: { from: POLICY_STATE_TEXT[row.state], to: POLICY_STATE_TEXT[input.to] } });
    }
    const reason = input.reason.trim();
    await touchPolicy(trx, id, { state: input.to, stateReason: reason, at: now });
    const event = EVENT[input.to as keyof typeof EVENT];
    if (event) await recordPolicyEvent(req, trx, row, event, now);
    // A policy withdrawn before verification leaves nothing of the intake to do on time.
    if (input.to === 'terminated' && (row.state === 'registered' || row.state === 'on_hold')) {
      await cancelDeadlinesForRecord(
        trx,
        { entityType: 'policy', entityId: id, ruleIds: INTAKE_RULES, reason },
        { actor: req.actor ? { userId: req.actor.userId, username: req.actor.username } : null, requestId: req.id },
      );
    }
    const to = POLICY_STATE_TEXT[input.to];
    await appendPolicyTimeline(req, trx, row, `policy.${input.to}`, { zh: `状态改为“${to['zh-CN']}”：${reason}`, en: `now ${to.en}: ${reason}` });
    await auditRequest(req, trx, {
      action: 'policy.change_status', entityType: 'policy', entityId: id, orgUnitId: row.org_unit_id,
      before: { state: row.state }, after: { state: input.to, reason },
    });
    return getPolicy(trx, req.server.keyring, req.scope, id);
  });
}
