import type { MessageTable } from '../../platform/http/messages.js';

// What the org tree (机构) tells an administrator, in zh-CN and English.
export const ORG_FIELD_MESSAGES = {
  codeTaken: { 'zh-CN': '该机构代码已被使用', en: 'this org unit code is already taken' },
  orgLevelNotAllowed: {
    'zh-CN': '在“{parentLevel}”下只能建立“{childLevel}”',
    en: 'under a {parentLevel} only a {childLevel} can be created',
  },
  orgLevelHasNoChildren: {
    'zh-CN': '“{parentLevel}”下不能再建立下级机构',
    en: 'a {parentLevel} cannot have units below it',
  },
  orgUnitHasActiveChildren: {
    'zh-CN': '该机构下仍有启用的下级机构，不能停用',
    en: 'this org unit still has active child units',
  },
  orgUnitHasUsers: { 'zh-CN': '该机构下仍有在职用户，不能停用', en: 'this org unit still has active users' },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleFieldReasons extends Record<keyof typeof ORG_FIELD_MESSAGES, true> {}
}
