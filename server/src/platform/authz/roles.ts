import { READ_PERMISSIONS, type Permission } from './permissions.js';

/** The roles of SPEC §0 and what each may do. A user holds roles in an org unit. */
export const ROLES = {
  agent: {
    zh: '业务员',
    en: 'Sales agent',
    permissions: ['deadline.read', 'client.read', 'client.write', 'policy.read', 'servicing.read', 'claim.read', 'calendar.read'],
  },
  clerk: {
    zh: '内勤',
    en: 'Back-office clerk',
    permissions: [
      'deadline.read', 'deadline.manage', 'client.read', 'client.write', 'policy.read', 'policy.write', 'servicing.read', 'servicing.write',
      'register.read', 'register.write', 'calendar.read', 'org.read',
    ],
  },
  customer_service: {
    zh: '客服',
    en: 'Customer service',
    permissions: [
      'deadline.read', 'deadline.manage', 'client.read', 'policy.read', 'service.read', 'service.write', 'register.read', 'register.write',
      'servicing.read', 'calendar.read',
    ],
  },
  callback_agent: {
    zh: '回访员',
    en: 'Callback agent',
    permissions: ['deadline.read', 'deadline.manage', 'client.read', 'policy.read', 'callback.read', 'callback.write', 'calendar.read'],
  },
  underwriter: {
    zh: '核保员',
    en: 'Underwriter',
    permissions: ['deadline.read', 'deadline.manage', 'client.read', 'policy.read', 'underwriting.decide', 'calendar.read'],
  },
  claims_handler: {
    zh: '理赔员',
    en: 'Claims handler',
    permissions: ['deadline.read', 'deadline.manage', 'client.read', 'policy.read', 'claim.read', 'claim.write', 'calendar.read'],
  },
  surveyor: {
    zh: '查勘员',
    en: 'Surveyor',
    permissions: ['deadline.read', 'deadline.manage', 'client.read', 'policy.read', 'claim.read', 'claim.write', 'calendar.read'],
  },
  loss_assessor: {
    zh: '定损员',
    en: 'Loss assessor',
    permissions: ['deadline.read', 'deadline.manage', 'client.read', 'policy.read', 'claim.read', 'claim.write', 'calendar.read'],
  },
  supervisor: {
    zh: '主管',
    en: 'Supervisor',
    permissions: [
      'deadline.read', 'deadline.manage', 'org.read', 'user.read', 'client.read', 'client.write', 'policy.read', 'policy.write',
      'underwriting.decide', 'servicing.read', 'servicing.write', 'servicing.approve', 'claim.read', 'claim.write',
      'callback.read', 'service.read', 'service.write', 'register.read', 'register.write',
      'calendar.read', 'kpi.read', 'task.read', 'task.reassign', 'pii.reveal', 'audit.read',
    ],
  },
  // 质检 / 服务监督: reads everything in scope, changes nothing.
  auditor: { zh: '质检', en: 'Quality auditor', permissions: READ_PERMISSIONS },
  admin: {
    zh: '管理员',
    en: 'Administrator',
    permissions: [
      'deadline.read', 'org.read', 'org.manage', 'user.read', 'user.manage', 'audit.read', 'pii.reveal',
      'calendar.read', 'calendar.manage', 'kpi.read',
      'catalog.manage',
    ],
  },
} as const satisfies Record<string, { zh: string; en: string; permissions: readonly Permission[] }>;

export type Role = keyof typeof ROLES;
export const ALL_ROLES = Object.keys(ROLES) as Role[];

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}
