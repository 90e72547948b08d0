/**
 * Every permission in the system, as data. `kind` says whether it changes anything:
 * the quality auditor (质检) holds read permissions only, which a test checks.
 */
export const PERMISSIONS = {
  'org.read': { kind: 'read', zh: '查看机构', en: 'View org units' },
  'org.manage': { kind: 'write', zh: '管理机构', en: 'Manage org units' },
  'user.read': { kind: 'read', zh: '查看用户', en: 'View users' },
  'user.manage': { kind: 'write', zh: '管理用户与角色', en: 'Manage users and roles' },
  'audit.read': { kind: 'read', zh: '查看审计日志', en: 'View the audit trail' },
  'pii.reveal': { kind: 'read', zh: '查看个人信息明文（留痕）', en: 'Reveal personal data (audited)' },
  // Domain modules: declared here so roles are complete; each module enforces its own.
  'client.read': { kind: 'read', zh: '查看客户档案', en: 'View clients' },
  'client.write': { kind: 'write', zh: '维护客户档案', en: 'Maintain clients' },
  'policy.read': { kind: 'read', zh: '查看保单', en: 'View policies' },
  'policy.write': { kind: 'write', zh: '登记保单', en: 'Register policies' },
  'underwriting.decide': { kind: 'write', zh: '核保决定', en: 'Underwriting decisions' },
  'servicing.read': { kind: 'read', zh: '查看保全', en: 'View servicing requests' },
  'servicing.write': { kind: 'write', zh: '办理保全', en: 'Handle servicing requests' },
  'servicing.approve': { kind: 'write', zh: '审批保全（退保、受益人变更等办结）', en: 'Approve servicing requests (complete surrenders, beneficiary changes…)' },
  'claim.read': { kind: 'read', zh: '查看理赔', en: 'View claims' },
  'claim.write': { kind: 'write', zh: '办理理赔', en: 'Handle claims' },
  'callback.read': { kind: 'read', zh: '查看回访', en: 'View callbacks' },
  'callback.write': { kind: 'write', zh: '执行回访', en: 'Perform callbacks' },
  'service.read': { kind: 'read', zh: '查看咨询预约投诉', en: 'View inquiries, appointments, complaints' },
  'service.write': { kind: 'write', zh: '受理咨询预约投诉', en: 'Handle inquiries, appointments, complaints' },
  'register.read': { kind: 'read', zh: '查看电话信函登记', en: 'View call and letter registers' },
  'register.write': { kind: 'write', zh: '登记电话信函', en: 'Keep call and letter registers' },
  'calendar.read': { kind: 'read', zh: '查看工作日历', en: 'View the working-day calendar' },
  'calendar.manage': { kind: 'write', zh: '维护工作日历与规则', en: 'Maintain calendars and rules' },
  'catalog.manage': { kind: 'write', zh: '维护保险公司与产品目录', en: 'Maintain the insurer and product catalogue' },
  'kpi.read': { kind: 'read', zh: '查看服务指标', en: 'View service KPIs' },
  'task.read': { kind: 'read', zh: '查看辖区全部工作队列', en: 'View all work queues in scope' },
  'task.reassign': { kind: 'write', zh: '改派与升级处理', en: 'Reassign and escalate work' },
  'deadline.read': { kind: 'read', zh: '查看时限', en: 'View deadlines' },
  'deadline.manage': { kind: 'write', zh: '登记事件、暂停与取消时限', en: 'Record events, pause and cancel deadlines' },
} as const satisfies Record<string, { kind: 'read' | 'write'; zh: string; en: string }>;

export type Permission = keyof typeof PERMISSIONS;

/** What a route must declare: a permission, or one of the two deliberate exceptions. */
export type RoutePermission = Permission | 'public' | 'authenticated';

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];
export const READ_PERMISSIONS = ALL_PERMISSIONS.filter((p) => PERMISSIONS[p].kind === 'read');

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}
