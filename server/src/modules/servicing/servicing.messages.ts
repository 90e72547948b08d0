import type { MessageTable } from '../../platform/http/messages.js';

// What servicing (保全) tells a clerk, in zh-CN and English.
export const SERVICING_FIELD_MESSAGES = {
  documentsMissing: { 'zh-CN': '尚缺必需材料：{documents}', en: 'required documents missing: {documents}' },
  outsideHesitation: {
    'zh-CN': '犹豫期为 {from} 至 {to}，今天已不在犹豫期内：请按退保办理',
    en: 'the hesitation period ran from {from} to {to} and is over: handle it as a surrender',
  },
  noHesitationPeriod: { 'zh-CN': '该产品未登记犹豫期天数，无法计算犹豫期：请按退保办理或先补充产品资料', en: 'the product has no hesitation period on record: handle it as a surrender, or complete the product first' },
  receiptDateRequired: { 'zh-CN': '请填写投保人签收保单回执的日期（犹豫期自该日起算）', en: 'enter the date the policyholder signed the policy receipt (the hesitation period runs from it)' },
  reinstatementWindowOver: {
    'zh-CN': '合同效力中止已超过两年（{since} 起），不能复效（保险法第三十七条）',
    en: 'the contract has been suspended for more than two years (since {since}): it can no longer be reinstated (Insurance Law Art. 37)',
  },
  notLapsed: { 'zh-CN': '只有效力中止（失效）的保单可以申请复效', en: 'only a lapsed (suspended) policy can be reinstated' },
  policyEnded: { 'zh-CN': '保单已终止或满期，不能办理此项保全', en: 'the policy has ended: this request is not possible' },
  agentPayee: {
    'zh-CN': '退费不得以业务员为收款人：只能付给投保人本人（《保险销售行为管理办法》第二十九、三十二条）',
    en: 'a refund may never be paid to the agent: only to the policyholder (Insurance Sales Conduct Rules Art. 29, 32)',
  },
  agentSignature: {
    'zh-CN': '业务员不得代客户签字：申请须由客户本人签署（《保险销售行为管理办法》第二十九条）',
    en: 'the agent may never sign for the client: the client signs the request in person (Insurance Sales Conduct Rules Art. 29)',
  },
  payeeRequired: { 'zh-CN': '请确认收款人为投保人本人', en: 'confirm that the policyholder is the payee' },
  explanationIncomplete: {
    'zh-CN': '退保说明未完成：须向客户说明手续费扣除、退还保费与现金价值的区别、以及不退费的情形（R-SV-3）',
    en: 'the surrender explanation is incomplete: explain the fee deduction, premium refund versus cash value, and when nothing is refunded (R-SV-3)',
  },
  refundFiguresRequired: { 'zh-CN': '请填写保险公司给出的现金价值、手续费和退费金额', en: "enter the insurer's cash value, fees and refund" },
  hesitationFeeTooHigh: { 'zh-CN': '犹豫期撤单只能扣除不超过 {max} 元的工本费', en: 'a cancellation in the hesitation period keeps back at most {max} CNY' },
  approvalRequired: {
    'zh-CN': '此类保全须由主管审批办结：请提交主管办结',
    en: 'this kind of request is completed by a supervisor (approval): pass it to your supervisor',
  },
  suicideExclusionNotExplained: {
    'zh-CN': '请先向客户说明：复效后两年内被保险人自杀的，保险公司不承担给付责任（保险法第四十四条），并勾选已说明',
    en: 'first explain to the client that the two-year suicide exclusion runs again from the reinstatement (Insurance Law Art. 44), then tick it',
  },
  insurerAnswerPending: {
    'zh-CN': '保险公司尚未答复复效申请：请先登记其同意、上报核保或体检结果；自申请起 30 日内未答复的，视为同意（{date} 起可办结）',
    en: "the insurer has not answered the reinstatement yet: record its agreement, the referral or the medical result first; 30 days of silence since the application count as agreement (from {date})",
  },
  changeNotForType: { 'zh-CN': '此类保全不变更该项', en: 'this kind of request does not change this' },
  birthDateOrGender: { 'zh-CN': '请填写更正后的出生日期或性别', en: 'enter the corrected birth date or gender' },
  reasonRequired: { 'zh-CN': '请填写原因', en: 'give the reason' },
  applicantNotPolicyholder: { 'zh-CN': '补发保单须由投保人本人申请', en: 'a reissue is requested by the policyholder in person' },
  identityNotChecked: { 'zh-CN': '请先核对申请人身份证件，确认为投保人本人', en: "check the applicant's identity document first: it must be the policyholder" },
  identityMethodRequired: { 'zh-CN': '请选择身份核实方式', en: 'choose how the identity was checked' },
  reissueReasonRequired: { 'zh-CN': '请选择补发原因', en: 'choose why the policy is reissued' },
  requestOfTypeOpen: { 'zh-CN': '该保单已有进行中的同类申请（{requestNo}），请在原申请上办理', en: 'a request of this kind is already open for this policy ({requestNo}): continue that one' },
  notSubmittedToInsurer: { 'zh-CN': '请先登记已递交保险公司，收到补发保单后再办结', en: 'record the submission to the insurer first; complete it once the reissued policy is in' },
  alreadySubmitted: { 'zh-CN': '已递交保险公司，无需重复登记', en: 'already submitted to the insurer' },
  stepNotForType: { 'zh-CN': '此类保全没有这一步骤', en: 'this kind of request has no such step' },
  applicantNotFound: { 'zh-CN': '申请人不在您的客户范围内', en: 'no such client in your scope' },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleFieldReasons extends Record<keyof typeof SERVICING_FIELD_MESSAGES, true> {}
}
