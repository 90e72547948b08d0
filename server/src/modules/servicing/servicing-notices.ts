import type { TxContext } from '../../platform/context/context.js';
import { beijingDate } from '../../platform/time/beijing.js';
import { amountInWords, yuan } from '../notices/amounts.js';
import { issueNotices } from '../notices/issue-notice.js';
import { templateFile, type Db, type NoticeTemplate } from '../notices/notice-template.js';
import './servicing.tables.js';
import { servicingType } from './servicing-types.data.js';
import { CHANGE_FIELD_NAMES } from './servicing-changes.js';
import type { ChangeView } from './servicing.types.js';

/**
 * The notices of policy servicing (保全, issue 12, item 3), first versions: the endorsement (批单) the
 * policyholder signs, the surrender explanation (退保说明确认书), the reinstatement notice (复效通知)
 * and the lost-policy reissue application (补发申请). Each reads what it prints in the issuing
 * transaction; the notices module numbers, renders and keeps them.
 */
async function requestFacts(tx: TxContext, id: number) {
  const r = await tx.trx
    .selectFrom('servicing_request as s')
    .innerJoin('policy as p', 'p.id', 's.policy_id')
    .innerJoin('insurer as i', 'i.id', 'p.insurer_id')
    .select(['s.request_no', 's.type', 's.details', 's.received_at', 's.channel', 'p.internal_no', 'p.policy_number', 'p.product_name', 'p.effective_date',
      'p.sum_insured', 'p.premium', 'p.state_changed_at', 'i.name as insurer_name'])
    .select((eb) => [
      eb.selectFrom('client as h').select('h.name').whereRef('h.id', '=', 'p.policyholder_id').as('policyholder_name'),
      eb.selectFrom('client as a').select('a.name').whereRef('a.id', '=', 's.applicant_client_id').as('applicant_name'),
      eb.selectFrom('policy_party as pp').select('pp.name').whereRef('pp.policy_id', '=', 'p.id').where('pp.role', '=', 'insured').orderBy('pp.position').limit(1).as('insured_name'),
    ])
    .where('s.id', '=', id)
    .executeTakeFirstOrThrow();
  const details = (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<string, unknown>;
  const type = servicingType(r.type);
  return {
    facts: {
      requestNo: r.request_no, typeName: type.label.zh, typeNameEn: type.label.en, receivedOn: beijingDate(r.received_at),
      policyNumber: r.policy_number, internalNo: r.internal_no, insurerName: r.insurer_name, productName: r.product_name,
      effectiveDate: r.effective_date, sumInsured: yuan(String(r.sum_insured)), premium: yuan(String(r.premium)),
      policyholderName: r.policyholder_name ?? '', applicantName: r.applicant_name ?? '', insuredName: r.insured_name ?? '',
      note: typeof details.note === 'string' ? details.note : null,
    },
    details,
    type,
    suspendedOn: beijingDate(r.state_changed_at),
  };
}

const typeOf = async (db: Db, id: number) => (await db.selectFrom('servicing_request').select('type').where('id', '=', id).executeTakeFirst())?.type;

/** 批单: the change as agreed, for the policyholder to sign (types with an endorsement). */
export const ENDORSEMENT: NoticeTemplate = {
  code: 'endorsement',
  version: 1,
  label: { zh: '批单', en: 'Endorsement' },
  recordTypes: ['servicing'],
  file: templateFile(import.meta.url, './notices/endorsement.v1.typ'),
  appliesTo: async (db, _type, id) => {
    const type = await typeOf(db, id);
    return type !== undefined && servicingType(type).endorsement;
  },
  async data(tx, _type, id) {
    return (await requestFacts(tx, id)).facts;
  },
};

/**
 * 批单, version 2: version 1 with what the request changes, item by item, as the request page shows it
 * (servicing-changes.ts: personal data masked). Notices issued with version 1 keep it (a reprint is the
 * same document).
 */
export const ENDORSEMENT_V2: NoticeTemplate = {
  ...ENDORSEMENT,
  version: 2,
  file: templateFile(import.meta.url, './notices/endorsement.v2.typ'),
  async data(tx, _type, id) {
    const row = await tx.trx.selectFrom('servicing_request').select('change_masked').where('id', '=', id).executeTakeFirstOrThrow();
    const masked = (typeof row.change_masked === 'string' ? JSON.parse(row.change_masked) : row.change_masked) as ChangeView | null;
    return { ...(await requestFacts(tx, id)).facts, changes: endorsementLines(masked) };
  },
};

const GENDER_ZH: Record<string, string> = { male: '男', female: '女' };
const RELATION_ZH: Record<string, string> = { self: '本人', spouse: '配偶', child: '子女', parent: '父母', other: '其他' };

/** The change as lines of the 批单: label and new value, in Chinese. */
export function endorsementLines(c: ChangeView | null): { label: string; value: string }[] {
  if (!c) return [];
  const lines: { label: string; value: string }[] = [];
  const add = (field: keyof typeof CHANGE_FIELD_NAMES, value: string | undefined) => {
    if (value !== undefined) lines.push({ label: CHANGE_FIELD_NAMES[field].zh, value });
  };
  add('mobile', c.mobile);
  add('address', c.address);
  add('bankAccount', c.bankAccount);
  add('birthDate', c.birthDate);
  add('gender', c.gender === undefined ? undefined : GENDER_ZH[c.gender] ?? c.gender);
  if (c.premium !== undefined) lines.push({ label: '保费', value: `${yuan(c.premium)}${c.premiumDifference ? `（应补/退 ${c.premiumDifference} 元）` : ''}` });
  if (c.beneficiaryDesignation === 'legal') lines.push({ label: '受益人', value: '法定受益人' });
  else if (c.beneficiaries) {
    lines.push({ label: '受益人', value: c.beneficiaries.map((b) => `${b.name}（${RELATION_ZH[b.relation] ?? b.relation}，第 ${b.rank} 顺位，${b.share}%）`).join('；') });
  }
  return lines;
}

const money = (v: unknown) => (typeof v === 'string' && v !== '' ? { figure: yuan(v), words: amountInWords(v) } : null);

/**
 * 退保说明确认书 (R-SV-3): the insurer's figures — cash value, fees, outstanding loan, refund, each with
 * ￥ and in capital figures — and the items explained to the client, for the client to sign.
 */
export const SURRENDER_EXPLANATION: NoticeTemplate = {
  code: 'surrender_explanation',
  version: 1,
  label: { zh: '退保说明确认书', en: 'Surrender explanation' },
  recordTypes: ['servicing'],
  file: templateFile(import.meta.url, './notices/surrender-explanation.v1.typ'),
  sensitive: true,
  appliesTo: async (db, _type, id) => (await typeOf(db, id)) === 'surrender',
  async data(tx, _type, id) {
    const { facts, details } = await requestFacts(tx, id);
    const explained = (details.explained ?? {}) as Record<string, unknown>;
    return {
      ...facts,
      cashValue: money(details.cashValue), fees: money(details.fees), outstandingLoan: money(details.outstandingLoan), refund: money(details.refund),
      explained: [
        { item: '退保将扣除的手续费及其计算方式', done: explained.feeDeduction === true },
        { item: '退保金按现金价值计算，与已交保费不同，可能少于已交保费', done: explained.refundVersusCashValue === true },
        { item: '不退还任何款项的情形（如现金价值为零或已全部用于抵扣）', done: explained.noRefundCases === true },
      ],
      payee: details.payee === 'policyholder' ? '投保人本人' : null,
    };
  },
};

/** 复效通知 (R-SV-5): the policy reinstated, and the suicide exclusion that runs again for two years (Insurance Law Art. 44). */
export const REINSTATEMENT_NOTICE: NoticeTemplate = {
  code: 'reinstatement_notice',
  version: 1,
  label: { zh: '复效通知', en: 'Reinstatement notice' },
  recordTypes: ['servicing'],
  file: templateFile(import.meta.url, './notices/reinstatement-notice.v1.typ'),
  appliesTo: async (db, _type, id) => (await typeOf(db, id)) === 'reinstatement',
  async data(tx, _type, id) {
    const { facts, details, suspendedOn } = await requestFacts(tx, id);
    // The suspension as the request recorded it at receipt: after the reinstatement the policy's state date is
    // the reinstatement's (a request taken before the date was kept falls back to it).
    return {
      ...facts, suspendedOn: typeof details.suspendedOn === 'string' ? details.suspendedOn : suspendedOn,
      suicideExclusionExplained: details.suicideExclusionExplained === true,
    };
  },
};

/**
 * 保单补发申请, version 1: a policy's notice, from when the reissue was a record of the policy. The
 * notices issued with it keep it (a reprint is the same document); new ones are version 2's.
 */
export const REISSUE_APPLICATION: NoticeTemplate = {
  code: 'reissue_application',
  version: 1,
  label: { zh: '保单补发申请', en: 'Policy reissue application' },
  recordTypes: ['policy'],
  file: templateFile(import.meta.url, './notices/reissue-application.v1.typ'),
  async data(tx, _type, id) {
    const p = await tx.trx
      .selectFrom('policy as p')
      .innerJoin('insurer as i', 'i.id', 'p.insurer_id')
      .select(['p.internal_no', 'p.policy_number', 'p.product_name', 'p.effective_date', 'i.name as insurer_name'])
      .select((eb) => [eb.selectFrom('client as h').select('h.name').whereRef('h.id', '=', 'p.policyholder_id').as('policyholder_name')])
      .where('p.id', '=', id)
      .executeTakeFirstOrThrow();
    return {
      policyNumber: p.policy_number, internalNo: p.internal_no, productName: p.product_name, insurerName: p.insurer_name,
      effectiveDate: p.effective_date, policyholderName: p.policyholder_name ?? '',
    };
  },
};

const REISSUE_REASON_ZH: Record<string, string> = { lost: '遗失', damaged: '损毁', other: '其他原因' };
const IDENTITY_METHOD_ZH: Record<string, string> = {
  id_card_in_person: '本人持身份证件到柜面核实', id_card_copy_and_call: '身份证件复印件并电话核实', video: '视频核实', other: '其他方式',
};

/**
 * 保单补发申请, version 2 (R-PO-7): the application of a reissue request (保全申请 of type
 * policy_reissue) — its number, the reason, how the policyholder's identity was checked — with the loss
 * statement when the policy was lost.
 */
export const REISSUE_APPLICATION_V2: NoticeTemplate = {
  ...REISSUE_APPLICATION,
  version: 2,
  recordTypes: ['servicing'],
  file: templateFile(import.meta.url, './notices/reissue-application.v2.typ'),
  appliesTo: async (db, _type, id) => (await typeOf(db, id)) === 'policy_reissue',
  async data(tx, _type, id) {
    const { facts, details } = await requestFacts(tx, id);
    const reason = typeof details.reissueReason === 'string' ? details.reissueReason : 'other';
    const method = typeof details.identityMethod === 'string' ? details.identityMethod : 'other';
    const note = typeof details.identityNote === 'string' && details.identityNote ? `（${details.identityNote}）` : '';
    return { ...facts, reason, reasonText: REISSUE_REASON_ZH[reason] ?? reason, identityText: `${IDENTITY_METHOD_ZH[method] ?? method}${note}` };
  },
};

export const SERVICING_NOTICES: readonly NoticeTemplate[] = [
  ENDORSEMENT, ENDORSEMENT_V2, SURRENDER_EXPLANATION, REINSTATEMENT_NOTICE, REISSUE_APPLICATION, REISSUE_APPLICATION_V2,
];

/**
 * The `issue_endorsement` step renders the 批单 in its own transaction: a PDF that fails to render
 * rolls the whole step back (state, history, number). The latest version of the template is used.
 */
export async function issueEndorsement(tx: TxContext, r: { id: number; org_unit_id: number }) {
  const template = tx.notices.templates.latest(ENDORSEMENT.code);
  if (!template) throw new Error('no endorsement template is declared');
  await issueNotices(tx, template, [{ recordType: 'servicing', id: r.id, orgUnitId: r.org_unit_id }]);
}
