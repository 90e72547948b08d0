import { defineMessages } from '../i18n/define';

export const headerSearchMessages = defineMessages({
  'zh-CN': {
    placeholder: '手机号 / 证件号码 / 信用代码 / 姓名',
    groups: { clients: '客户', policies: '保单' },
    empty: '没有找到；按回车在客户列表中查询',
    failed: '查询失败',
    searching: '查询中…',
  },
  en: {
    placeholder: 'Mobile / ID number / credit code / name',
    groups: { clients: 'Clients', policies: 'Policies' },
    empty: 'Nothing found; press Enter to search the client list',
    failed: 'Search failed',
    searching: 'Searching…',
  },
});
