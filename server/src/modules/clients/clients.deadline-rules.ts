import { cd, warnCd, type DeadlineRuleSeed } from '../deadlines/deadline-rules.data.js';

/** The client archive's deadline (R-CL-2), as data with its basis. */
export const CLIENT_DEADLINE_RULES: DeadlineRuleSeed[] = [
  { id: 'client.archive', module: 'clients', nameZh: '建立客户档案', nameEn: 'Build the client archive', specId: 'R-CL-2', lawRef: null,
    basisZh: '首次接触客户后 2 日内建立客户档案', basisEn: 'The archive is built within 2 days of the first contact',
    startEvent: 'client.first_contact', completionEvent: 'client.archived', ...cd(2), ...warnCd(1), escalateToRole: 'supervisor', confirm: false },
];
