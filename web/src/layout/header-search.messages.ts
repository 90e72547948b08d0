import { defineMessages } from '../i18n/define';

export const headerSearchMessages = defineMessages({
  'zh-CN': {
    // Short enough for the box in both languages (issue 11 item 5); the full list is its tooltip.
    placeholder: '姓名、拼音、手机尾号、证件号',
    hint: '姓名或拼音（全拼、首字母），手机号或尾号 4 位，证件号码，信用代码，保单号；回车打开第一条',
    groups: { clients: '客户', policies: '保单', recent: '最近查看' },
    kinds: { client: '客户', policy: '保单' },
    empty: '没有找到；按回车在客户列表中查询',
    failed: '查询失败',
    searching: '查询中…',
  },
  en: {
    placeholder: 'Name, pinyin, mobile, ID',
    hint: 'Name or pinyin (full or initials), mobile or its last 4 digits, ID number, credit code, policy number; Enter opens the first result',
    groups: { clients: 'Clients', policies: 'Policies', recent: 'Recently viewed' },
    kinds: { client: 'Client', policy: 'Policy' },
    empty: 'Nothing found; press Enter to search the client list',
    failed: 'Search failed',
    searching: 'Searching…',
  },
});
