import { defineModule } from '../../kit/module.js';
import { CLIENT_RECORD } from './client-record.js';
import { clientRoutes } from './routes.js';
import { CLIENT_ERROR_MESSAGES, CLIENT_FIELD_MESSAGES } from './clients.messages.js';
import { CLIENT_DEADLINE_RULES } from './clients.deadline-rules.js';
import { clientImport } from './import/client-import.kind.js';

/** 客户档案 (R-CL-1..6): the client archive. */
export default defineModule({
  name: 'clients',
  label: { zh: '客户档案', en: 'Client archive' },
  records: [CLIENT_RECORD],
  routes: clientRoutes,
  messages: { fields: CLIENT_FIELD_MESSAGES, errors: CLIENT_ERROR_MESSAGES },
  deadlineRules: CLIENT_DEADLINE_RULES,
  importKinds: [clientImport],
});
