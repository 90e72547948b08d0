import { defineModule } from '../../kit/module.js';
import { servicingRoutes } from './routes.js';
import { SERVICING_FIELD_MESSAGES } from './servicing.messages.js';
import { SERVICING_LIFECYCLE } from './servicing-lifecycle.js';
import { SERVICING_RECORD } from './servicing-record.js';
import { SERVICING_NOTICES } from './servicing-notices.js';

/** 保全 (R-SV-1..5): servicing requests of policies, their types as data, on the module kit. */
export default defineModule({
  name: 'servicing',
  label: { zh: '保全', en: 'Policy servicing' },
  routes: servicingRoutes,
  messages: { fields: SERVICING_FIELD_MESSAGES },
  lifecycles: [SERVICING_LIFECYCLE],
  records: [SERVICING_RECORD],
  noticeTemplates: SERVICING_NOTICES,
});
