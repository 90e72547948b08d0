import { defineMessages } from '../../../i18n/define';

export const auditMessages = defineMessages({
  'zh-CN': {
    title: '审计日志',
    intro: '只增不改的操作记录，每条记录以哈希与上一条相连，任何改动都会被校验发现。',
    filters: {
      action: '操作',
      entityType: '对象类型',
      entityId: '对象编号',
      actorId: '操作人编号',
    },
    columns: {
      seq: '序号',
      at: '时间',
      actor: '操作人',
      action: '操作',
      entity: '对象',
      requestId: '请求编号',
      before: '修改前',
      after: '修改后',
      hash: '哈希',
    },
    system: '系统',
    verify: {
      button: '校验哈希链',
      ok: '审计链完整：共 {{entries}} 条记录，末条序号 {{lastSeq}}。',
      broken: '审计链在第 {{brokenAt}} 条处断开：{{problem}}',
      checked: '此前 {{entries}} 条记录校验通过。详情：{{detail}}',
      problems: {
        altered: '记录内容与哈希不符（被改动）',
        missing: '记录缺失',
        relinked: '与上一条的链接被改动',
      },
    },
    actions: {
      auth: {
        login: '登录',
        login_failed: '登录失败',
        account_locked: '账户锁定',
        logout: '退出登录',
        password_change: '修改密码',
      },
      user: {
        create: '新建用户',
        update: '修改用户',
        set_roles: '设置角色',
        reset_password: '重置密码',
        unlock: '解锁账户',
      },
      pii: {
        reveal: '查看个人信息明文',
      },
      org_unit: {
        create: '新建机构',
        update: '修改机构',
      },
      system: {
        bootstrap_admin: '初始化管理员',
        seed_demo: '载入演示数据',
      },
    },
    entityTypes: {
      user: '用户',
      org_unit: '机构',
      demo: '演示数据',
    },
    shown: '已显示 {{count}} 条',
  },
  en: {
    title: 'Audit trail',
    intro: 'An append-only record of actions; each entry is chained to the previous one by a hash, so any change is detected by the check.',
    filters: {
      action: 'Action',
      entityType: 'Entity type',
      entityId: 'Entity id',
      actorId: 'Actor id',
    },
    columns: {
      seq: 'Seq',
      at: 'Time',
      actor: 'Actor',
      action: 'Action',
      entity: 'Entity',
      requestId: 'Request id',
      before: 'Before',
      after: 'After',
      hash: 'Hash',
    },
    system: 'System',
    verify: {
      button: 'Verify chain',
      ok: 'The audit chain is intact: {{entries}} entries, last seq {{lastSeq}}.',
      broken: 'The audit chain breaks at entry {{brokenAt}}: {{problem}}',
      checked: '{{entries}} entries before it verified. Detail: {{detail}}',
      problems: {
        altered: 'the content does not match its hash (altered)',
        missing: 'entries are missing',
        relinked: 'the link to the previous entry was changed',
      },
    },
    actions: {
      auth: {
        login: 'Login',
        login_failed: 'Failed login',
        account_locked: 'Account locked',
        logout: 'Logout',
        password_change: 'Password change',
      },
      user: {
        create: 'User created',
        update: 'User changed',
        set_roles: 'Roles set',
        reset_password: 'Password reset',
        unlock: 'Account unlocked',
      },
      pii: {
        reveal: 'Personal data revealed',
      },
      org_unit: {
        create: 'Org unit created',
        update: 'Org unit changed',
      },
      system: {
        bootstrap_admin: 'Administrator created',
        seed_demo: 'Demo data loaded',
      },
    },
    entityTypes: {
      user: 'User',
      org_unit: 'Org unit',
      demo: 'Demo data',
    },
    shown: '{{count}} entries shown',
  },
});
