import type { MessageTable } from '../../platform/http/messages.js';

// What the notices pieces (通知书) tell a clerk, in zh-CN and English.
export const NOTICE_FIELD_MESSAGES = {
  noticeTemplateUnknown: { 'zh-CN': '没有此通知书模板', en: 'no such notice template' },
  noticeTemplateNotApplicable: { 'zh-CN': '此通知书不适用于该业务记录', en: 'this notice does not apply to the record' },
  batchRecordNotFound: { 'zh-CN': '记录不存在或不在您的权限范围内', en: 'no such record in your scope' },
} as const satisfies MessageTable;

export const NOTICE_ERROR_MESSAGES = {
  NOTICE_RENDER_FAILED: {
    'zh-CN': '通知书（{template}）生成失败，本次操作已全部撤销：请联系管理员检查模板（请求编号 {requestId}）',
    en: 'The notice ({template}) could not be produced and nothing was changed: ask the administrator to check the template (request {requestId})',
  },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleFieldReasons extends Record<keyof typeof NOTICE_FIELD_MESSAGES, true> {}
  interface ModuleErrorCodes extends Record<keyof typeof NOTICE_ERROR_MESSAGES, true> {}
}
