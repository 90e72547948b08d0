import type { MessageTable } from '../../platform/http/messages.js';

// What user administration tells an administrator, in zh-CN and English. Head office always keeps an
// administrator; nobody demotes themselves by accident.
export const USER_FIELD_MESSAGES = {
  usernameTaken: { 'zh-CN': '该用户名已被使用', en: 'this username is already taken' },
  unknownRole: { 'zh-CN': '未知角色：{role}', en: 'unknown role: {role}' },
  cannotDisableSelf: { 'zh-CN': '不能停用自己的账户', en: 'you cannot disable your own account' },
  userNotFound: { 'zh-CN': '用户不存在或不在您的管辖范围内', en: 'no such user within your access' },
  workItemsToOnlyOnDisabling: {
    'zh-CN': '只有停用用户时才能指定接手其事项的人员',
    en: 'a person to take over the user’s items is named only when disabling the user',
  },
} as const satisfies MessageTable;

export const USER_ERROR_MESSAGES = {
  LAST_HEAD_OFFICE_ADMIN: {
    'zh-CN': '系统须至少保留一名在职的总公司管理员：此操作会使系统无人可以管理，已拒绝。请先为其他在职人员授予总公司管理员角色',
    en: 'At least one active head-office administrator must remain; this change would leave no one able to administer the system. Grant the head-office admin role to another active user first',
  },
  SELF_DEMOTION_UNCONFIRMED: {
    'zh-CN': '此修改将取消您本人的以下角色或管辖范围：{grants}。请确认后再提交',
    en: 'This change takes away your own role or scope: {grants}. Confirm it to go ahead',
  },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleFieldReasons extends Record<keyof typeof USER_FIELD_MESSAGES, true> {}
  interface ModuleErrorCodes extends Record<keyof typeof USER_ERROR_MESSAGES, true> {}
}
