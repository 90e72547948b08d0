import type { MessageTable } from '../../platform/http/messages.js';

// What the deadline engine tells a user, in zh-CN and English.
export const DEADLINE_ERROR_MESSAGES = {
  DEADLINE_NOT_RUNNING: {
    'zh-CN': '该时限已结束或已暂停，不能执行此操作',
    en: 'This deadline has ended or is already paused',
  },
  DEADLINE_NOT_PAUSED: { 'zh-CN': '该时限未暂停', en: 'This deadline is not paused' },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleErrorCodes extends Record<keyof typeof DEADLINE_ERROR_MESSAGES, true> {}
}
