import type { AnxinModule } from '../kit/module.js';
import { registerMessages } from '../platform/http/messages.js';
import health from './health/index.js';
import org from './org/index.js';
import users from './users/index.js';
import calendar from './calendar/index.js';
import deadlines from './deadlines/index.js';
import notifications from './notifications/index.js';
import clients from './clients/index.js';
import catalog from './catalog/index.js';
import imports from './imports/index.js';
import policies from './policies/index.js';
import coverage from './coverage/index.js';
import lifecycles from './lifecycles/index.js';
import documents from './documents/index.js';
import notices from './notices/index.js';
import queues from './queues/index.js';
import servicing from './servicing/index.js';
import demo from './demo/index.js';

/**
 * Every domain module, one line each (issue 10, item 4). The app registers their routes, the
 * CLI their commands, the server their jobs; tests walk the same list. Adding a module is its
 * folder and one line here.
 */
export const MODULES: readonly AnxinModule[] = [
  health,
  org,
  users,
  calendar,
  deadlines,
  notifications,
  clients,
  catalog,
  imports,
  policies,
  coverage,
  lifecycles,
  documents,
  notices,
  queues,
  servicing,
  demo,
];

for (const m of MODULES) if (m.messages) registerMessages(m.messages);

export const allDeadlineRules = () => MODULES.flatMap((m) => m.deadlineRules ?? []);
export const allLifecycles = () => MODULES.flatMap((m) => m.lifecycles ?? []);
