import { sql } from 'kysely';
import { defineLifecycle, type TimelineLine } from '../../platform/lifecycle/lifecycle.js';
import type { Selectable } from 'kysely';
import { notFound } from '../../platform/http/errors.js';
import { findPolicyRecord, type PolicyRecord } from './find-policies.js';
import { appendPolicyTimeline } from './policy-lifecycle.js';
import type { PolicyReissueTable, ReissueState } from './policies.tables.js';

// 保单补发 (R-PO-7) as a lifecycle: the request is a record of its own; its deadlines, timeline
// lines and audit entries are about the policy it belongs to.

export const REISSUE_STATE_TEXT: Record<ReissueState, { zh: string; en: string }> = {
  requested: { zh: '已申请', en: 'requested' },
  submitted: { zh: '已递交保险公司', en: 'submitted to the insurer' },
  reissued: { zh: '已补发', en: 'reissued' },
  cancelled: { zh: '已撤销', en: 'cancelled' },
};

export type ReissueRecord = { policy: PolicyRecord; reissue: Selectable<PolicyReissueTable> };
type Note = { note?: string | null };

const stepLine = (to: ReissueState) => (): TimelineLine[] => [
  { kind: `policy.reissue_${to}`, text: { zh: `补发申请${REISSUE_STATE_TEXT[to].zh}`, en: `reissue request ${REISSUE_STATE_TEXT[to].en}` } },
];

export const REISSUE_LIFECYCLE = defineLifecycle({
  kind: 'policy_reissue',
  label: { zh: '保单补发', en: 'Policy reissue' },
  states: {
    requested: { label: REISSUE_STATE_TEXT.requested, initial: true },
    submitted: { label: REISSUE_STATE_TEXT.submitted },
    reissued: { label: REISSUE_STATE_TEXT.reissued, final: true },
    cancelled: { label: REISSUE_STATE_TEXT.cancelled, final: true },
  },
  transitions: {
    request: {
      label: { zh: '申请补发（已核实身份）', en: 'request (identity checked)' },
      from: [], to: 'requested', permission: 'policy.write', auditAction: 'policy.reissue_request',
      deadlineEvents: ['policy.reissue_requested'],
      timeline: () => [{ kind: 'policy.reissue_requested', text: { zh: '申请补发保单（已核实身份）', en: 'reissue requested (identity checked)' } }],
    },
    // Submitting meets the deadline.
    submit: {
      label: { zh: '递交保险公司', en: 'submit to the insurer' },
      from: ['requested'], to: 'submitted', permission: 'policy.write', auditAction: 'policy.reissue_advance',
      deadlineEvents: ['policy.reissue_submitted'], timeline: stepLine('submitted'),
    },
    reissue: {
      label: { zh: '已补发', en: 'reissued' },
      from: ['submitted'], to: 'reissued', permission: 'policy.write', auditAction: 'policy.reissue_advance',
      timeline: stepLine('reissued'),
    },
    // A withdrawn request has nothing left to submit.
    cancel: {
      label: { zh: '撤销', en: 'cancel' },
      from: ['requested', 'submitted'], to: 'cancelled', permission: 'policy.write', auditAction: 'policy.reissue_advance',
      cancelsDeadlines: { ruleIds: ['policy.reissue_submit'], reason: (_: ReissueRecord, input: Note) => input.note?.trim() || 'reissue request cancelled' },
      timeline: stepLine('cancelled'),
    },
  },
  record: {
    entityType: 'policy',
    idOf: (r) => r.policy.id,
    async lock(tx, key: { policyId: number; reissueId: number }) {
      const policy = await findPolicyRecord(tx.trx, tx.scope, key.policyId, { forUpdate: true });
      const reissue = await tx.trx.selectFrom('policy_reissue').selectAll().where('id', '=', key.reissueId).where('policy_id', '=', key.policyId).forUpdate().executeTakeFirst();
      if (!reissue) throw notFound();
      return { policy, reissue };
    },
    current: async (_, r) => ({ id: r.reissue.id, state: r.reissue.state, version: r.reissue.version }),
    state: (r) => r.reissue.state,
    version: (r) => r.reissue.version,
    orgUnitId: (r) => r.policy.org_unit_id,
    ownerId: (tx, r) => r.policy.agent_id ?? tx.actor?.userId ?? null,
    async setState(tx, records, { to, at }) {
      for (const r of records) {
        await tx.trx.updateTable('policy_reissue').set({
          state: to, version: sql`version + 1`,
          ...(to === 'submitted' && { submitted_at: at }),
          ...(to === 'reissued' && { reissued_at: at }),
        }).where('id', '=', r.reissue.id).execute();
        await tx.trx.updateTable('policy').set({ version: sql`version + 1`, updated_at: at }).where('id', '=', r.policy.id).execute();
      }
    },
    appendTimeline: (tx, entries) => appendPolicyTimeline(tx, entries.map((e) => ({ ...e, record: e.record.policy }))),
  },
});
