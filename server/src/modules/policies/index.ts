import { defineModule } from '../../kit/module.js';
import { POLICY_RECORD } from './policy-record.js';
import { startPeriodic } from '../../platform/jobs/periodic.js';
import { policyRoutes } from './routes.js';
import { POLICY_FIELD_MESSAGES } from './policies.messages.js';
import { POLICY_DEADLINE_RULES } from './policies.deadline-rules.js';
import { POLICY_LIFECYCLE } from './policy-lifecycle.js';
import { advancePolicyDates } from './policy-jobs.js';
import { policyImport } from './import/policy-import.kind.js';

/** 保单登记 (R-PO-1..7): the policy registry. */
export default defineModule({
  name: 'policies',
  label: { zh: '保单登记', en: 'Policy registry' },
  records: [POLICY_RECORD],
  routes: policyRoutes,
  messages: { fields: POLICY_FIELD_MESSAGES },
  deadlineRules: POLICY_DEADLINE_RULES,
  lifecycles: [POLICY_LIFECYCLE],
  importKinds: [policyImport],
  jobs: [{
    // Every ten minutes (the day turns at midnight Beijing time): the lifecycle's automatic moves.
    name: 'policy dates',
    start: ({ system, log }) => startPeriodic({
      name: 'policy dates', intervalMs: 10 * 60_000, log, work: () => advancePolicyDates(system), report: (r) => r.inForce + r.expired > 0,
    }),
  }],
});
