import { defineMessages } from '../i18n/define';

export const layoutMessages = defineMessages({
  'zh-CN': {
    switchLanguage: 'English',
    switchLanguageTitle: '切换为英文界面',
    changePassword: '修改密码',
    logout: '退出登录',
    loggedOut: '已退出登录',
    roles: '角色',
    orgUnit: '所属机构',
    about: '关于',
    aboutBody: '安心 {{version}}（数据库：{{db}}）',
    dueBadge: '{{overdue}} 项已逾期，{{dueSoon}} 项即将到期',
  },
  en: {
    switchLanguage: '中文',
    switchLanguageTitle: 'Switch to the Chinese interface',
    changePassword: 'Change password',
    logout: 'Log out',
    loggedOut: 'You have logged out',
    roles: 'Roles',
    orgUnit: 'Org unit',
    about: 'About',
    aboutBody: 'Anxin {{version}} (database: {{db}})',
    dueBadge: '{{overdue}} overdue, {{dueSoon}} due soon',
  },
});
