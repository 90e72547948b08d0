import { defineModule } from '../../kit/module.js';
import { DEADLINE_ERROR_MESSAGES } from './deadlines.messages.js';
import { deadlineRoutes } from './routes.js';
import { deadlineEventPort } from './deadline-event-port.js';
import { runDeadlineJobs, startDeadlineJobs } from './deadline-jobs.js';
import { PENDING_MODULE_RULES } from './deadline-rules.data.js';

/** The deadline engine: rules as data, instances opened and closed by record events, the sweep. */
export default defineModule({
  name: 'deadlines',
  label: { zh: '时限', en: 'Deadlines' },
  routes: deadlineRoutes,
  messages: { errors: DEADLINE_ERROR_MESSAGES },
  services: () => ({ deadlineEvents: deadlineEventPort }),
  // The rules of modules still to come, until each declares its own.
  deadlineRules: PENDING_MODULE_RULES,
  jobs: [{ name: 'deadline jobs', start: ({ system, log }) => startDeadlineJobs({ db: system.db, calendar: system.calendar, log }) }],
  cli(program, kit) {
    program
      .command('deadlines')
      .description('the deadline engine')
      .command('sweep')
      .description('one round of the deadline jobs now: recompute after calendar changes, mark due soon / overdue, notify, escalate (safe to run in several processes)')
      .action(() =>
        kit.withRuntime(async ({ system }) => {
          console.log(JSON.stringify(await runDeadlineJobs(system.db, system.calendar)));
        }),
      );
  },
});
