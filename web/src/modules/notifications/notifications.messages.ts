import { defineMessages } from '../../i18n/define';

export const notificationsMessages = defineMessages({
  'zh-CN': {
    bell: '通知',
    bellTitle: '通知（{{count}} 条未读）',
    title: '通知',
    onlyUnread: '只看未读',
    markAllRead: '全部标为已读',
    markRead: '标为已读',
    allMarked: '已将 {{count}} 条通知标为已读',
    empty: '暂无通知',
    emptyUnread: '没有未读通知',
    unread: '未读',
    openDueItems: '查看我的待办',
    openScopeOverdue: '查看辖区逾期',
  },
  en: {
    bell: 'Notifications',
    bellTitle: 'Notifications ({{count}} unread)',
    title: 'Notifications',
    onlyUnread: 'Unread only',
    markAllRead: 'Mark all read',
    markRead: 'Mark read',
    allMarked: '{{count}} notifications marked read',
    empty: 'No notifications',
    emptyUnread: 'No unread notifications',
    unread: 'Unread',
    openDueItems: 'Open my due items',
    openScopeOverdue: 'Open overdue in my scope',
  },
});
