import type { MessageTable } from '../../platform/http/messages.js';

// What the notices pieces (通知书) tell a clerk, in zh-CN and English.
export const NOTICE_FIELD_MESSAGES = {
  noticeTemplateUnknown: { 'zh-CN': '没有此通知书模板', en: 'no such notice template' },
  noticeTemplateNotApplicable: { 'zh-CN': '此通知书不适用于该业务记录', en: 'this notice does not apply to the record' },
  batchRecordNotFound: { 'zh-CN': '记录不存在或不在您的权限范围内', en: 'no such record in your scope' },
} as const satisfies MessageTable;

export const NOTICE_ERROR_MESSAGES = {
  NOTICE_TEMPLATE_NOT_FOUND: { 'zh-CN': '没有此通知书模板或版本', en: 'No such notice template or version' },
  NOTICE_SAMPLE_NO_RECORD: {
    'zh-CN': '您的权限范围内没有适用此通知书模板的业务记录，无法生成样张：样张取您可查看、且适用此模板的最新一条记录',
    en: 'No record in your scope fits this notice template, so no sample can be made: a sample uses the newest record you may read that the template applies to',
  },
  NOTICE_RENDER_FAILED: {
    'zh-CN': '通知书（{template}）生成失败，本次操作已全部撤销：请联系管理员检查模板（请求编号 {requestId}）',
    en: 'The notice ({template}) could not be produced and nothing was changed: ask the administrator to check the template (request {requestId})',
  },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleFieldReasons extends Record<keyof typeof NOTICE_FIELD_MESSAGES, true> {}
  interface ModuleErrorCodes extends Record<keyof typeof NOTICE_ERROR_MESSAGES, true> {}
}
