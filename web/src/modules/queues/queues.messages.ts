import { defineMessages } from '../../i18n/define';

/** 工作队列 (issue 12, item 4): 我的任务, 团队队列 (任务池), the supervisor's view, take and 改派. */
export const queuesMessages = defineMessages({
  'zh-CN': {
    title: '工作队列',
    views: { mine: '我的任务', team: '团队队列', all: '全部（主管）' },
    columns: {
      item: '事项', type: '类型', state: '状态', sla: '时效', owner: '负责人', orgUnit: '所属机构', receivedAt: '受理时间',
    },
    sla: { overdue: '已逾期', due_soon: '即将到期', on_time: '正常', none: '无时限' },
    teamQueue: '{{unit}} {{role}}（任务池）',
    filters: {
      type: '类型', state: '状态', sla: '时效', open: '进行中', closed: '已办结', allStatus: '全部',
      unassigned: '仅任务池中未领取的', owner: '负责人', received: '受理日期', due: '到期日期',
    },
    summary: {
      mine: '我的任务 {{open}} 项', mineOverdue: '其中逾期 {{count}} 项', team: '{{unit}} {{role}}：待领取 {{waiting}} 项', noTeams: '您不在任何任务池中',
    },
    take: '领取',
    taken: '已领取，已加入我的任务',
    reassign: '改派',
    reassignSelected: '改派所选（{{count}}）',
    reassignTitle: '改派 {{count}} 项事项',
    reassignTo: '改派给',
    reassignToPlaceholder: '输入姓名查找可办理的人员',
    reason: '改派原因',
    reasonPlaceholder: '例如：原经办人休假，平衡工作量',
    reassigned: '已改派 {{count}} 项',
    allOrNothing: '所选事项全部改派或全部不改派：若有一项不能改派，会逐项说明原因。',
    empty: { mine: '暂无我负责的事项', team: '任务池中暂无待领取的事项', all: '辖区内暂无事项' },
  },
  en: {
    title: 'Work queues',
    views: { mine: 'My tasks', team: 'Team queue', all: 'All (supervisor)' },
    columns: {
      item: 'Item', type: 'Type', state: 'State', sla: 'SLA', owner: 'Owner', orgUnit: 'Org unit', receivedAt: 'Received',
    },
    sla: { overdue: 'Overdue', due_soon: 'Due soon', on_time: 'On time', none: 'No SLA' },
    teamQueue: '{{unit}} {{role}} (team queue)',
    filters: {
      type: 'Type', state: 'State', sla: 'SLA', open: 'Open', closed: 'Closed', allStatus: 'All',
      unassigned: 'Only waiting in a team queue', owner: 'Owner', received: 'Received', due: 'Due',
    },
    summary: {
      mine: 'My tasks: {{open}}', mineOverdue: '{{count}} overdue', team: '{{unit}} {{role}}: {{waiting}} waiting', noTeams: 'You are in no team queue',
    },
    take: 'Take',
    taken: 'Taken: it is in My tasks now',
    reassign: 'Reassign',
    reassignSelected: 'Reassign selected ({{count}})',
    reassignTitle: 'Reassign {{count}} items',
    reassignTo: 'Reassign to',
    reassignToPlaceholder: 'Type a name to find who can handle them',
    reason: 'Reason',
    reasonPlaceholder: 'e.g. the owner is on leave; balancing the workload',
    reassigned: '{{count}} reassigned',
    allOrNothing: 'All the selected items are reassigned, or none: if one cannot be, each reason is listed.',
    empty: { mine: 'Nothing of yours open', team: 'Nothing waiting in your team queues', all: 'Nothing open in your area' },
  },
});
