import { defineModule } from '../../kit/module.js';
import { QUEUE_ERROR_MESSAGES, QUEUE_FIELD_MESSAGES } from './queues.messages.js';
import { queueRoutes } from './routes.js';
import { queuedTypes } from './queue-types.js';
import { workQueuePort } from './work-queue-port.js';

/**
 * 工作队列 (issue 12, item 4): 我的任务, the team queue of an org unit and a role (任务池), 改派 and
 * 放回任务池 with a reason, the supervisor's view with SLA state (the auditor's, read-only). Any module's
 * record type joins by declaring `queue` (kit: RecordType.queue, a lifecycle with its QueueSpec): the
 * lifecycle engine then keeps its work items, and the users module hands a disabled person's back (the port's `release`).
 */
export default defineModule({
  name: 'queues',
  label: { zh: '工作队列', en: 'Work queues' },
  routes: queueRoutes,
  messages: { fields: QUEUE_FIELD_MESSAGES, errors: QUEUE_ERROR_MESSAGES },
  services: (_db, _runtime, registry) => ({ workQueue: workQueuePort(queuedTypes(registry)) }),
});
