import type { ChecklistEntry } from '../../kit/module.js';
import type { Text } from '../../platform/lifecycle/lifecycle.js';

/**
 * 保全申请类型 — the request types as data (issue 12, item 1; R-SV-1..5): what each is, the SLA
 * rule that times it (deadline-rules.data.ts: the rule's basis is shown with the deadline), the
 * documents it needs (the record's checklist), whether a walk-in request is done on the spot, and
 * what completing it does to the policy. A type added here is offered, timed and checked everywhere.
 */
/** What a request of a type changes when it completes (apply-change.ts): on the policyholder, the insured or the policy. */
export type ChangeField = 'mobile' | 'address' | 'bankAccount' | 'birthDate' | 'gender' | 'premium' | 'beneficiaries';

/**
 * A document of a type's checklist; `onlyWhen` makes a required one conditional on the request
 * (servicing-rules.ts `requiredDocuments`).
 */
export type ServicingDocument = ChecklistEntry & { onlyWhen?: 'applicantIsNotInsured' };

export type ServicingType = {
  code: string;
  label: Text;
  specId: string;
  /** The event its receipt records for the deadline engine (opens its SLA rule); null: done at once, no SLA. */
  receivedEvent: string | null;
  /** The event its completion records (closes the SLA rule). */
  completedEvent: string | null;
  documents: readonly ServicingDocument[];
  /** The fields the request carries and completing it applies; `required` must be given at receipt. */
  changes: { fields: readonly ChangeField[]; required: readonly ChangeField[] };
  /**
   * Who may complete it (办结审批): any clerk handling servicing, or only a holder of
   * `servicing.approve` (the office supervisor) for the requests that move money or rights.
   */
  approval: 'clerk' | 'supervisor';
  /** R-SV-1: a walk-in request of this type is completed at the counter. */
  walkInOnTheSpot: boolean;
  /** An endorsement (批单) goes to the policyholder to sign before it completes (R-SV-1). */
  endorsement: boolean;
  /** What completing it does to the policy. */
  effect: 'none' | 'terminate' | 'reinstate';
  /**
   * Who may apply: anyone the policyholder sends, or only the policyholder in person, whose identity
   * the clerk checked against the ID document (a lost policy's reissue, R-PO-7).
   */
  applicant: 'any' | 'policyholderIdentityChecked';
  /** Only one request of the type runs for a policy at a time (a second reissue of the same policy is refused). */
  onePerPolicy: boolean;
  /** A refund is paid: the payee must be the policyholder, never the agent (Insurance Sales Conduct Rules Art. 29, 32; LAW.md). */
  refund: boolean;
};

const NO_CHANGE = { fields: [], required: [] } as const;

const idCopy: ChecklistEntry = { typeCode: 'id_document', required: true };
const form: ChecklistEntry = { typeCode: 'application_form', required: true };
const signedEndorsement: ChecklistEntry = { typeCode: 'signed_endorsement', required: true, note: { zh: '批单经投保人签字后归档', en: 'filed once the policyholder has signed it' } };

export const SERVICING_TYPES: readonly ServicingType[] = [
  {
    code: 'contact_change', label: { zh: '联系方式变更', en: 'Contact change' }, specId: 'R-SV-1',
    receivedEvent: 'servicing.received', completedEvent: 'servicing.completed', documents: [form, idCopy, signedEndorsement],
    walkInOnTheSpot: true, endorsement: true, effect: 'none', refund: false,
    changes: { fields: ['mobile'], required: ['mobile'] }, approval: 'clerk', applicant: 'any', onePerPolicy: false,
  },
  {
    code: 'address_change', label: { zh: '地址变更', en: 'Address change' }, specId: 'R-SV-1',
    receivedEvent: 'servicing.received', completedEvent: 'servicing.completed', documents: [form, idCopy, signedEndorsement],
    walkInOnTheSpot: true, endorsement: true, effect: 'none', refund: false,
    changes: { fields: ['address'], required: ['address'] }, approval: 'clerk', applicant: 'any', onePerPolicy: false,
  },
  {
    code: 'payment_account_change', label: { zh: '缴费账户变更', en: 'Payment account change' }, specId: 'R-SV-1',
    receivedEvent: 'servicing.received', completedEvent: 'servicing.completed',
    // R-NB-5: a bank debit needs the client's own signed authorisation.
    documents: [form, idCopy, { typeCode: 'debit_authorisation', required: true, note: { zh: '客户本人签字的银行扣款授权书（R-NB-5）', en: "the client's own signed debit authorisation (R-NB-5)" } },
      { typeCode: 'bank_card', required: true }, signedEndorsement],
    walkInOnTheSpot: true, endorsement: true, effect: 'none', refund: false,
    changes: { fields: ['bankAccount'], required: ['bankAccount'] }, approval: 'clerk', applicant: 'any', onePerPolicy: false,
  },
  {
    code: 'age_gender_correction', label: { zh: '年龄性别更正', en: 'Age or gender correction' }, specId: 'R-SV-1',
    receivedEvent: 'servicing.received', completedEvent: 'servicing.completed', documents: [form, idCopy, signedEndorsement],
    walkInOnTheSpot: false, endorsement: true, effect: 'none', refund: false,
    // The insured's birth date or gender as the ID shows it; the insurer's new premium when it adjusts one.
    changes: { fields: ['birthDate', 'gender', 'premium'], required: [] }, approval: 'supervisor', applicant: 'any', onePerPolicy: false,
  },
  {
    code: 'beneficiary_change', label: { zh: '受益人变更', en: 'Beneficiary change' }, specId: 'R-SV-1',
    receivedEvent: 'servicing.received', completedEvent: 'servicing.completed',
    // LAW.md Art. 39, 41: the applicant's change of beneficiary needs the insured's consent.
    documents: [form, idCopy, {
      typeCode: 'beneficiary_consent', required: true, onlyWhen: 'applicantIsNotInsured',
      note: { zh: '投保人变更受益人须经被保险人同意（保险法第四十一条）；投保人即被保险人时不需要', en: "the insured's consent when the applicant changes the beneficiary (Insurance Law Art. 41); not needed when the applicant is the insured" },
    },
      { typeCode: 'relationship_proof', required: false }, signedEndorsement],
    walkInOnTheSpot: false, endorsement: true, effect: 'none', refund: false,
    changes: { fields: ['beneficiaries'], required: ['beneficiaries'] }, approval: 'supervisor', applicant: 'any', onePerPolicy: false,
  },
  {
    code: 'policy_enquiry', label: { zh: '保单查询', en: 'Policy enquiry' }, specId: 'R-SV-2',
    receivedEvent: null, completedEvent: null, documents: [], walkInOnTheSpot: true, endorsement: false, effect: 'none', refund: false,
    changes: NO_CHANGE, approval: 'clerk', applicant: 'any', onePerPolicy: false,
  },
  {
    code: 'add_rider', label: { zh: '附加险加保', en: 'Add a rider' }, specId: 'R-SV-2',
    // The SLA (1 WD) starts with the medical result, recorded as a step of the request.
    receivedEvent: null, completedEvent: 'servicing.completed', documents: [form, idCopy, { typeCode: 'medical_report', required: false }, signedEndorsement],
    walkInOnTheSpot: false, endorsement: true, effect: 'none', refund: false,
    changes: NO_CHANGE, approval: 'clerk', applicant: 'any', onePerPolicy: false,
  },
  {
    code: 'surrender', label: { zh: '退保', en: 'Surrender' }, specId: 'R-SV-3',
    // Art. 47: the refund is paid within 30 days of the notice.
    receivedEvent: 'surrender.requested', completedEvent: 'surrender.paid',
    documents: [form, idCopy, { typeCode: 'surrender_explanation', required: true, note: { zh: '退保说明确认书，客户签字', en: 'the surrender explanation, signed by the client' } }, { typeCode: 'bank_card', required: true }],
    walkInOnTheSpot: false, endorsement: false, effect: 'terminate', refund: true,
    changes: NO_CHANGE, approval: 'supervisor', applicant: 'any', onePerPolicy: false,
  },
  {
    code: 'hesitation_cancellation', label: { zh: '犹豫期撤单', en: 'Cancellation in the hesitation period' }, specId: 'R-NB-8',
    receivedEvent: 'servicing.received', completedEvent: 'servicing.completed', documents: [form, idCopy, { typeCode: 'bank_card', required: true }],
    walkInOnTheSpot: false, endorsement: false, effect: 'terminate', refund: true,
    changes: NO_CHANGE, approval: 'clerk', applicant: 'any', onePerPolicy: false,
  },
  {
    code: 'reinstatement', label: { zh: '复效', en: 'Reinstatement' }, specId: 'R-SV-5',
    // The SLA starts at the insurer's agreement (2 WD), a referral (7 WD) or the medical result (1 WD): steps of the request.
    receivedEvent: null, completedEvent: 'policy.reinstated', documents: [form, idCopy, { typeCode: 'medical_report', required: false }],
    walkInOnTheSpot: false, endorsement: false, effect: 'reinstate', refund: false,
    changes: NO_CHANGE, approval: 'supervisor', applicant: 'any', onePerPolicy: false,
  },
  {
    code: 'policy_reissue', label: { zh: '保单补发', en: 'Policy reissue' }, specId: 'R-PO-7',
    // The SLA (2 WD, policy.reissue_submit) runs from the request to its submission to the insurer, a step
    // of the request; it completes when the reissued policy is handed over.
    receivedEvent: 'policy.reissue_requested', completedEvent: null,
    documents: [
      { typeCode: 'application_form', required: true, note: { zh: '补发申请书，投保人签字（可由系统出具）', en: 'the reissue application, signed by the policyholder (the system prints it)' } },
      idCopy,
      { typeCode: 'loss_statement', required: false, note: { zh: '遗失时由投保人签署', en: 'signed by the policyholder when the policy was lost' } },
    ],
    walkInOnTheSpot: false, endorsement: false, effect: 'none', refund: false,
    changes: NO_CHANGE, approval: 'clerk', applicant: 'policyholderIdentityChecked', onePerPolicy: true,
  },
];

export const SERVICING_TYPE_CODES = SERVICING_TYPES.map((t) => t.code) as [string, ...string[]];

export function servicingType(code: string): ServicingType {
  const type = SERVICING_TYPES.find((t) => t.code === code);
  if (!type) throw new Error(`no servicing type ${code}`);
  return type;
}

/** Why a policy is reissued (R-PO-7), and how the applicant's identity was checked. */
export const REISSUE_REASONS = ['lost', 'damaged', 'other'] as const;
export const IDENTITY_METHODS = ['id_card_in_person', 'id_card_copy_and_call', 'video', 'other'] as const;

/** The most a hesitation-period cancellation may keep back (R-NB-8: a fee of at most 10 CNY). */
export const HESITATION_FEE_MAX = 10;
