import { wd, warnWd, type DeadlineRuleSeed } from '../deadlines/deadline-rules.data.js';

/** The policy registry's deadlines (R-PO-2, R-PO-4, R-PO-7), as data with their basis. */
export const POLICY_DEADLINE_RULES: DeadlineRuleSeed[] = [
  // Service standards of the office: adjustable on the rules page.
  { id: 'policy.intake_verify', module: 'policies', nameZh: '保单登记核对', nameEn: 'Verify a handed-over policy', specId: 'R-PO-4', lawRef: null,
    basisZh: '客户交来保单后 3 个工作日内完成初审与核对（本机构服务标准）', basisEn: 'Review and verification within 3 working days of hand-over (office service standard)',
    startEvent: 'policy.handed_over', completionEvent: 'policy.verified', ...wd(3), ...warnWd(1), escalateToRole: 'supervisor', confirm: true },
  { id: 'policy.hold_followup', module: 'policies', nameZh: '暂缓登记跟进', nameEn: 'Follow up a policy on hold', specId: 'R-PO-2', lawRef: null,
    basisZh: '初审不通过已通知客户补充证明材料，5 个工作日内跟进（本机构服务标准）', basisEn: 'Client asked for proof after a failed review; follow up within 5 working days (office service standard)',
    startEvent: 'policy.put_on_hold', completionEvent: 'policy.hold_cleared', ...wd(5), ...warnWd(1), escalateToRole: 'supervisor', confirm: true },
  { id: 'policy.difference_followup', module: 'policies', nameZh: '核对差异跟进', nameEn: 'Resolve verification differences', specId: 'R-PO-4', lawRef: null,
    basisZh: '核对发现与客户资料不符，5 个工作日内与客户确认（本机构服务标准）', basisEn: 'Differences found in verification are settled with the client within 5 working days (office service standard)',
    startEvent: 'policy.difference_raised', completionEvent: 'policy.differences_resolved', ...wd(5), ...warnWd(1), escalateToRole: 'supervisor', confirm: true },
  { id: 'policy.reissue_submit', module: 'policies', nameZh: '保单补发递交', nameEn: 'Submit a reissue request', specId: 'R-PO-7', lawRef: null,
    basisZh: '客户申请补发保单并核实身份后，2 个工作日内向保险公司递交（本机构服务标准）', basisEn: 'After the identity check, a reissue request goes to the insurer within 2 working days (office service standard)',
    startEvent: 'policy.reissue_requested', completionEvent: 'policy.reissue_submitted', ...wd(2), ...warnWd(1), escalateToRole: 'supervisor', confirm: true },
];
