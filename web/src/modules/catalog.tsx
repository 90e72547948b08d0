import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  ApartmentOutlined, AppstoreOutlined, BarChartOutlined, BookOutlined, BranchesOutlined, CalendarOutlined, CustomerServiceOutlined, FieldTimeOutlined,
  FileDoneOutlined, FileProtectOutlined, FileTextOutlined, ImportOutlined, MedicineBoxOutlined, PayCircleOutlined, PhoneOutlined, SafetyCertificateOutlined, SafetyOutlined, ScheduleOutlined,
  TeamOutlined, ToolOutlined, UserOutlined,
} from '@ant-design/icons';
import { InboxOutlined } from '@ant-design/icons';
import type { Permission } from '../session/types';
import type { catalogMessages } from './catalog.messages';

export type ModuleKey = Exclude<keyof (typeof catalogMessages)['zh-CN']['modules'], 'home'>;
export type GroupKey = Exclude<keyof (typeof catalogMessages)['zh-CN']['groups'], 'home'>;

export type ModuleEntry = {
  key: ModuleKey;
  group: GroupKey;
  path: string;
  icon: ReactNode;
  /** Shown to a user holding any of these permissions, or to every signed-in user (the server enforces its own rules). */
  anyOf: Permission[] | 'signedIn';
  /** The module's page; absent while the module is not built yet. */
  page?: LazyExoticComponent<ComponentType>;
  /** The page routes below its path itself (list, /new, /:id). */
  nested?: boolean;
};

/**
 * Every module of SPEC §1-§10 in navigation order. Building a module means giving its entry
 * a `page` (loaded on demand: antd is large, so each module is its own chunk).
 */
export const MODULES: ModuleEntry[] = [
  {
    key: 'dueItems', group: 'work', path: '/due-items', icon: <ScheduleOutlined />, anyOf: ['deadline.read'],
    page: lazy(() => import('./deadlines/mine/MyDueItemsPage')),
  },
  {
    // 工作队列: whoever handles queued records (servicing now), reassigns them, or (质检) looks over them; the server shows each their own part.
    key: 'queues', group: 'work', path: '/queues', icon: <InboxOutlined />, anyOf: ['servicing.write', 'task.reassign', 'task.read'], nested: true,
    page: lazy(() => import('./queues/QueuesPage')),
  },
  {
    key: 'clients', group: 'clientsPolicies', path: '/clients', icon: <TeamOutlined />, anyOf: ['client.read'], nested: true,
    page: lazy(() => import('./clients/ClientsPage')),
  },
  {
    key: 'policies', group: 'clientsPolicies', path: '/policies', icon: <FileTextOutlined />, anyOf: ['policy.read'], nested: true,
    page: lazy(() => import('./policies/PoliciesPage')),
  },
  {
    key: 'imports', group: 'clientsPolicies', path: '/imports', icon: <ImportOutlined />, anyOf: ['client.write', 'policy.write'],
    page: lazy(() => import('./imports/ImportsPage')),
  },
  {
    key: 'underwriting', group: 'clientsPolicies', path: '/underwriting', icon: <FileDoneOutlined />,
    anyOf: ['underwriting.decide', 'policy.write'],
  },
  { key: 'premiums', group: 'clientsPolicies', path: '/premiums', icon: <PayCircleOutlined />, anyOf: ['policy.read'] },
  {
    key: 'servicing', group: 'service', path: '/servicing', icon: <ToolOutlined />, anyOf: ['servicing.read'], nested: true,
    page: lazy(() => import('./servicing/ServicingPage')),
  },
  {
    key: 'notices', group: 'service', path: '/notices', icon: <SafetyCertificateOutlined />, anyOf: 'signedIn', nested: true,
    page: lazy(() => import('./notices/NoticesPage')),
  },
  { key: 'claims', group: 'service', path: '/claims', icon: <MedicineBoxOutlined />, anyOf: ['claim.read'] },
  { key: 'callbacks', group: 'service', path: '/callbacks', icon: <PhoneOutlined />, anyOf: ['callback.read'] },
  { key: 'complaints', group: 'service', path: '/complaints', icon: <CustomerServiceOutlined />, anyOf: ['service.read'] },
  { key: 'registers', group: 'service', path: '/registers', icon: <BookOutlined />, anyOf: ['register.read'] },
  { key: 'kpi', group: 'management', path: '/kpi', icon: <BarChartOutlined />, anyOf: ['kpi.read'] },
  {
    key: 'calendar', group: 'management', path: '/calendar', icon: <CalendarOutlined />, anyOf: ['calendar.read'],
    page: lazy(() => import('./calendar/CalendarPage')),
  },
  {
    key: 'deadlineRules', group: 'management', path: '/deadline-rules', icon: <FieldTimeOutlined />, anyOf: ['deadline.read'],
    page: lazy(() => import('./deadlines/rules/DeadlineRulesPage')),
  },
  {
    key: 'lifecycles', group: 'management', path: '/lifecycles', icon: <BranchesOutlined />, anyOf: 'signedIn',
    page: lazy(() => import('./lifecycles/LifecyclesPage')),
  },
  {
    key: 'orgUnits', group: 'admin', path: '/admin/org-units', icon: <ApartmentOutlined />, anyOf: ['org.read'],
    page: lazy(() => import('./admin/org/OrgUnitsPage')),
  },
  {
    key: 'users', group: 'admin', path: '/admin/users', icon: <UserOutlined />, anyOf: ['user.read'],
    page: lazy(() => import('./admin/users/UsersPage')),
  },
  {
    // Administrators keep the catalogue (changes need catalog.manage at head office; the page says so
    // to a province admin). Everyone else meets the products in the policy forms and lists.
    key: 'catalogue', group: 'admin', path: '/admin/catalogue', icon: <AppstoreOutlined />, anyOf: ['catalog.manage'],
    page: lazy(() => import('./catalogue/CataloguePage')),
  },
  {
    // 通知书模板: read-only (templates are files shipped with a release); the sample needs a record the admin may read.
    key: 'noticeTemplates', group: 'admin', path: '/admin/notice-templates', icon: <FileProtectOutlined />, anyOf: ['catalog.manage'],
    page: lazy(() => import('./notices/NoticeTemplatesPage')),
  },
  {
    key: 'audit', group: 'admin', path: '/admin/audit', icon: <SafetyOutlined />, anyOf: ['audit.read'],
    page: lazy(() => import('./admin/audit/AuditPage')),
  },
];

export const GROUPS: GroupKey[] = ['work', 'clientsPolicies', 'service', 'management', 'admin'];

export function visibleModules(can: (p: Permission) => boolean): ModuleEntry[] {
  return MODULES.filter((m) => mayOpen(m, can));
}

export function mayOpen(m: Pick<ModuleEntry, 'anyOf'>, can: (p: Permission) => boolean): boolean {
  return m.anyOf === 'signedIn' || m.anyOf.some(can);
}
