import type { MessageTable } from '../../platform/http/messages.js';

// What the policy registry (保单登记) tells a clerk, in zh-CN and English.
export const POLICY_FIELD_MESSAGES = {
  invalidPolicyNumber: { 'zh-CN': '保单号格式不正确（4-40 位字母、数字、- 或 /）', en: 'a policy number has 4-40 letters, digits, - or /' },
  duplicatePolicyNumber: { 'zh-CN': '该保险公司的此保单号已登记（内部编号 {internalNo}）', en: 'this insurer\'s policy number is already registered (internal no. {internalNo})' },
  duplicatePolicyNumberElsewhere: {
    'zh-CN': '该保险公司的此保单号已在其他机构登记，请联系上级机构核实',
    en: 'this insurer\'s policy number is already registered in another unit; ask the unit above you to check',
  },
  invalidAmount: { 'zh-CN': '金额格式不正确（最多两位小数）', en: 'must be an amount with at most two decimals' },
  mustBePositive: { 'zh-CN': '必须大于 0', en: 'must be more than 0' },
  singlePremiumYears: { 'zh-CN': '趸交的缴费年期只能为 1 年或不填', en: 'a single premium is paid once: leave the payment years empty or 1' },
  invalidBankAccount: { 'zh-CN': '银行账号应为 12-30 位数字', en: 'a bank account number has 12-30 digits' },
  dateInFuture: { 'zh-CN': '日期不能晚于今天', en: 'the date cannot be after today' },
  dateBefore: { 'zh-CN': '不能早于{other}', en: 'cannot be before {other}' },
  dateNotAfter: { 'zh-CN': '必须晚于{other}', en: 'must be after {other}' },
  shortTermNeedsEnd: { 'zh-CN': '短期险须填写满期日期', en: 'a short-term policy needs an end date' },
  shortTermTooLong: { 'zh-CN': '短期险保险期间不超过一年', en: 'a short-term policy covers at most one year' },
  longTermTooShort: { 'zh-CN': '长期险保险期间应超过一年（终身请不填满期日期）', en: 'a long-term policy covers more than one year (leave the end date empty for whole of life)' },
  listedTwice: { 'zh-CN': '同一人重复列出', en: 'the same person is listed twice' },
  // 被保险人与投保人关系: never assumed to be 本人
  insuredRelationRequired: {
    'zh-CN': '被保险人不是投保人本人，客户档案中也没有二人的家庭关系：请选择与投保人关系',
    en: 'the insured is not the policyholder and the archive has no household link between them: choose the relation to the policyholder',
  },
  relationSelfNotPolicyholder: { 'zh-CN': '“本人”只用于投保人本人作为被保险人', en: '"self" is only for the policyholder insuring themselves' },
  relationMustBeSelf: { 'zh-CN': '该被保险人即投保人，关系应为“本人”', en: 'this insured is the policyholder: the relation is "self"' },
  legalHasNoBeneficiaries: { 'zh-CN': '受益人为法定时不列明受益人', en: 'with legal heirs as beneficiaries no one is named' },
  beneficiariesPersonalLinesOnly: { 'zh-CN': '只有人身保险（寿险、健康险、意外险）指定受益人', en: 'only life, health and accident policies name beneficiaries' },
  invalidShare: { 'zh-CN': '受益份额应在 0.01%-100% 之间', en: 'a share must be between 0.01 % and 100 %' },
  sharesNot100: { 'zh-CN': '第 {rank} 顺位受益份额合计为 {total}%，应为 100%', en: 'the shares of rank {rank} total {total} %; they must total 100 %' },
  productNotFound: { 'zh-CN': '该保险公司没有此产品，或产品已停用', en: 'no such active product of this insurer' },
  insurerNotActive: { 'zh-CN': '保险公司不存在或已停用', en: 'no such active insurer' },
  holdNoticeRequired: { 'zh-CN': '初审未通过：请记录已如何通知客户提供证明材料', en: 'the review failed: record how the client was asked for proof' },
  noticeRequired: { 'zh-CN': '核对有差异：请记录已如何与客户沟通', en: 'differences were found: record how they were raised with the client' },
  clientSaysRequired: { 'zh-CN': '不一致时请填写客户提供的内容', en: 'say what the client\'s papers show' },
  verifyFieldsMissing: { 'zh-CN': '以下项目尚未核对：{fields}', en: 'not yet compared: {fields}' },
  openDifferences: { 'zh-CN': '尚有 {count} 项差异未处理，处理后再核对', en: '{count} difference(s) still open; resolve them before verifying' },
  notReviewed: { 'zh-CN': '初审通过后才能核对', en: 'the initial review must pass before verification' },
  transitionNotAllowed: { 'zh-CN': '状态操作不能将保单改为“{to}”（只能失效、复效或终止）', en: 'the status action cannot make a policy {to} (only lapse, reinstate or terminate)' },
  wrongPolicyState: { 'zh-CN': '保单当前为“{state}”，不能进行此操作', en: 'not possible while the policy is {state}' },
  lifecycleMoveNotAllowed: { 'zh-CN': '当前状态为“{state}”，不能进行此操作；当前可进行：{allowed}', en: 'not possible while it is {state}; possible now: {allowed}' },
  differenceResolved: { 'zh-CN': '该差异已处理', en: 'this difference is already resolved' },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleFieldReasons extends Record<keyof typeof POLICY_FIELD_MESSAGES, true> {}
}
