/**
 * Every deadline of SPEC.md and LAW.md, as data. Seeded into `deadline_rule`, where admins
 * can read them and adjust figures (each change audited). A module opens a deadline by rule
 * id; none computes a due date itself.
 *
 * Units: working_days count on the official calendar (the start day not counted); calendar_days,
 * months and years are civil periods (Civil Code Art. 201: the start day not counted; with
 * `rollToWorkingDay`, a period ending on a day off ends on the next working day, Art. 203);
 * hours and minutes are elapsed time; day_of_month is "by day D of the month".
 * A negative duration means "before" the start event (e.g. 15 WD before the grace period ends).
 */
export type DeadlineUnit = 'working_days' | 'calendar_days' | 'months' | 'years' | 'hours' | 'minutes' | 'day_of_month';

export type DeadlineRuleSeed = {
  id: string;
  module: string;
  nameZh: string;
  nameEn: string;
  specId: string | null;
  lawRef: string | null;
  basisZh: string;
  basisEn: string;
  startEvent: string;
  completionEvent: string;
  duration: number;
  unit: DeadlineUnit;
  rollToWorkingDay: boolean;
  /** Local time after which an event counts from the next working day; null: no cut-off. */
  cutoffTime: string | null;
  warnBefore: number;
  warnUnit: 'working_days' | 'calendar_days' | 'hours' | 'minutes';
  escalateToRole: string | null;
  /** LAW.md marks the figure secondary or unsure: admins should confirm it. */
  confirm: boolean;
};

export const wd = (n: number) => ({ duration: n, unit: 'working_days' as const, rollToWorkingDay: false, cutoffTime: '17:30' });
export const cd = (n: number, roll = true) => ({ duration: n, unit: 'calendar_days' as const, rollToWorkingDay: roll, cutoffTime: null });
export const warnWd = (n: number) => ({ warnBefore: n, warnUnit: 'working_days' as const });
export const warnCd = (n: number) => ({ warnBefore: n, warnUnit: 'calendar_days' as const });

/**
 * The rules of modules not built yet (new business, premiums, servicing, claims, callbacks,
 * service requests): a module that is built declares its own in its folder and its index.ts
 * (clients, policies), and the module list (modules/index.ts) gathers them all: allDeadlineRules().
 */
export const PENDING_MODULE_RULES: DeadlineRuleSeed[] = [
  // 3. New business
  { id: 'policy.issue', module: 'underwriting', nameZh: '签发标准保单', nameEn: 'Issue a standard policy', specId: 'R-NB-6', lawRef: null,
    basisZh: '核保决定后 3 个工作日内签发标准保单', basisEn: 'Standard policies are issued within 3 working days of the underwriting decision',
    startEvent: 'underwriting.decided', completionEvent: 'policy.issued', ...wd(3), ...warnWd(1), escalateToRole: 'supervisor', confirm: false },
  { id: 'policy.delivery', module: 'policies', nameZh: '保单送达', nameEn: 'Deliver the policy', specId: 'R-NB-7', lawRef: null,
    basisZh: '代理机构收到保单后 10 日内送达投保人并签收回执', basisEn: 'The policy reaches the policyholder within 10 days of the agency receiving it, with a signed receipt',
    startEvent: 'policy.received', completionEvent: 'policy.delivered', ...cd(10), ...warnCd(3), escalateToRole: 'supervisor', confirm: false },
  { id: 'policy.hesitation_period', module: 'policies', nameZh: '犹豫期', nameEn: 'Hesitation period', specId: 'R-NB-8', lawRef: '人身保险业务相关规定',
    basisZh: '犹豫期自投保人签收回执起算，期限以产品为准（一般 10-15 日，长期健康险不少于 15 日）', basisEn: 'Starts when the policyholder signs the receipt; length per product (generally 10-15 days, at least 15 for long-term health)',
    startEvent: 'policy.receipt_signed', completionEvent: 'policy.hesitation_ended', ...cd(15), ...warnCd(3), escalateToRole: null, confirm: true },
  // 4. Premiums, renewals, grace, lapse
  { id: 'premium.due_notice', module: 'premiums', nameZh: '发送下月缴费通知', nameEn: "Send next month's premium notices", specId: 'R-RN-1', lawRef: null,
    basisZh: '保险公司每月 20 日前发出下月续期缴费通知', basisEn: "Insurer due notices for next month's premiums go out by the 20th",
    startEvent: 'month.started', completionEvent: 'premium.notices_sent', duration: 20, unit: 'day_of_month', rollToWorkingDay: false, cutoffTime: null, ...warnWd(3), escalateToRole: 'supervisor', confirm: false },
  { id: 'premium.grace_period', module: 'premiums', nameZh: '宽限期', nameEn: 'Grace period', specId: 'R-RN-3', lawRef: '保险法第三十六条',
    basisZh: '自应缴日起超过 60 日未缴（或催告后 30 日），合同效力中止，合同另有约定的除外', basisEn: 'Suspension after 60 days from the due date (or 30 days from the reminder) unless the contract says otherwise',
    startEvent: 'premium.due', completionEvent: 'premium.paid', ...cd(60), ...warnCd(20), escalateToRole: 'supervisor', confirm: false },
  { id: 'callback.grace', module: 'callbacks', nameZh: '宽限期回访', nameEn: 'Grace-period callback', specId: 'R-CB-3', lawRef: null,
    basisZh: '宽限期届满前 15 个工作日完成回访，告知宽限期届满日', basisEn: 'Finished 15 working days before the grace period ends, telling the end date',
    startEvent: 'premium.grace_end', completionEvent: 'callback.completed', ...wd(-15), ...warnWd(3), escalateToRole: 'supervisor', confirm: false },
  { id: 'callback.lapse', module: 'callbacks', nameZh: '失效回访', nameEn: 'Lapse callback', specId: 'R-CB-4', lawRef: null,
    basisZh: '宽限期届满失效后 15 个工作日内回访，了解原因、核查挪用保费并说明复效', basisEn: 'Within 15 working days after the grace period ends: ask why, check for misappropriation, explain reinstatement',
    startEvent: 'policy.lapsed', completionEvent: 'callback.completed', ...wd(15), ...warnWd(3), escalateToRole: 'supervisor', confirm: false },
  { id: 'policy.reinstatement_window', module: 'premiums', nameZh: '复效期', nameEn: 'Reinstatement window', specId: 'R-RN-5', lawRef: '保险法第三十七条',
    basisZh: '效力中止后 2 年内双方未达成协议的，保险人有权解除合同', basisEn: 'Without agreement within 2 years of suspension the insurer may terminate',
    startEvent: 'policy.lapsed', completionEvent: 'policy.reinstated', duration: 2, unit: 'years', rollToWorkingDay: true, cutoffTime: null, ...warnCd(60), escalateToRole: null, confirm: false },
  { id: 'policy.orphan_notice', module: 'policies', nameZh: '孤儿保单告知', nameEn: 'Tell clients of a departed agent', specId: 'R-RN-6', lawRef: '保险销售行为管理办法第三十六条',
    basisZh: '业务员离职后 30 日内告知一年期以上保单的客户：离职事实、保单状态、服务方式', basisEn: 'Within 30 days, clients of policies over 1 year are told: the fact, the status, how to get service',
    startEvent: 'agent.left', completionEvent: 'client.notified', ...cd(30), ...warnCd(7), escalateToRole: 'supervisor', confirm: false },
  { id: 'renewal.reminder_30', module: 'premiums', nameZh: '续保提醒（30 日）', nameEn: 'Renewal reminder (30 days)', specId: 'R-RN-7', lawRef: null,
    basisZh: '非寿险到期前 30 日提醒续保', basisEn: 'Non-life renewal reminder 30 days before expiry',
    startEvent: 'policy.expiry', completionEvent: 'renewal.reminded', ...cd(-30, false), ...warnCd(3), escalateToRole: null, confirm: false },
  { id: 'renewal.reminder_7', module: 'premiums', nameZh: '续保提醒（7 日）', nameEn: 'Renewal reminder (7 days)', specId: 'R-RN-7', lawRef: null,
    basisZh: '非寿险到期前 7 日再次提醒续保', basisEn: 'Non-life renewal reminder 7 days before expiry',
    startEvent: 'policy.expiry', completionEvent: 'renewal.reminded', ...cd(-7, false), ...warnCd(1), escalateToRole: 'supervisor', confirm: false },
  // 5. Servicing
  { id: 'servicing.change', module: 'servicing', nameZh: '保全变更办理', nameEn: 'Complete a servicing change', specId: 'R-SV-1', lawRef: null,
    basisZh: '非临柜的保全变更，受理后 3 个工作日内办结', basisEn: 'A change not done on the spot is done within 3 working days',
    startEvent: 'servicing.received', completionEvent: 'servicing.completed', ...wd(3), ...warnWd(1), escalateToRole: 'supervisor', confirm: false },
  { id: 'servicing.change_walk_in', module: 'servicing', nameZh: '临柜保全当场办结', nameEn: 'Finish a walk-in change on the spot', specId: 'R-SV-1', lawRef: null,
    basisZh: '客户本人临柜申请的保全变更当场办结（受理当日）', basisEn: 'A change the client asks for in person at the counter is done on the spot (the day it is received)',
    startEvent: 'servicing.received_walk_in', completionEvent: 'servicing.completed', ...wd(0), ...warnWd(0), escalateToRole: 'supervisor', confirm: false },
  { id: 'servicing.rider_after_medical', module: 'servicing', nameZh: '附加险（体检后）', nameEn: 'Add a rider after the medical result', specId: 'R-SV-2', lawRef: null,
    basisZh: '需体检或保全核保的附加险，结果出具后 1 个工作日内办结', basisEn: 'Done within 1 working day of the medical or underwriting result',
    startEvent: 'servicing.medical_result', completionEvent: 'servicing.completed', ...wd(1), ...warnWd(0), escalateToRole: 'supervisor', confirm: false },
  { id: 'surrender.refund', module: 'servicing', nameZh: '退保退费', nameEn: 'Pay the surrender refund', specId: 'R-SV-3', lawRef: '保险法第四十七条',
    basisZh: '自收到解除合同通知之日起 30 日内退还保单现金价值', basisEn: 'Cash value refunded within 30 days of the notice',
    startEvent: 'surrender.requested', completionEvent: 'surrender.paid', ...cd(30), ...warnCd(5), escalateToRole: 'supervisor', confirm: false },
  { id: 'reinstatement.agreed', module: 'servicing', nameZh: '复效办理', nameEn: 'Reinstate after agreement', specId: 'R-SV-5', lawRef: null,
    basisZh: '达成复效协议后 2 个工作日内办结', basisEn: 'Done within 2 working days of agreement',
    startEvent: 'reinstatement.agreed', completionEvent: 'policy.reinstated', ...wd(2), ...warnWd(1), escalateToRole: 'supervisor', confirm: false },
  { id: 'reinstatement.referred', module: 'servicing', nameZh: '复效（上报核保）', nameEn: 'Reinstate after referral', specId: 'R-SV-5', lawRef: null,
    basisZh: '上报上级核保的，7 个工作日内办结', basisEn: 'Within 7 working days when referred to a higher-level underwriter',
    startEvent: 'reinstatement.referred', completionEvent: 'policy.reinstated', ...wd(7), ...warnWd(2), escalateToRole: 'supervisor', confirm: false },
  { id: 'reinstatement.after_medical', module: 'servicing', nameZh: '复效（体检后）', nameEn: 'Reinstate after the medical result', specId: 'R-SV-5', lawRef: null,
    basisZh: '体检结果出具后 1 个工作日内办结', basisEn: 'Within 1 working day after the medical result',
    startEvent: 'reinstatement.medical_result', completionEvent: 'policy.reinstated', ...wd(1), ...warnWd(0), escalateToRole: 'supervisor', confirm: false },
  // 6. Claims
  { id: 'claim.report', module: 'claims', nameZh: '出险报案', nameEn: 'Report the loss', specId: 'R-CM-1', lawRef: null,
    basisZh: '知道保险事故发生后 5 日内报案', basisEn: 'Report within 5 days of learning of the event',
    startEvent: 'claim.event_known', completionEvent: 'claim.reported', ...cd(5), ...warnCd(2), escalateToRole: null, confirm: false },
  { id: 'claim.investigation_start', module: 'claims', nameZh: '当日开始调查', nameEn: 'Start the investigation the same day', specId: 'R-CM-3', lawRef: null,
    basisZh: '意外身故、情况不明或金额 1 万元以上的案件当日开始调查', basisEn: 'Accidental death, unclear circumstances or ≥ 10,000 CNY: investigation starts the same day',
    startEvent: 'claim.registered', completionEvent: 'claim.investigation_started', ...wd(0), ...warnWd(0), escalateToRole: 'supervisor', confirm: false },
  { id: 'claim.computation', module: 'claims', nameZh: '理算复核', nameEn: 'Compute and double-check the claim', specId: 'R-CM-4', lawRef: null,
    basisZh: '决定依据齐全后 10 个工作日内完成理算与复核并发出领款通知', basisEn: 'Computed and double-checked within 10 working days of the decision basis being complete',
    startEvent: 'claim.basis_complete', completionEvent: 'claim.payment_notice_issued', ...wd(10), ...warnWd(2), escalateToRole: 'supervisor', confirm: false },
  { id: 'claim.escalation', module: 'claims', nameZh: '超权限案件上报', nameEn: 'Escalate a case over authority', specId: 'R-CM-4', lawRef: null,
    basisZh: '超出处理权限的案件当日上报', basisEn: 'Cases over the handler’s authority are escalated the same day',
    startEvent: 'claim.over_authority', completionEvent: 'claim.escalated', ...wd(0), ...warnWd(0), escalateToRole: 'supervisor', confirm: false },
  { id: 'claim.beneficiary_informed', module: 'claims', nameZh: '告知受益人结果', nameEn: 'Tell the beneficiary the outcome', specId: 'R-CM-4', lawRef: null,
    basisZh: '立案后 60 个工作日内告知受益人处理结果', basisEn: 'The beneficiary is told within 60 working days of registration',
    startEvent: 'claim.registered', completionEvent: 'claim.beneficiary_informed', ...wd(60), ...warnWd(10), escalateToRole: 'supervisor', confirm: false },
  { id: 'claim.decision', module: 'claims', nameZh: '核定（复杂案件）', nameEn: 'Decide a complex claim', specId: 'R-CM-4', lawRef: '保险法第二十三条',
    basisZh: '收到赔偿请求后及时核定，情形复杂的 30 日内作出核定', basisEn: 'Decide promptly; complex cases within 30 days of receiving the claim',
    startEvent: 'claim.documents_complete', completionEvent: 'claim.decided', ...cd(30), ...warnCd(7), escalateToRole: 'supervisor', confirm: false },
  { id: 'claim.payment', module: 'claims', nameZh: '赔款支付', nameEn: 'Pay the agreed amount', specId: 'R-CM-4', lawRef: '保险法第二十三条',
    basisZh: '达成赔偿协议后 10 日内履行赔偿义务', basisEn: 'Pay within 10 days of agreeing the amount',
    startEvent: 'claim.amount_agreed', completionEvent: 'claim.paid', ...cd(10), ...warnCd(3), escalateToRole: 'supervisor', confirm: false },
  { id: 'claim.denial_notice', module: 'claims', nameZh: '拒赔通知', nameEn: 'Send the denial notice', specId: 'R-CM-4', lawRef: '保险法第二十四条',
    basisZh: '作出不属于保险责任的核定后 3 日内发出拒赔通知书并说明理由', basisEn: 'Denial notice with reasons within 3 days of the decision',
    startEvent: 'claim.denied', completionEvent: 'claim.denial_notice_sent', ...cd(3), ...warnCd(1), escalateToRole: 'supervisor', confirm: false },
  { id: 'claim.advance_payment', module: 'claims', nameZh: '先予支付', nameEn: 'Pay the determinable part in advance', specId: 'R-CM-4', lawRef: '保险法第二十五条',
    basisZh: '收到请求和证明资料之日起 60 日内不能确定赔偿数额的，先予支付可以确定的最低数额', basisEn: 'If the amount is not fixed within 60 days, pay the determinable minimum in advance',
    startEvent: 'claim.documents_complete', completionEvent: 'claim.amount_fixed', ...cd(60), ...warnCd(10), escalateToRole: 'supervisor', confirm: false },
  { id: 'claim.survey_contact_urban', module: 'claims', nameZh: '查勘时效回访（市区）', nameEn: 'Survey timeliness callback (urban)', specId: 'R-CB-7', lawRef: null,
    basisZh: '车险报案后 30 分钟（市区）回访客户，确认查勘员已联系', basisEn: 'The client is called 30 minutes after the report (urban) to check the surveyor made contact',
    startEvent: 'claim.reported', completionEvent: 'callback.completed', duration: 30, unit: 'minutes', rollToWorkingDay: false, cutoffTime: null, warnBefore: 10, warnUnit: 'minutes', escalateToRole: 'supervisor', confirm: false },
  { id: 'claim.survey_contact_county', module: 'claims', nameZh: '查勘时效回访（县域）', nameEn: 'Survey timeliness callback (county)', specId: 'R-CB-7', lawRef: null,
    basisZh: '车险报案后 60 分钟（县域）回访客户', basisEn: 'Called 60 minutes after the report (county)',
    startEvent: 'claim.reported', completionEvent: 'callback.completed', duration: 60, unit: 'minutes', rollToWorkingDay: false, cutoffTime: null, warnBefore: 15, warnUnit: 'minutes', escalateToRole: 'supervisor', confirm: false },
  { id: 'claim.limitation_non_life', module: 'claims', nameZh: '诉讼时效（非寿险）', nameEn: 'Limitation period (non-life)', specId: null, lawRef: '保险法第二十六条',
    basisZh: '人寿保险以外的保险金请求权，自知道保险事故发生之日起 2 年', basisEn: '2 years from knowledge of the event for non-life (incl. health, accident)',
    startEvent: 'claim.event_known', completionEvent: 'claim.reported', duration: 2, unit: 'years', rollToWorkingDay: true, cutoffTime: null, ...warnCd(60), escalateToRole: null, confirm: false },
  { id: 'claim.limitation_life', module: 'claims', nameZh: '诉讼时效（寿险）', nameEn: 'Limitation period (life)', specId: null, lawRef: '保险法第二十六条',
    basisZh: '人寿保险的保险金请求权，自知道保险事故发生之日起 5 年', basisEn: '5 years from knowledge of the event for life insurance',
    startEvent: 'claim.event_known', completionEvent: 'claim.reported', duration: 5, unit: 'years', rollToWorkingDay: true, cutoffTime: null, ...warnCd(90), escalateToRole: null, confirm: false },
  { id: 'underwriting.rescission_right', module: 'underwriting', nameZh: '合同解除权', nameEn: 'Rescission right for non-disclosure', specId: null, lawRef: '保险法第十六条',
    basisZh: '保险人知道解除事由之日起超过 30 日不行使而消灭', basisEn: 'Lapses 30 days after the insurer learns of the ground',
    startEvent: 'underwriting.nondisclosure_known', completionEvent: 'underwriting.rescinded', ...cd(30), ...warnCd(7), escalateToRole: 'supervisor', confirm: false },
  // 7. Callbacks
  { id: 'callback.new_business', module: 'callbacks', nameZh: '新契约回访', nameEn: 'New-business callback', specId: 'R-CB-1', lawRef: '人身保险业务相关规定',
    basisZh: '一年期以上个人新单在犹豫期内完成回访', basisEn: 'Personal policies over 1 year: called within the hesitation period',
    startEvent: 'policy.receipt_signed', completionEvent: 'callback.completed', ...cd(15), ...warnCd(5), escalateToRole: 'supervisor', confirm: true },
  { id: 'callback.new_business_latest', module: 'callbacks', nameZh: '新契约回访（最迟）', nameEn: 'New-business callback (latest)', specId: 'R-CB-1', lawRef: null,
    basisZh: '最迟不超过承保后 1 个月', basisEn: 'At the latest 1 month after underwriting',
    startEvent: 'underwriting.decided', completionEvent: 'callback.completed', duration: 1, unit: 'months', rollToWorkingDay: true, cutoffTime: null, ...warnCd(7), escalateToRole: 'supervisor', confirm: false },
  { id: 'callback.motor_claim', module: 'callbacks', nameZh: '车险理赔回访', nameEn: 'Motor claim callback', specId: 'R-CB-5', lawRef: null,
    basisZh: '已决赔案支付后 15 日内回访，第 10 日起开展', basisEn: 'All paid motor claims within 15 days of payment, work starting on day 10',
    startEvent: 'claim.paid', completionEvent: 'callback.completed', ...cd(15), ...warnCd(5), escalateToRole: 'supervisor', confirm: false },
  { id: 'callback.first_claim', module: 'callbacks', nameZh: '首次理赔回访', nameEn: 'First claim callback', specId: 'R-CB-5', lawRef: null,
    basisZh: '结案后 1 周内进行首次理赔回访', basisEn: 'First claim callback within 1 week of settlement',
    startEvent: 'claim.closed', completionEvent: 'callback.completed', ...cd(7), ...warnCd(2), escalateToRole: 'supervisor', confirm: false },
  { id: 'callback.loss_assessment_quality', module: 'callbacks', nameZh: '定损质量回访', nameEn: 'Loss-assessment quality callbacks', specId: 'R-CB-6', lawRef: null,
    basisZh: '每月每名定损员 2 件成功回访，当月完成', basisEn: 'Each month, 2 successful callbacks per loss assessor, done within the month',
    startEvent: 'month.started', completionEvent: 'callback.sample_done', duration: 31, unit: 'day_of_month', rollToWorkingDay: false, cutoffTime: null, ...warnWd(5), escalateToRole: 'supervisor', confirm: false },
  { id: 'callback.after_sales_first', module: 'callbacks', nameZh: '售后跟踪首次回访', nameEn: 'After-sales first call', specId: 'R-CB-8', lawRef: null,
    basisZh: '服务后 3 日至 1 周内首次回访', basisEn: 'First call 3 days to 1 week after the service',
    startEvent: 'service.visited', completionEvent: 'callback.completed', ...cd(7), ...warnCd(4), escalateToRole: null, confirm: false },
  { id: 'callback.after_sales_second', module: 'callbacks', nameZh: '售后跟踪二次回访', nameEn: 'After-sales second call', specId: 'R-CB-8', lawRef: null,
    basisZh: '首次回访后 7 日内进行第二次回访（话题不同）', basisEn: 'Second call within the following 7 days, on a different topic',
    startEvent: 'callback.first_done', completionEvent: 'callback.completed', ...cd(7), ...warnCd(2), escalateToRole: null, confirm: false },
  { id: 'callback.event_letter', module: 'callbacks', nameZh: '活动通知信函', nameEn: 'Event notice letter', specId: 'R-CB-8', lawRef: null,
    basisZh: '电话通知后 2 日内寄出信函', basisEn: 'A letter within 2 days of the phone notice',
    startEvent: 'event.phoned', completionEvent: 'letter.sent', ...cd(2), ...warnCd(1), escalateToRole: null, confirm: false },
  { id: 'callback.problem_case', module: 'callbacks', nameZh: '问题件处理', nameEn: 'Resolve a problem case', specId: 'R-CB-13', lawRef: null,
    basisZh: '回访发现的问题件转市级机构处理，限期解决并再次回访', basisEn: 'Problem cases go to the city branch with a due date, resolution and a re-callback',
    startEvent: 'problem_case.opened', completionEvent: 'problem_case.resolved', ...wd(10), ...warnWd(3), escalateToRole: 'supervisor', confirm: true },
  // 8. Inquiries, appointments, complaints
  { id: 'inquiry.answer', module: 'service', nameZh: '咨询答复', nameEn: 'Answer an inquiry', specId: 'R-SR-2', lawRef: null,
    basisZh: '不能当即答复的咨询，3 个工作日内答复', basisEn: 'A question not answerable at once is answered within 3 working days',
    startEvent: 'inquiry.received', completionEvent: 'inquiry.answered', ...wd(3), ...warnWd(1), escalateToRole: 'supervisor', confirm: false },
  { id: 'appointment.notify', module: 'service', nameZh: '预约转达', nameEn: 'Pass on an appointment', specId: 'R-SR-3', lawRef: null,
    basisZh: '预约当日通知相关部门', basisEn: 'The department is told the same day',
    startEvent: 'appointment.made', completionEvent: 'appointment.notified', ...wd(0), ...warnWd(0), escalateToRole: 'supervisor', confirm: false },
  { id: 'complaint.decision', module: 'service', nameZh: '投诉处理', nameEn: 'Decide a complaint', specId: 'R-SR-4', lawRef: '银行保险机构投诉处理管理办法',
    basisZh: '收到投诉之日起 15 日内作出处理决定并告知投诉人；情况复杂的可延长至 30 日', basisEn: 'Decide and tell the complainant within 15 days of receipt; complex cases up to 30 days',
    startEvent: 'complaint.received', completionEvent: 'complaint.decided', ...cd(15), ...warnCd(3), escalateToRole: 'supervisor', confirm: true },
  { id: 'complaint.decision_extended', module: 'service', nameZh: '投诉处理（复杂延期）', nameEn: 'Decide a complex complaint', specId: 'R-SR-4', lawRef: '银行保险机构投诉处理管理办法',
    basisZh: '情况复杂的投诉 30 日内；经批准并告知投诉人可再延长 30 日（最长 60 日）', basisEn: 'Complex cases within 30 days; with approval and notice a further 30 (max 60)',
    startEvent: 'complaint.received', completionEvent: 'complaint.decided', ...cd(30), ...warnCd(5), escalateToRole: 'supervisor', confirm: true },
  { id: 'complaint.regulator_forward', module: 'service', nameZh: '监管转办投诉', nameEn: 'Complaint forwarded by the regulator', specId: 'R-SR-4', lawRef: '银行保险机构投诉处理管理办法',
    basisZh: '监管转送的投诉在规定时限内答复（转送在 3 个工作日内完成）', basisEn: 'Complaints forwarded by the regulator are answered within their deadline (forwarded within 3 working days)',
    startEvent: 'complaint.forwarded', completionEvent: 'complaint.answered', ...wd(3), ...warnWd(1), escalateToRole: 'supervisor', confirm: true },
  { id: 'complaint.satisfaction_callback', module: 'service', nameZh: '投诉满意度回访', nameEn: 'Complaint satisfaction callback', specId: 'R-SR-5', lawRef: null,
    basisZh: '投诉办结后进行满意度回访', basisEn: 'A satisfaction callback after a complaint closes',
    startEvent: 'complaint.closed', completionEvent: 'callback.completed', ...wd(5), ...warnWd(1), escalateToRole: 'supervisor', confirm: true },
  // 10. Records
  { id: 'records.callback_retention', module: 'callbacks', nameZh: '回访记录保存期（长期险）', nameEn: 'Callback record retention (term > 1 year)', specId: 'R-CB-11', lawRef: '可回溯管理规定',
    basisZh: '一年期以上合同：合同终止后至少保存 10 年', basisEn: 'Terms over 1 year: kept at least 10 years after the contract ends',
    startEvent: 'policy.terminated', completionEvent: 'records.purged', duration: 10, unit: 'years', rollToWorkingDay: false, cutoffTime: null, ...warnCd(30), escalateToRole: null, confirm: true },
  { id: 'records.callback_retention_short', module: 'callbacks', nameZh: '回访记录保存期（短期险）', nameEn: 'Callback record retention (term ≤ 1 year)', specId: 'R-CB-11', lawRef: '可回溯管理规定',
    basisZh: '一年期及以下合同：合同终止后至少保存 5 年', basisEn: 'Terms up to 1 year: kept at least 5 years after the contract ends',
    startEvent: 'policy.terminated', completionEvent: 'records.purged', duration: 5, unit: 'years', rollToWorkingDay: false, cutoffTime: null, ...warnCd(30), escalateToRole: null, confirm: true },
];
