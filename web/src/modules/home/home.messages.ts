import { defineMessages } from '../../i18n/define';

export const homeMessages = defineMessages({
  'zh-CN': {
    welcome: '您好，{{name}}',
    summary: '{{org}} · {{roles}}',
    yourModules: '您可以使用的模块',
    notBuilt: '建设中',
    counts: {
      overdue: '我的逾期',
      dueToday: '今日到期',
      dueThisWeek: '一周内到期',
      dueThisWeekTo: '一周内到期（至 {{horizon}}）',
    },
    queue: {
      title: '我的待办',
      all: '全部待办',
      empty: '暂无进行中的待办',
      tasks: '我的任务 {{count}}',
      overdue: '逾期 {{count}}',
      waiting: '任务池待领取 {{count}}',
    },
    scope: {
      title: '辖区逾期',
      all: '查看全部',
      empty: '辖区内暂无逾期事项',
    },
    demo: {
      title: '演示数据已载入：按角色登录演示用户',
      intro: '管理员按设计看不到客户资料。要查看客户档案、保单和待办，请用以下演示用户登录（密码均为 {{password}}，仅限演示数据）：',
      users: {
        clerk: '— 网点内勤：客户、保单、导入及本网点的待办',
        agent: '— 业务员：本人名下的客户',
        supervisor: '— 市分公司主管：辖区逾期事项和升级提醒',
        auditor: '— 总公司审计：只读查看全部，以及审计日志',
      },
    },
  },
  en: {
    welcome: 'Hello, {{name}}',
    summary: '{{org}} · {{roles}}',
    yourModules: 'Modules open to you',
    notBuilt: 'Coming',
    counts: {
      overdue: 'My overdue',
      dueToday: 'Due today',
      dueThisWeek: 'Due within a week',
      dueThisWeekTo: 'Due within a week (to {{horizon}})',
    },
    queue: {
      title: 'My to-dos',
      all: 'All to-dos',
      empty: 'Nothing running',
      tasks: 'My tasks {{count}}',
      overdue: '{{count}} overdue',
      waiting: '{{count}} waiting in team queues',
    },
    scope: {
      title: 'Overdue in my area',
      all: 'See all',
      empty: 'Nothing overdue in your area',
    },
    demo: {
      title: 'Demo data loaded: log in as a demo user for each role',
      intro: 'By design the admin sees no client data. To see the client archive, policies and to-dos, log in as one of these demo users (password {{password}} for all; demo data only):',
      users: {
        clerk: '— office clerk: clients, policies, imports, the office\'s to-dos',
        agent: '— agent: their own clients',
        supervisor: '— city branch supervisor: overdue items and escalations in the area',
        auditor: '— head-office auditor: read-only everything, and the audit trail',
      },
    },
  },
});
