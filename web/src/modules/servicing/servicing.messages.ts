import { defineMessages } from '../../i18n/define';

/** 保全 (SPEC §5, R-SV-1..5). */
export const servicingMessages = defineMessages({
  'zh-CN': {
    title: '保全',
    empty: '暂无保全申请',
    create: '新建保全申请',
    states: { received: '已受理', processing: '办理中', awaiting_signature: '待客户签批单', completed: '已办结', refused: '不予办理', withdrawn: '客户撤回' },
    channels: { counter: '柜面', phone: '电话', agent: '业务员转交', mail: '信函', online: '线上' },
    events: {
      start: '开始办理', record_medical_result: '登记体检结果', record_insurer_agreement: '登记保险公司同意', record_referral: '登记上报核保',
      issue_endorsement: '出具批单待签', complete: '办结', refuse: '不予办理', withdraw: '客户撤回',
    },
    columns: { requestNo: '申请号', type: '类型', policy: '保单', policyholder: '投保人', state: '状态', receivedAt: '受理时间', owner: '经办人', orgUnit: '机构' },
    filters: { state: '状态', open: '只看未办结' },
    form: {
      type: '保全类型', channel: '受理渠道', walkIn: '客户本人到柜面', note: '申请说明', receiptSignedOn: '回执签收日期',
      receiptHint: '犹豫期自投保人签收保单回执之日起算', signedBy: '签字人', signedByClient: '客户本人', signedByAgent: '业务员代签',
      reason: '原因或办理结果', reasonRequired: '请填写原因', payee: '收款人', payeePolicyholder: '投保人本人', payeeAgent: '业务员',
      cashValue: '现金价值', fees: '手续费', outstandingLoan: '保单借款', refund: '退费金额',
      explained: '已向客户说明', feeDeduction: '手续费扣除', refundVersusCashValue: '退还保费与现金价值的区别', noRefundCases: '不退费的情形',
    },
    detail: { completedAt: '办结时间', policy: '保单', applicant: '申请人', channel: '受理渠道', receivedAt: '受理时间', owner: '经办人', outcome: '办理结果', reason: '原因', deadlines: '时限', documents: '材料' },
    done: '已{{event}}',
  },
  en: {
    title: 'Servicing',
    empty: 'No servicing requests',
    create: 'New servicing request',
    states: { received: 'received', processing: 'processing', awaiting_signature: 'awaiting signature', completed: 'completed', refused: 'refused', withdrawn: 'withdrawn' },
    channels: { counter: 'counter', phone: 'phone', agent: 'via the agent', mail: 'letter', online: 'online' },
    events: {
      start: 'Start', record_medical_result: 'Record the medical result', record_insurer_agreement: "Record the insurer's agreement", record_referral: 'Record the referral',
      issue_endorsement: 'Issue the endorsement to sign', complete: 'Complete', refuse: 'Refuse', withdraw: 'Withdrawn by the client',
    },
    columns: { requestNo: 'Request no.', type: 'Type', policy: 'Policy', policyholder: 'Policyholder', state: 'State', receivedAt: 'Received', owner: 'Handled by', orgUnit: 'Org unit' },
    filters: { state: 'State', open: 'Open only' },
    form: {
      type: 'Request type', channel: 'Channel', walkIn: 'The client is at the counter', note: 'What is asked', receiptSignedOn: 'Receipt signed on',
      receiptHint: 'The hesitation period runs from the day the policyholder signed the policy receipt', signedBy: 'Signed by', signedByClient: 'the client in person', signedByAgent: 'the agent for the client',
      reason: 'Reason or outcome', reasonRequired: 'Give the reason', payee: 'Payee', payeePolicyholder: 'the policyholder', payeeAgent: 'the agent',
      cashValue: 'Cash value', fees: 'Fees', outstandingLoan: 'Outstanding loan', refund: 'Refund',
      explained: 'Explained to the client', feeDeduction: 'the fee deduction', refundVersusCashValue: 'premium refund versus cash value', noRefundCases: 'when nothing is refunded',
    },
    detail: { completedAt: 'Completed', policy: 'Policy', applicant: 'Applicant', channel: 'Channel', receivedAt: 'Received', owner: 'Handled by', outcome: 'Outcome', reason: 'Reason', deadlines: 'Deadlines', documents: 'Documents' },
    done: 'Done: {{event}}',
  },
});
