import { defineMessages } from '../../i18n/define';

export const agentPickerMessages = defineMessages({
  'zh-CN': {
    placeholder: '输入姓名查找业务员',
    empty: '没有找到业务员',
    failed: '业务员列表加载失败',
  },
  en: {
    placeholder: 'Type a name to find an agent',
    empty: 'No agent found',
    failed: 'Could not load agents',
  },
});
