import type { MessageTable } from '../../platform/http/messages.js';

// What the client archive (客户档案) tells a clerk, in zh-CN and English.
export const CLIENT_FIELD_MESSAGES = {
  invalidResidentId: { 'zh-CN': '身份证号码不正确（校验位或出生日期有误）', en: 'not a valid resident ID number (check character or birth date)' },
  invalidPassport: { 'zh-CN': '护照号码格式不正确（5-17 位字母或数字）', en: 'a passport number has 5-17 letters or digits' },
  invalidCreditCode: { 'zh-CN': '统一社会信用代码不正确（18 位，校验位有误）', en: 'not a valid unified social credit code (18 characters with a check character)' },
  invalidDate: { 'zh-CN': '日期不正确（YYYY-MM-DD）', en: 'must be a real date (YYYY-MM-DD)' },
  birthDateInFuture: { 'zh-CN': '出生日期不能晚于今天', en: 'the birth date cannot be after today' },
  birthDateMismatch: { 'zh-CN': '出生日期与身份证号码不一致（应为 {expected}）', en: 'does not match the resident ID number (should be {expected})' },
  genderMismatch: { 'zh-CN': '性别与身份证号码不一致（应为{expected}）', en: 'does not match the resident ID number (should be {expected})' },
  notForOrganisation: { 'zh-CN': '单位客户不填写此项', en: 'does not apply to an organisation' },
  notForPerson: { 'zh-CN': '个人客户不填写此项', en: 'does not apply to a person' },
  firstContactInFuture: { 'zh-CN': '首次接触时间不能晚于现在', en: 'the first contact cannot be in the future' },
  duplicateIdNumber: { 'zh-CN': '该证件号码已有客户档案（编号 {id}）', en: 'a client with this ID number already exists (no. {id})' },
  possibleDuplicate: {
    'zh-CN': '已有同名同手机号的客户（编号 {ids}）；确认不是同一人后再提交',
    en: 'a client with the same name and mobile exists (no. {ids}); confirm this is a different person to continue',
  },
  clientNotFound: { 'zh-CN': '客户不存在或不在您的管辖范围内', en: 'no such client within your access' },
  clientMerged: { 'zh-CN': '该客户档案已合并到编号 {id}，请使用合并后的档案', en: 'this client was merged into no. {id}; use that archive' },
  agentNotFound: { 'zh-CN': '业务员不存在或不在您的管辖范围内', en: 'no such agent within your access' },
  cannotMergeSelf: { 'zh-CN': '不能合并到自身', en: 'a client cannot be merged into itself' },
  mergeKindMismatch: { 'zh-CN': '个人客户与单位客户不能合并', en: 'a person and an organisation cannot be merged' },
  cannotLinkSelf: { 'zh-CN': '不能与自身建立关系', en: 'a client cannot be linked to itself' },
  linkExists: { 'zh-CN': '该关系已存在', en: 'this link already exists' },
} as const satisfies MessageTable;

// Why a personal field stays masked (R-CL-6, issue 11 item 7): the web shows the same reasons beside the masked value.
export const CLIENT_ERROR_MESSAGES = {
  REVEAL_MOBILE_NOT_ALLOWED: {
    'zh-CN': '只有客户的业务员或本营业部内勤可以查看手机号',
    en: "Only the client's agent or the office's clerks may see the mobile",
  },
  REVEAL_ADDRESS_NOT_ALLOWED: {
    'zh-CN': '只有客户的业务员或本营业部内勤可以查看联系地址',
    en: "Only the client's agent or the office's clerks may see the address",
  },
  REVEAL_ID_NUMBER_NOT_ALLOWED: {
    'zh-CN': '查看证件号码需要“查看个人信息明文”权限',
    en: 'Seeing the ID number needs the "reveal personal data" permission',
  },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleFieldReasons extends Record<keyof typeof CLIENT_FIELD_MESSAGES, true> {}
  interface ModuleErrorCodes extends Record<keyof typeof CLIENT_ERROR_MESSAGES, true> {}
}
