import type { Lifecycle } from './lifecycles.api';

/** A small policy lifecycle for the page's tests: two initial states, a step with a deadline, two automatic ones. */
export const policyLifecycle: Lifecycle = {
  kind: 'policy',
  label: { zh: '保单', en: 'Policy' },
  states: [
    { id: 'registered', label: { zh: '已登记', en: 'Registered' }, initial: true, final: false },
    { id: 'on_hold', label: { zh: '暂缓', en: 'On hold' }, initial: true, final: false },
    { id: 'verified', label: { zh: '已核对', en: 'Verified' }, initial: false, final: false },
    // A state id that is a Mermaid keyword.
    { id: 'end', label: { zh: '满期', en: 'Expired' }, initial: false, final: true },
    { id: 'in_force', label: { zh: '有效', en: 'In force' }, initial: false, final: false },
  ],
  transitions: [
    {
      event: 'policy.verified', label: { zh: '核对一致', en: 'verified' }, from: ['registered', 'on_hold'], to: 'verified',
      permission: 'policy.write', automatic: false,
      deadlines: [{ ruleId: 'policy.verify', effect: 'closes', label: { zh: '保单核对', en: 'Policy check' }, basis: { zh: 'R-PO-4 登记后核对', en: 'R-PO-4 check after intake' } }],
    },
    {
      event: 'policy.in_force', label: { zh: '到生效日生效', en: 'in force on the effective date' }, from: ['verified'], to: 'in_force',
      permission: null, automatic: true, deadlines: [],
    },
    {
      // Characters that would break a Mermaid label.
      event: 'policy.expired', label: { zh: '期满: 到期', en: 'expired; end "date"' }, from: ['verified'], to: 'end',
      permission: null, automatic: true, deadlines: [],
    },
  ],
};
