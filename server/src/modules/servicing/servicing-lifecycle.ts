import { sql } from 'kysely';
import { defineLifecycle, type ConditionalEvent, type EventOf, type TimelineLine } from '../../platform/lifecycle/lifecycle.js';
import type { TxContext } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { beijingDate } from '../../platform/time/beijing.js';
import { notFound } from '../../platform/http/errors.js';
import { appendTimeline } from '../clients/client-timeline.js';
import './servicing.tables.js';
import { HESITATION_FEE_MAX, servicingType } from './servicing-types.data.js';
import { missingDocuments, refundCompletionProblems, salesRuleProblems } from './servicing-rules.js';
import type { RequestDetails } from './servicing.types.js';
import type { Static } from '@sinclair/typebox';
import type { FieldProblem } from '../../platform/http/errors.js';
import type { ServicingState } from './servicing.tables.js';
import { SERVICING_QUEUE } from './servicing-queue.js';

/** The request as the lifecycle reads it (locked), with the policyholder for the timeline. */
export type ServicingRecord = {
  id: number; request_no: string; policy_id: number; org_unit_id: number; type: string; state: ServicingState; version: number;
  owner_id: number | null; applicant_client_id: number; policyholder_id: number; internal_no: string;
};

const label = (zh: string, en: string) => ({ zh, en });

/** An event a request of some types records: its SLA rule per type (servicing-types.data.ts). */
const typeEvent = (event: string, of: 'receivedEvent' | 'completedEvent'): ConditionalEvent<ServicingRecord> => ({
  event,
  at: async (_tx, r, at) => (servicingType(r.type)[of] === event ? at : null),
});

const line = (kind: string, zh: string, en: string) => (r: ServicingRecord): TimelineLine[] => {
  const type = servicingType(r.type);
  return [{ kind, text: { zh: `保全申请 ${r.request_no}（${type.label.zh}）${zh}`, en: `Servicing request ${r.request_no} (${type.label.en}) ${en}` } }];
};

/**
 * 保全申请 (R-SV-1..5) as data: received → processing → (awaiting signature of the endorsement) →
 * completed; refused or withdrawn with a reason on the way. Each type's SLA rule opens at receipt
 * and closes at completion (ending early cancels it); a reinstatement's SLA starts with the
 * insurer's decision or the medical result, a rider's with the medical result.
 */
export const SERVICING_LIFECYCLE = defineLifecycle({
  kind: 'servicing',
  label: label('保全申请', 'Servicing request'),
  states: {
    received: { label: label('已受理', 'received'), initial: true },
    processing: { label: label('办理中', 'processing') },
    awaiting_signature: { label: label('待客户签批单', 'awaiting signature') },
    completed: { label: label('已办结', 'completed'), final: true },
    refused: { label: label('不予办理', 'refused'), final: true },
    withdrawn: { label: label('客户撤回', 'withdrawn'), final: true },
  },
  transitions: {
    receive: {
      label: label('受理', 'receive'), from: [], to: 'received', permission: 'servicing.write',
      // R-SV-1: a change the client asks for in person at the counter is done on the spot (that day), else within 3 WD.
      deadlineEvents: [
        { event: 'servicing.received', at: async (tx, r, at) => (servicingType(r.type).receivedEvent === 'servicing.received' && !(await walkIn(tx, r)) ? at : null) },
        { event: 'servicing.received_walk_in', at: async (tx, r, at) => (servicingType(r.type).receivedEvent === 'servicing.received' && (await walkIn(tx, r)) ? at : null) },
        typeEvent('surrender.requested', 'receivedEvent'), typeEvent('policy.reissue_requested', 'receivedEvent'),
      ],
      timeline: line('servicing.received', '已受理', 'received'),
    },
    start: {
      label: label('开始办理（材料齐全）', 'start (documents complete)'), from: ['received'], to: 'processing', permission: 'servicing.write',
      guard: (tx, r) => missingDocuments(tx, servicingType(r.type), r.id, ['signed_endorsement']),
    },
    /** R-SV-2 / R-SV-5: the medical result or the insurer's decision starts the SLA of riders and reinstatements. */
    record_medical_result: {
      label: label('登记体检结果', 'record the medical result'), from: ['received', 'processing'], to: null, permission: 'servicing.write',
      deadlineEvents: [
        { event: 'servicing.medical_result', at: async (_tx, r, at) => (r.type === 'add_rider' ? at : null) },
        { event: 'reinstatement.medical_result', at: async (_tx, r, at) => (r.type === 'reinstatement' ? at : null) },
      ],
    },
    record_insurer_agreement: {
      label: label('登记保险公司同意', "record the insurer's agreement"), from: ['received', 'processing'], to: null, permission: 'servicing.write',
      deadlineEvents: [{ event: 'reinstatement.agreed', at: async (_tx, r, at) => (r.type === 'reinstatement' ? at : null) }],
    },
    record_referral: {
      label: label('登记上报核保', 'record the referral'), from: ['received', 'processing'], to: null, permission: 'servicing.write',
      deadlineEvents: [{ event: 'reinstatement.referred', at: async (_tx, r, at) => (r.type === 'reinstatement' ? at : null) }],
    },
    /**
     * R-SV-3, R-NB-8: the insurer's figures (cash value, fees, outstanding loan, refund) as it gives them,
     * kept with the request — the surrender explanation the client signs before completion prints them.
     */
    record_insurer_figures: {
      label: label('登记保险公司核算金额', "record the insurer's figures"), from: ['received', 'processing'], to: null, permission: 'servicing.write',
      guard: (_tx, r, input: StepInput) => {
        const type = servicingType(r.type);
        if (!type.refund) return [{ path: 'event', reason: 'stepNotForType' }];
        const d = input.details ?? {};
        const problems: FieldProblem[] = [...salesRuleProblems(type, d)];
        if (!(d.cashValue || d.refund || d.fees !== undefined || d.outstandingLoan)) problems.push({ path: 'details.refund', reason: 'refundFiguresRequired' });
        if (type.code === 'hesitation_cancellation' && d.fees !== undefined && Number(d.fees) > HESITATION_FEE_MAX) {
          problems.push({ path: 'details.fees', reason: 'hesitationFeeTooHigh', params: { max: HESITATION_FEE_MAX } });
        }
        return problems;
      },
    },
    /** R-PO-7: a reissue request goes to the insurer within 2 working days of the request (its SLA). */
    submit_to_insurer: {
      label: label('递交保险公司', 'submit to the insurer'), from: ['received', 'processing'], to: null, permission: 'servicing.write',
      guard: async (tx, r) => {
        if (r.type !== 'policy_reissue') return [{ path: 'event', reason: 'stepNotForType' }];
        return (await storedDetails(tx, r.id)).submittedAt ? [{ path: 'event', reason: 'alreadySubmitted' }] : [];
      },
      deadlineEvents: [{ event: 'policy.reissue_submitted', at: async (_tx, r, at) => (r.type === 'policy_reissue' ? at : null) }],
      timeline: line('servicing.submitted', '已递交保险公司', 'submitted to the insurer'),
    },
    issue_endorsement: {
      label: label('出具批单待签', 'issue the endorsement to sign'), from: ['processing'], to: 'awaiting_signature', permission: 'servicing.write',
      guard: (tx, r) => missingDocuments(tx, servicingType(r.type), r.id, ['signed_endorsement']),
      timeline: line('servicing.endorsement', '已出具批单，待投保人签字', 'endorsement issued for the policyholder to sign'),
    },
    complete: {
      label: label('办结', 'complete'), from: ['received', 'processing', 'awaiting_signature'], to: 'completed', permission: 'servicing.write',
      // Every required document, the signed endorsement included; a refund's figures, payee and explanation (R-SV-3).
      // Who may complete it: the type's approval (a surrender, a beneficiary change… only a holder of servicing.approve).
      // A reinstatement: the restarted suicide exclusion explained (Insurance Law Art. 44).
      guard: async (tx, r, input: StepInput) => {
        const type = servicingType(r.type);
        const problems: FieldProblem[] = [];
        if (type.approval === 'supervisor' && !tx.actor?.can('servicing.approve')) problems.push({ path: 'event', reason: 'approvalRequired' });
        problems.push(...(await missingDocuments(tx, type, r.id)));
        const details: Static<typeof RequestDetails> = type.refund || type.effect === 'reinstate' ? { ...(await storedDetails(tx, r.id)), ...input.details } : {};
        if (type.refund) problems.push(...refundCompletionProblems(type, details));
        if (r.type === 'policy_reissue' && !(await storedDetails(tx, r.id)).submittedAt) problems.push({ path: 'event', reason: 'notSubmittedToInsurer' });
        if (type.effect === 'reinstate') {
          if (details.suicideExclusionExplained !== true) problems.push({ path: 'details.suicideExclusionExplained', reason: 'suicideExclusionNotExplained' });
          problems.push(...(await reinstatementAnswerProblems(tx, r.id, details as Record<string, unknown>)));
        }
        return problems;
      },
      deadlineEvents: [typeEvent('servicing.completed', 'completedEvent'), typeEvent('surrender.paid', 'completedEvent'), typeEvent('policy.reinstated', 'completedEvent')],
      timeline: line('servicing.completed', '已办结', 'completed'),
    },
    refuse: {
      label: label('不予办理', 'refuse'), from: ['received', 'processing'], to: 'refused', permission: 'servicing.write', guard: reasonGiven,
      cancelsDeadlines: { ruleIds: SLA_RULES(), reason: (_r, input: { reason: string }) => input.reason },
      timeline: line('servicing.refused', '不予办理', 'refused'),
    },
    withdraw: {
      label: label('客户撤回', 'withdraw'), from: ['received', 'processing', 'awaiting_signature'], to: 'withdrawn', permission: 'servicing.write', guard: reasonGiven,
      cancelsDeadlines: { ruleIds: SLA_RULES(), reason: (_r, input: { reason: string }) => input.reason },
      timeline: line('servicing.withdrawn', '客户撤回', 'withdrawn by the client'),
    },
  },
  record: {
    entityType: 'servicing',
    idOf: (r) => r.id,
    lock: (tx, id: number) => lockRequest(tx, id),
    current: async (tx, r) => (await import('./find-requests.js')).getRequest(tx, r.id),
    state: (r) => r.state,
    version: (r) => r.version,
    orgUnitId: (r) => r.org_unit_id,
    ownerId: (tx, r) => r.owner_id ?? tx.actor?.userId ?? null,
    async setState(tx, records, { to, reason, at }) {
      await tx.trx.updateTable('servicing_request')
        .set({ version: sql`version + 1`, updated_at: at, state: to, ...(reason !== null && { state_reason: reason }), ...(to === 'completed' && { completed_at: at }) })
        .where('id', 'in', records.map((r) => r.id))
        .execute();
    },
    // The policyholder's timeline shows the request (R-CL-4), linked to it.
    async appendTimeline(tx, entries) {
      for (const { record, line: l, at } of entries) {
        await appendTimeline(tx.trx, {
          clientId: record.policyholder_id, at, kind: l.kind, entityType: 'servicing', entityId: record.id, summaryZh: l.text.zh, summaryEn: l.text.en,
          actorId: tx.actor?.userId ?? null,
        });
      }
    },
  },
  // In the work queues: the clerk's own, or the office's clerks' team queue (servicing-queue.ts).
  queue: SERVICING_QUEUE,
});

/** A walk-in request (the client at the counter) of a type done on the spot (R-SV-1). */
async function walkIn(tx: TxContext, r: ServicingRecord): Promise<boolean> {
  return servicingType(r.type).walkInOnTheSpot && (await storedDetails(tx, r.id)).walkIn === true;
}

/** What a step is given: a reason (refuse, withdraw) or the outcome, and details (a refund's figures). */
export type StepInput = { reason: string; details?: Static<typeof RequestDetails> };

function reasonGiven(_tx: TxContext, _r: ServicingRecord, input: StepInput): FieldProblem[] {
  return input.reason.trim() ? [] : [{ path: 'reason', reason: 'reasonRequired' }];
}

/** The details the request holds (a refund's figures given at receipt). */
export async function storedDetails(tx: TxContext, id: number): Promise<Record<string, unknown>> {
  const row = await tx.trx.selectFrom('servicing_request').select('details').where('id', '=', id).executeTakeFirstOrThrow();
  return (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as Record<string, unknown>;
}

/**
 * A reinstatement completes on the insurer's answer — its agreement, or its decision after a referral
 * or a medical result — or after 30 days of its silence since the application, which count as
 * agreement (Judicial Interpretation III Art. 8, LAW.md).
 */
export const INSURER_SILENCE_DAYS = 30;
async function reinstatementAnswerProblems(tx: TxContext, id: number, details: Record<string, unknown>): Promise<FieldProblem[]> {
  if (details.insurerAgreedAt || details.referredAt || details.medicalResultAt) return [];
  const row = await tx.trx.selectFrom('servicing_request').select('received_at').where('id', '=', id).executeTakeFirstOrThrow();
  const silentUntil = new Date(row.received_at.getTime() + INSURER_SILENCE_DAYS * 86_400_000);
  if (tx.clock.now().getTime() >= silentUntil.getTime()) return [];
  return [{ path: 'event', reason: 'insurerAnswerPending', params: { date: beijingDate(silentUntil.getTime()) } }];
}

/** Every SLA rule a request may have running: what ending it early cancels. */
function SLA_RULES(): string[] {
  return ['servicing.change', 'servicing.change_walk_in', 'servicing.rider_after_medical', 'policy.reissue_submit', 'surrender.refund', 'reinstatement.agreed', 'reinstatement.referred', 'reinstatement.after_medical'];
}

export type ServicingEvent = EventOf<typeof SERVICING_LIFECYCLE>;

async function lockRequest(tx: TxContext, id: number): Promise<ServicingRecord> {
  const row = await tx.trx
    .selectFrom('servicing_request as s')
    .innerJoin('policy as p', 'p.id', 's.policy_id')
    .select(['s.id', 's.request_no', 's.policy_id', 's.org_unit_id', 's.type', 's.state', 's.version', 's.owner_id', 's.applicant_client_id', 'p.policyholder_id', 'p.internal_no'])
    .where('s.id', '=', id)
    .where(inScope('s.org_unit_id', tx.scope))
    .forUpdate('s')
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
