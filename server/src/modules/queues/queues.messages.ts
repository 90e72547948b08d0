import type { MessageTable } from '../../platform/http/messages.js';

// What the work queues (我的任务 / 任务池 / 改派 / 放回任务池) tell a person, in zh-CN and English.
export const QUEUE_FIELD_MESSAGES = {
  workItemNotFound: { 'zh-CN': '没有此事项，或不在您的管辖范围内', en: 'no such item within your access' },
  workItemClosed: { 'zh-CN': '事项已办结，不能再改派', en: 'the item is closed and can no longer be reassigned' },
  workItemOwnerAlready: { 'zh-CN': '该事项已由此人负责', en: 'this person already owns the item' },
  workItemOwnerCannotHandle: {
    'zh-CN': '此人在该事项所属机构没有办理此类事项的权限',
    en: 'this person may not handle items of this kind in the item’s org unit',
  },
  workItemReasonRequired: { 'zh-CN': '请填写改派原因', en: 'give the reason for the reassignment' },
  workItemDuplicate: { 'zh-CN': '同一事项选了两次', en: 'the same item is selected twice' },
  workItemReturnReasonRequired: { 'zh-CN': '请填写放回任务池的原因（至少 2 个字）', en: 'give the reason for returning the item to its team queue (2 characters at least)' },
  workItemsToNeedsSupervisor: {
    'zh-CN': '只有在这些事项所属机构有改派权限的主管才能指定接手人；不指定则事项放回任务池',
    en: 'only a supervisor (reassign permission where the items are) may name who takes them over; otherwise they go back to their team queues',
  },
  workItemsToSameUser: { 'zh-CN': '接手人不能是被停用或调整角色的用户本人', en: 'the person taking over cannot be the user whose items these are' },
} as const satisfies MessageTable;

export const QUEUE_ERROR_MESSAGES = {
  WORK_ITEM_TAKEN: { 'zh-CN': '该事项已被他人领取', en: 'Someone else has already taken this item' },
  WORK_ITEM_CLOSED: { 'zh-CN': '该事项已办结', en: 'This item is closed' },
  WORK_ITEM_NOT_HELD: { 'zh-CN': '该事项已在任务池中，无人负责，无需放回', en: 'This item is already waiting in its team queue' },
  NOT_ITEM_HOLDER: {
    'zh-CN': '只有该事项的负责人或其所属机构的主管可以将其放回任务池',
    en: 'Only the person who holds this item, or a supervisor where it is, may return it to the team queue',
  },
  NOT_IN_TEAM: {
    'zh-CN': '您不在该任务池的团队中：只有在该机构担任相应角色的人员可以领取',
    en: 'You are not in this team: only holders of its role in its org unit may take from its queue',
  },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleFieldReasons extends Record<keyof typeof QUEUE_FIELD_MESSAGES, true> {}
  interface ModuleErrorCodes extends Record<keyof typeof QUEUE_ERROR_MESSAGES, true> {}
}
