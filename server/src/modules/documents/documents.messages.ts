import type { MessageTable } from '../../platform/http/messages.js';

// What the documents pieces (资料) tell a clerk, in zh-CN and English.
export const DOCUMENT_FIELD_MESSAGES = {
  documentTypeUnknown: { 'zh-CN': '没有此资料类型，或已停用', en: 'no such active document type' },
  fileTypeRefused: {
    'zh-CN': '文件内容不是允许的格式（PDF、JPEG、PNG、HEIC、Word、Excel）：识别为 {detected}',
    en: 'the file is not of an allowed kind (PDF, JPEG, PNG, HEIC, Word, Excel): its content reads as {detected}',
  },
  fileTooLarge: { 'zh-CN': '文件超过 {limit} MB 的上限', en: 'the file is over the limit of {limit} MB' },
  fileEmpty: { 'zh-CN': '文件为空', en: 'the file is empty' },
  fileNameInvalid: { 'zh-CN': '文件名应为 1-255 个字符', en: 'a file name has 1-255 characters' },
  noFiles: { 'zh-CN': '请选择要上传的文件', en: 'choose the files to upload' },
  tooManyFiles: { 'zh-CN': '一次最多上传 {limit} 个文件', en: 'at most {limit} files at once' },
  uploadCutOff: { 'zh-CN': '上传中断，文件不完整，未保存：请重新上传', en: 'the upload was cut off and nothing was kept: upload again' },
  documentTypeCodeTaken: { 'zh-CN': '此代码已被其他资料类型使用', en: 'another document type has this code' },
  recordTypeUnknown: { 'zh-CN': '没有此业务记录类型', en: 'no such record type' },
} as const satisfies MessageTable;

export const DOCUMENT_ERROR_MESSAGES = {
  NOT_MULTIPART: { 'zh-CN': '请以 multipart/form-data 上传文件', en: 'Upload files as multipart/form-data' },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleFieldReasons extends Record<keyof typeof DOCUMENT_FIELD_MESSAGES, true> {}
  interface ModuleErrorCodes extends Record<keyof typeof DOCUMENT_ERROR_MESSAGES, true> {}
}
