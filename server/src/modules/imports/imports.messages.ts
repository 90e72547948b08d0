import type { MessageTable } from '../../platform/http/messages.js';

// Errors of the spreadsheet import (R-PO-6), in zh-CN and English.
export const IMPORT_ERROR_MESSAGES = {
  IMPORT_REJECTED: {
    'zh-CN': '文件中有 {count} 处问题，未导入任何数据；请按报告修改后重新导入',
    en: 'The file has {count} problem(s); nothing was imported. Correct them as the report shows and import again',
  },
  IMPORT_FILE_CHANGED: {
    'zh-CN': '提交的文件与预览时的文件不同，请重新预览',
    en: 'This is not the file you previewed; preview it again',
  },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleErrorCodes extends Record<keyof typeof IMPORT_ERROR_MESSAGES, true> {}
}
