import { sql } from 'kysely';
import { defineLifecycle, type EventOf, type Text, type TimelineLine } from '../../platform/lifecycle/lifecycle.js';
import type { TxContext } from '../../platform/context/context.js';
import type { FieldProblem } from '../../platform/http/errors.js';
import { findPolicyRecord, toPolicy, type PolicyRecord } from './find-policies.js';
import { POLICY_STATE_TEXT, VERIFY_FIELD_TEXT } from './policy-rules.data.js';
import type { PolicyState, NoticeChannel } from './policies.tables.js';
import { beijingDayEnd } from '../../platform/time/beijing.js';
import { REASON_JOINER, STATE_REASONS, type StateReasonCode } from './state-reasons.js';

// The policy registry's lifecycle as data (issue 10, item 2; SPEC §2, R-PO-1..7): intake and the
// initial review, verification, the date job, the status moves. Every change of a policy's state
// fires one of these transitions through platform/lifecycle/fire.ts.

const INTAKE_RULES = ['policy.intake_verify', 'policy.hold_followup', 'policy.difference_followup'];

type Review = { formatComplete: boolean; sealsPresent: boolean; noAlteration: boolean };
type StatusInput = { reason: string };

export function reviewFailures(review: Review): Text {
  const codes: StateReasonCode[] = [];
  if (!review.formatComplete) codes.push('formatIncomplete');
  if (!review.sealsPresent) codes.push('sealsMissing');
  if (!review.noAlteration) codes.push('altered');
  const text = (lang: 'zh' | 'en') => codes.map((c) => STATE_REASONS[c][lang]).join(REASON_JOINER[lang]);
  return { zh: text('zh'), en: text('en') };
}

const line = (kind: string, zh: string, en: string): TimelineLine => ({ kind, text: { zh, en } });
const onHoldLine = (input: { review: Review }) => {
  const f = reviewFailures(input.review);
  return line('policy.on_hold', `初审未通过，暂缓登记：${f.zh}`, `on hold after the initial review: ${f.en}`);
};
const statusLine = (to: PolicyState) => (_: PolicyRecord, input: StatusInput) => {
  const text = POLICY_STATE_TEXT[to];
  return [line(`policy.${to}`, `状态改为“${text['zh-CN']}”：${input.reason.trim()}`, `now ${text.en}: ${input.reason.trim()}`)];
};
const importedLine = () => [line('policy.registered', '批量导入登记', 'registered by import')];
const verifiedLine = () => [line('policy.verified', '核对无误', "verified against the client's papers")];

/**
 * Expiry is tracked (R-PO-3): a renewable policy with an end date gives the deadline engine its
 * expiry at 24:00 of the end date (Beijing time), which opens the renewal reminders (R-RN-7).
 */
const expiry = {
  event: 'policy.expiry',
  async at(tx: TxContext, row: PolicyRecord) {
    if (row.end_date === null || row.product_id === null) return null;
    const product = await tx.trx.selectFrom('product').select('renewable').where('id', '=', row.product_id).executeTakeFirst();
    return product?.renewable ? beijingDayEnd(row.end_date) : null;
  },
};

/** Verification needs a passed initial review; verifying as matching needs no open difference (R-PO-4). */
async function reviewedProblems(tx: TxContext, r: PolicyRecord): Promise<FieldProblem[]> {
  const lastReview = await tx.trx.selectFrom('policy_review').select('passed').where('policy_id', '=', r.id).orderBy('id', 'desc').executeTakeFirst();
  return lastReview?.passed ? [] : [{ path: 'state', reason: 'notReviewed' }];
}
async function verifiableProblems(tx: TxContext, r: PolicyRecord): Promise<FieldProblem[]> {
  const problems = await reviewedProblems(tx, r);
  if (problems.length) return problems;
  const open = await tx.trx.selectFrom('policy_difference').select(({ fn }) => fn.countAll<number>().as('n'))
    .where('policy_id', '=', r.id).where('resolved_at', 'is', null).executeTakeFirstOrThrow();
  return Number(open.n) > 0 ? [{ path: 'checks', reason: 'openDifferences', params: { count: open.n } }] : [];
}

/** The intake deadline runs from when the client handed the policy over (R-PO-1), not from the entry. */
const handedOver = { event: 'policy.handed_over', at: async (_: TxContext, r: PolicyRecord) => r.received_at };

const state = (s: PolicyState): Text => ({ zh: POLICY_STATE_TEXT[s]['zh-CN'], en: POLICY_STATE_TEXT[s].en });

export const POLICY_LIFECYCLE = defineLifecycle({
  kind: 'policy',
  label: { zh: '保单', en: 'Policy' },
  states: {
    registered: { label: state('registered'), initial: true },
    on_hold: { label: state('on_hold'), initial: true },
    verified: { label: state('verified') },
    in_force: { label: state('in_force') },
    lapsed: { label: state('lapsed') },
    terminated: { label: state('terminated'), final: true },
    expired: { label: state('expired'), final: true },
  },
  transitions: {
    // 保单登记 (R-PO-1..2): the initial review at intake decides the first state.
    register: {
      label: { zh: '登记（初审通过）', en: 'register (initial review passed)' },
      from: [], to: 'registered', permission: 'policy.write', auditAction: 'policy.create',
      deadlineEvents: [handedOver],
      timeline: (r: PolicyRecord) => [line('policy.registered', `登记保单（${r.insurer_name} ${r.policy_number}）`, `registered (${r.insurer_name} ${r.policy_number})`)],
    },
    register_on_hold: {
      label: { zh: '登记（初审未通过，暂缓）', en: 'register on hold (initial review failed)' },
      from: [], to: 'on_hold', permission: 'policy.write', auditAction: 'policy.create',
      deadlineEvents: [handedOver, 'policy.put_on_hold'],
      timeline: (r: PolicyRecord, input: { review: Review }) => [
        line('policy.registered', `登记保单（${r.insurer_name} ${r.policy_number}）`, `registered (${r.insurer_name} ${r.policy_number})`),
        onHoldLine(input),
      ],
    },
    // 批量导入 (R-PO-6): a row arrives registered, or verified already (its dates decide the state, as
    // in verification). The import writes them set-based (import/commit-policy-import.ts) with these lines.
    imported: {
      label: { zh: '批量导入登记', en: 'registered by import' },
      from: [], to: 'registered', permission: 'policy.write', auditAction: 'policy.import', deadlineEvents: [handedOver], timeline: importedLine,
    },
    imported_verified: {
      label: { zh: '批量导入（已核对，未到生效日）', en: 'imported verified (before the effective date)' },
      from: [], to: 'verified', permission: 'policy.write', auditAction: 'policy.import', deadlineEvents: [expiry], timeline: importedLine,
    },
    imported_in_force: {
      label: { zh: '批量导入（已核对，有效）', en: 'imported verified, in force' },
      from: [], to: 'in_force', permission: 'policy.write', auditAction: 'policy.import', deadlineEvents: [expiry], timeline: importedLine,
    },
    imported_expired: {
      label: { zh: '批量导入（已核对，已满期）', en: 'imported verified, already expired' },
      from: [], to: 'expired', permission: 'policy.write', auditAction: 'policy.import', timeline: importedLine,
    },
    // 初审 again (R-PO-2), e.g. when the client brought the proof.
    review_passed: {
      label: { zh: '再次初审通过', en: 'review passed again' },
      from: ['registered'], to: 'registered', permission: 'policy.write', auditAction: 'policy.review',
    },
    hold_cleared: {
      label: { zh: '补充材料后初审通过', en: 'hold cleared (review passed)' },
      from: ['on_hold'], to: 'registered', permission: 'policy.write', auditAction: 'policy.review',
      deadlineEvents: ['policy.hold_cleared'],
      timeline: () => [line('policy.hold_cleared', '补充材料后初审通过', 'the initial review passed after the proof was provided')],
    },
    put_on_hold: {
      label: { zh: '初审未通过，暂缓登记', en: 'put on hold (review failed)' },
      from: ['registered'], to: 'on_hold', permission: 'policy.write', auditAction: 'policy.review',
      deadlineEvents: ['policy.put_on_hold'],
      timeline: (_: PolicyRecord, input: { review: Review }) => [onHoldLine(input)],
    },
    review_failed_again: {
      label: { zh: '再次初审仍未通过', en: 'review failed again' },
      from: ['on_hold'], to: 'on_hold', permission: 'policy.write', auditAction: 'policy.review',
      timeline: (_: PolicyRecord, input: { review: Review }) => [onHoldLine(input)],
    },
    // Correct the registered record (e.g. a difference settled as "record corrected", R-PO-4); only
    // before verification: afterwards the contract changes through policy servicing (保全).
    correct: {
      label: { zh: '更正登记内容', en: 'correct the record' },
      from: ['registered', 'on_hold'], to: null, permission: 'policy.write', auditAction: 'policy.update',
      timeline: () => [line('policy.corrected', '更正登记内容', 'record corrected')],
    },
    // 核对 (R-PO-4): differences are raised with the client; with none the dates decide the state.
    difference_raised: {
      label: { zh: '核对发现差异', en: 'differences found' },
      from: ['registered'], to: 'registered', permission: 'policy.write', auditAction: 'policy.verify',
      guard: reviewedProblems,
      deadlineEvents: ['policy.difference_raised'],
      timeline: (_: PolicyRecord, input: { checks: Array<{ field: keyof typeof VERIFY_FIELD_TEXT; matches: boolean }> }) => {
        const differing = input.checks.filter((c) => !c.matches);
        return [line('policy.difference_raised', `核对发现差异：${differing.map((c) => VERIFY_FIELD_TEXT[c.field]).join('、')}，已与客户沟通`,
          `verification found differences (${differing.map((c) => c.field).join(', ')}), raised with the client`)];
      },
    },
    difference_resolved: {
      label: { zh: '核对差异已处理', en: 'difference settled' },
      from: ['registered'], to: 'registered', permission: 'policy.write', auditAction: 'policy.resolve_difference',
      // The follow-up is met when the last open difference is settled.
      deadlineEvents: [{
        event: 'policy.differences_resolved',
        async at(tx: TxContext, r: PolicyRecord, at: Date) {
          const open = await tx.trx.selectFrom('policy_difference').select('id').where('policy_id', '=', r.id).where('resolved_at', 'is', null).executeTakeFirst();
          return open ? null : at;
        },
      }],
      timeline: (_: PolicyRecord, input: { note: string }) => [line('policy.difference_resolved', `核对差异已处理：${input.note.trim()}`, `difference settled: ${input.note.trim()}`)],
    },
    verified: {
      label: { zh: '核对无误（未到生效日）', en: 'verified (before the effective date)' },
      from: ['registered'], to: 'verified', permission: 'policy.write', auditAction: 'policy.verify',
      guard: verifiableProblems, deadlineEvents: ['policy.verified', expiry], timeline: verifiedLine,
    },
    verified_in_force: {
      label: { zh: '核对无误，生效', en: 'verified, in force' },
      from: ['registered'], to: 'in_force', permission: 'policy.write', auditAction: 'policy.verify',
      guard: verifiableProblems, deadlineEvents: ['policy.verified', expiry], timeline: verifiedLine,
    },
    verified_expired: {
      label: { zh: '核对无误，已满期', en: 'verified, already expired' },
      from: ['registered'], to: 'expired', permission: 'policy.write', auditAction: 'policy.verify',
      guard: verifiableProblems, deadlineEvents: ['policy.verified'], timeline: verifiedLine,
    },
    // The date job (R-PO-3): the effective date and the end date move policies on.
    take_effect: {
      label: { zh: '到生效日，生效', en: 'effective date reached' },
      from: ['verified'], to: 'in_force', permission: null, automatic: true, auditAction: 'policy.dates_advanced',
      timeline: () => [line('policy.in_force', '已生效', 'now in force')],
    },
    expire: {
      label: { zh: '过满期日，满期', en: 'end date passed' },
      from: ['verified', 'in_force'], to: 'expired', permission: null, automatic: true, auditAction: 'policy.dates_advanced',
      timeline: () => [line('policy.expired', '已满期', 'expired')],
    },
    // The status action (a reason is required).
    lapse: {
      // 失效: unpaid after the grace period (R-RN-4, Insurance Law Art. 36); the premiums module will fire it.
      label: { zh: '失效', en: 'lapse' },
      from: ['in_force'], to: 'lapsed', permission: 'policy.write', auditAction: 'policy.change_status',
      deadlineEvents: ['policy.lapsed'], timeline: statusLine('lapsed'),
    },
    reinstate: {
      // 复效: reinstated within two years (R-RN-5, Insurance Law Art. 37).
      label: { zh: '复效', en: 'reinstate' },
      from: ['lapsed'], to: 'in_force', permission: 'policy.write', auditAction: 'policy.change_status',
      deadlineEvents: ['policy.reinstated'], timeline: statusLine('in_force'),
    },
    endorse: {
      // 批改: a completed servicing request changes the contract (a new debit account, premium or
      // beneficiaries); the policy keeps its state. The change itself is the caller's (apply-change.ts).
      label: { zh: '保全批改', en: 'endorse' },
      from: ['verified', 'in_force', 'lapsed'], to: null, permission: 'policy.write', auditAction: 'policy.update',
      timeline: (_: PolicyRecord, input: StatusInput) => [line('policy.endorsed', `保全批改：${input.reason}`, `endorsed: ${input.reason}`)],
    },
    terminate: {
      // 终止: surrender, cancellation in the hesitation period, full claim paid, insurer's rescission, … (R-PO-1)
      label: { zh: '终止', en: 'terminate' },
      from: ['registered', 'on_hold', 'verified', 'in_force', 'lapsed'], to: 'terminated', permission: 'policy.write', auditAction: 'policy.change_status',
      deadlineEvents: ['policy.terminated'],
      // A policy withdrawn before verification leaves nothing of the intake to do on time.
      cancelsDeadlines: { ruleIds: INTAKE_RULES, when: (r: PolicyRecord) => r.state === 'registered' || r.state === 'on_hold', reason: (_: PolicyRecord, input: StatusInput) => input.reason.trim() },
      timeline: statusLine('terminated'),
    },
  },
  record: {
    entityType: 'policy',
    idOf: (r) => r.id,
    lock: (tx, id: number) => findPolicyRecord(tx.trx, tx.scope, id, { forUpdate: true }),
    current: async (tx, r) => toPolicy(tx.keyring, r),
    state: (r) => r.state,
    version: (r) => r.version,
    orgUnitId: (r) => r.org_unit_id,
    ownerId: (tx, r) => r.agent_id ?? tx.actor?.userId ?? null,
    async setState(tx, records, { to, reason, at }) {
      const ids = records.map((r) => r.id);
      const moves = records.some((r) => r.state !== to) || reason !== null;
      await tx.trx.updateTable('policy')
        .set({ version: sql`version + 1`, updated_at: at, ...(moves && { state: to, state_reason: reason, state_changed_at: at }) })
        .where('id', 'in', ids)
        .execute();
    },
    appendTimeline: appendPolicyTimeline,
  },
});

export type PolicyEvent = EventOf<typeof POLICY_LIFECYCLE>;

/** The status action's moves: the target state a user picks, and the transition it fires. */
export const STATUS_MOVES = { lapsed: 'lapse', in_force: 'reinstate', terminated: 'terminate' } as const satisfies Partial<Record<PolicyState, PolicyEvent>>;

export function allowedStatusMoves(state: PolicyState): PolicyState[] {
  return (Object.entries(STATUS_MOVES) as [PolicyState, PolicyEvent][])
    .filter(([, event]) => POLICY_LIFECYCLE.transitions[event].from.includes(state))
    .map(([to]) => to);
}

type PolicyRef = Pick<PolicyRecord, 'id' | 'internal_no' | 'policyholder_id'>;

/** A policy's line as a client's timeline shows it: 保单 <internal number>：<what happened>. */
export const policyTimelineText = (internalNo: string, text: Text): Text => ({ zh: `保单 ${internalNo}：${text.zh}`, en: `Policy ${internalNo}: ${text.en}` });

/**
 * R-CL-4: a policy's step on the timeline of every client of the policy (policyholder and insured
 * clients, each once), for one policy or a batch (the date job, an import) in one statement. The
 * one place a policy's timeline text is written.
 */
export async function appendPolicyTimeline(tx: TxContext, entries: Array<{ record: PolicyRef; line: TimelineLine; at: Date }>) {
  if (!entries.length) return;
  const texts = entries.map((e) => policyTimelineText(e.record.internal_no, e.line.text));
  await sql`
    insert into client_timeline (client_id, at, kind, entity_type, entity_id, summary_zh, summary_en, actor_id)
    select c.client_id, e.at, e.kind, 'policy', e.policy_id::text, e.zh, e.en, ${tx.actor?.userId ?? null}::int
      from unnest(${entries.map((e) => e.record.id)}::int[], ${entries.map((e) => e.record.policyholder_id)}::int[],
                  ${entries.map((e) => e.line.kind)}::text[], ${texts.map((t) => t.zh)}::text[], ${texts.map((t) => t.en)}::text[],
                  ${entries.map((e) => e.at.toISOString())}::timestamptz[]) with ordinality
           as e (policy_id, policyholder_id, kind, zh, en, at, ord)
     cross join lateral (
       select e.policyholder_id as client_id
       union select pp.client_id from policy_party pp where pp.policy_id = e.policy_id and pp.role = 'insured' and pp.client_id is not null
     ) c
     order by e.ord, c.client_id`.execute(tx.trx);
}

export type { NoticeChannel };
