import type { FastifyRequest } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { Static } from '@sinclair/typebox';
import type { DB } from '../../platform/db/schema.js';
import { invalid, notFound, versionConflict, type FieldProblem } from '../../platform/http/errors.js';
import { auditRequest } from '../../platform/http/request-audit.js';
import { findPolicyRecord, getPolicy } from './find-policies.js';
import { appendPolicyTimeline, recordPolicyEvent } from './policy-events.js';
import { cancelDeadlinesForRecord } from '../deadlines/cancel-for-record.js';
import type { ReissueState } from './policies.tables.js';
import type { AdvanceReissueBody, PolicyDetail, RequestReissueBody } from './policies.types.js';

const STEPS: Record<ReissueState, ReissueState[]> = { requested: ['submitted', 'cancelled'], submitted: ['reissued', 'cancelled'], reissued: [], cancelled: [] };
const STEP_TEXT: Record<ReissueState, { 'zh-CN': string; en: string }> = {
  requested: { 'zh-CN': '已申请', en: 'requested' },
  submitted: { 'zh-CN': '已递交保险公司', en: 'submitted to the insurer' },
  reissued: { 'zh-CN': '已补发', en: 'reissued' },
  cancelled: { 'zh-CN': '已撤销', en: 'cancelled' },
};

/**
 * 保单补发 (R-PO-7): the policyholder applies for a lost or damaged policy; the clerk confirms the
 * applicant's identity was checked against the ID document. One request at a time.
 */
export async function requestReissue(db: Kysely<DB>, req: FastifyRequest, id: number, input: Static<typeof RequestReissueBody>): Promise<PolicyDetail> {
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const row = await findPolicyRecord(trx, req.scope, id, { forUpdate: true });
    const problems: FieldProblem[] = [];
    if (input.applicantClientId !== row.policyholder_id) problems.push({ path: 'applicantClientId', reason: 'applicantNotPolicyholder' });
    if (!input.identityChecked) problems.push({ path: 'identityChecked', reason: 'identityNotChecked' });
    const open = await trx.selectFrom('policy_reissue').select('id').where('policy_id', '=', id).where('state', 'in', ['requested', 'submitted']).executeTakeFirst();
    if (open) problems.push({ path: 'reason', reason: 'reissueOpen' });
    if (problems.length) throw invalid(...problems);
    const { id: reissueId } = await trx.insertInto('policy_reissue').values({
      policy_id: id, reason: input.reason, applicant_client_id: input.applicantClientId, identity_method: input.identityMethod,
      identity_note: input.identityNote?.trim() || null, state: 'requested', requested_at: now, requested_by: req.actor?.userId ?? null,
      note: input.note?.trim() || null,
    }).returning('id').executeTakeFirstOrThrow();
    await trx.updateTable('policy').set({ version: sql`version + 1`, updated_at: now }).where('id', '=', id).execute();
    await recordPolicyEvent(req, trx, row, 'policy.reissue_requested', now);
    await appendPolicyTimeline(req, trx, row, 'policy.reissue_requested', { zh: '申请补发保单（已核实身份）', en: 'reissue requested (identity checked)' });
    await auditRequest(req, trx, {
      action: 'policy.reissue_request', entityType: 'policy', entityId: id, orgUnitId: row.org_unit_id,
      after: { reissueId, reason: input.reason, identityMethod: input.identityMethod },
    });
    return getPolicy(trx, req.server.keyring, req.scope, id);
  });
}

/** Move a reissue request on: submitted to the insurer, reissued, or cancelled. */
export async function advanceReissue(
  db: Kysely<DB>,
  req: FastifyRequest,
  id: number,
  reissueId: number,
  input: Static<typeof AdvanceReissueBody>,
): Promise<PolicyDetail> {
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const row = await findPolicyRecord(trx, req.scope, id, { forUpdate: true });
    const r = await trx.selectFrom('policy_reissue').selectAll().where('id', '=', reissueId).where('policy_id', '=', id).executeTakeFirst();
    if (!r) throw notFound();
    if (r.version !== input.version) throw versionConflict({ id: r.id, state: r.state, version: r.version });
    if (!STEPS[r.state].includes(input.to)) {
      throw invalid({ path: 'to', reason: 'reissueStepNotAllowed', params: { from: STEP_TEXT[r.state], to: STEP_TEXT[input.to] } });
    }
    await trx.updateTable('policy_reissue').set({
      state: input.to, version: r.version + 1,
      ...(input.to === 'submitted' && { submitted_at: now }),
      ...(input.to === 'reissued' && { reissued_at: now }),
      ...(input.note?.trim() && { note: input.note.trim() }),
    }).where('id', '=', reissueId).execute();
    await trx.updateTable('policy').set({ version: sql`version + 1`, updated_at: now }).where('id', '=', id).execute();
    // Submitting meets the deadline; a withdrawn request has nothing left to submit.
    if (input.to === 'submitted') await recordPolicyEvent(req, trx, row, 'policy.reissue_submitted', now);
    if (input.to === 'cancelled') {
      await cancelDeadlinesForRecord(
        trx,
        { entityType: 'policy', entityId: id, ruleIds: ['policy.reissue_submit'], reason: input.note?.trim() || 'reissue request cancelled' },
        { actor: req.actor ? { userId: req.actor.userId, username: req.actor.username } : null, requestId: req.id },
      );
    }
    await appendPolicyTimeline(req, trx, row, `policy.reissue_${input.to}`, { zh: `补发申请${STEP_TEXT[input.to]['zh-CN']}`, en: `reissue request ${STEP_TEXT[input.to].en}` });
    await auditRequest(req, trx, {
      action: 'policy.reissue_advance', entityType: 'policy', entityId: id, orgUnitId: row.org_unit_id,
      before: { reissueId, state: r.state }, after: { reissueId, state: input.to, note: input.note ?? null },
    });
    return getPolicy(trx, req.server.keyring, req.scope, id);
  });
}
