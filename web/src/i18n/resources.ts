import { commonMessages } from './common.messages';
import { layoutMessages } from '../layout/layout.messages';
import { catalogMessages } from '../modules/catalog.messages';
import { authMessages } from '../modules/auth/auth.messages';
import { homeMessages } from '../modules/home/home.messages';
import { orgMessages } from '../modules/admin/org/org.messages';
import { usersMessages } from '../modules/admin/users/users.messages';
import { auditMessages } from '../modules/admin/audit/audit.messages';
import { calendarMessages } from '../modules/calendar/calendar.messages';
import { deadlinesMessages } from '../modules/deadlines/deadlines.messages';
import { notificationsMessages } from '../modules/notifications/notifications.messages';
import { clientsMessages } from '../modules/clients/clients.messages';
import { importsMessages } from '../modules/imports/imports.messages';
import { policiesMessages } from '../modules/policies/policies.messages';
import { coverageMessages } from '../modules/coverage/coverage.messages';
import { deadlineMessages } from '../shared/deadlines/deadline.messages';
import { agentPickerMessages } from '../shared/agent-picker/agent-picker.messages';
import { headerSearchMessages } from '../layout/header-search.messages';
import { catalogueMessages } from '../modules/catalogue/catalogue.messages';
import { lifecyclesMessages } from '../modules/lifecycles/lifecycles.messages';
import { listMessages } from '../shared/list/list.messages';
import { documentsMessages } from '../shared/documents/documents.messages';
import { servicingMessages } from '../modules/servicing/servicing.messages';
import { noticesMessages } from '../shared/notices/notices.messages';
import { queuesMessages } from '../modules/queues/queues.messages';
import { noticeTemplatesMessages } from '../modules/notices/notice-templates.messages';

/** Each module keeps its own texts beside its code; here they become one i18next namespace. */
const all = {
  common: commonMessages,
  layout: layoutMessages,
  catalog: catalogMessages,
  auth: authMessages,
  home: homeMessages,
  org: orgMessages,
  users: usersMessages,
  audit: auditMessages,
  calendar: calendarMessages,
  deadline: deadlineMessages,
  deadlines: deadlinesMessages,
  notifications: notificationsMessages,
  clients: clientsMessages,
  imports: importsMessages,
  policies: policiesMessages,
  coverage: coverageMessages,
  agentPicker: agentPickerMessages,
  headerSearch: headerSearchMessages,
  catalogue: catalogueMessages,
  lifecycles: lifecyclesMessages,
  list: listMessages,
  documents: documentsMessages,
  servicing: servicingMessages,
  notices: noticesMessages,
  queues: queuesMessages,
  noticeTemplates: noticeTemplatesMessages,
};

type All = typeof all;
export type Translation = { [K in keyof All]: All[K]['zh-CN'] };

function pick(lang: 'zh-CN' | 'en'): Translation {
  return Object.fromEntries(Object.entries(all).map(([key, m]) => [key, m[lang]])) as Translation;
}

export const resources = {
  'zh-CN': { translation: pick('zh-CN') },
  en: { translation: pick('en') },
};
