// Servicing at work (issue 12, item 6): in the first office of each city, requests of every type and
// state through the clerk's own use cases at past moments — one just received, one overdue (the
// sweep escalates it), one being processed with its documents, an endorsement out for signature, a
// surrender completed (the policy ended with it), an enquiry done at the counter, a request
// withdrawn, a rider refused after the medical result, a reinstatement agreed by the insurer; a
// surrender is completed by the office's supervisor (its approval).
import { Readable } from 'node:stream';
import type { Context } from '../../platform/context/context.js';
import { addDocuments } from '../documents/add-documents.js';
import { issueNoticeForRecord } from '../notices/issue-notice.js';
import servicing from '../servicing/index.js';
import { createRequest, fireRequest } from '../servicing/handle-request.js';
import type { ServicingRequest } from '../servicing/servicing.types.js';

type Step = { at: Date; run: (ctx: Context) => Promise<unknown> };
type Policy = { id: number };

/** A one-page PDF: what a scanned form stands for in the demo. */
const DEMO_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export async function attach(ctx: Context, request: ServicingRequest, typeCodes: string[]) {
  // Each file its own content (a scan per request), so each is a file of its own in the store.
  const files = typeCodes.map((typeCode) => ({
    typeCode, fileName: `${typeCode}-${request.requestNo}.pdf`, content: Readable.from([Buffer.concat([DEMO_PDF, Buffer.from(`%${request.requestNo} ${typeCode}\n`)])], { objectMode: false }),
  }));
  await addDocuments(ctx, [servicing], 'servicing', request.id, (async function* () { yield* files; })());
}

const FORM_AND_ID = ['application_form', 'id_document'];

/** A notice of the request (通知书: the document receipt, the surrender explanation …), issued by the clerk at that moment. */
const issueNotice = (ctx: Context, r: ServicingRequest, templateCode: string) => issueNoticeForRecord(ctx, 'servicing', r.id, templateCode);

/**
 * The steps, each at its moment; `take` hands out a policy in force of the office (`take(true)` one of a
 * personal line), `lapsed` one that
 * lapsed within two years (if the office has one). `at(n)` is n working days ago.
 */
export function servicingShowcase(
  take: (personal?: boolean) => Policy | undefined,
  lapsed: Policy | undefined,
  at: (workingDays: number, hour?: number) => Date,
  justNow: Date,
  /** The office supervisor at a moment: completes what needs approval (servicing.approve). */
  approver: (at: Date) => Context,
): { steps: Step[]; count: number } {
  const steps: Step[] = [];
  let count = 0;
  // A request made at `received`, then its steps, each at its own moment (the clerk's context at that moment is `ctxAt`).
  const request = (policy: Policy | undefined, received: Date, body: Parameters<typeof createRequest>[2], then: (r: ServicingRequest, ctxAt: (d: Date) => Context) => Promise<void> = async () => {}) => {
    if (!policy) return;
    count++;
    steps.push({
      at: received,
      run: async (ctx) => {
        const r = await createRequest(ctx, policy.id, body);
        const ctxAt = (d: Date): Context => ({ ...ctx, clock: { now: () => d } });
        await then(r, ctxAt);
      },
    });
  };
  const step = async (ctx: Context, r: ServicingRequest, event: Parameters<typeof fireRequest>[2]['event'], extra: Partial<Parameters<typeof fireRequest>[2]> = {}) =>
    fireRequest(ctx, r.id, { version: r.version, event, ...extra });

  request(take(), justNow, { type: 'contact_change', channel: 'counter', note: '客户更换手机号码', change: { mobile: '13912345678' } });
  request(take(), at(5), { type: 'address_change', channel: 'phone', note: '客户搬家，需变更通讯地址', change: { address: '广州市天河区体育西路 191 号 2 栋 1802' } }); // overdue: escalated
  request(take(), at(2), { type: 'payment_account_change', channel: 'counter', note: '续期扣款改用新的银行卡', change: { bankAccount: '6222020200112233445' } }, async (r, c) => {
    await attach(c(at(2, 11)), r, [...FORM_AND_ID, 'debit_authorisation', 'bank_card']);
    await issueNotice(c(at(2, 12)), r, 'document_receipt');
    await step(c(at(1)), r, 'start');
  });
  request(take(true), at(3), {
    type: 'beneficiary_change', channel: 'agent', note: '受益人由父母变更为配偶',
    change: { beneficiaryDesignation: 'named', beneficiaries: [{ name: '李秀英', relation: 'spouse', rank: 1, share: '100' }] },
  }, async (r, c) => {
    await attach(c(at(3, 11)), r, [...FORM_AND_ID, 'beneficiary_consent']);
    await issueNotice(c(at(3, 12)), r, 'document_receipt');
    const started = await step(c(at(2)), r, 'start');
    await step(c(at(1)), started, 'issue_endorsement');
  });
  request(take(), at(4), { type: 'surrender', channel: 'counter', note: '客户资金周转，申请退保', details: { signedBy: 'client' } }, async (r, c) => {
    await attach(c(at(4, 11)), r, [...FORM_AND_ID, 'surrender_explanation', 'bank_card']);
    await issueNotice(c(at(4, 12)), r, 'document_receipt');
    const started = await step(c(at(3)), r, 'start');
    await step(approver(at(1)), started, 'complete', {
      reason: '保险公司已核算，退费转入投保人账户',
      details: { payee: 'policyholder', cashValue: '8650.00', fees: '0.00', outstandingLoan: '0.00', refund: '8650.00', explained: { feeDeduction: true, refundVersusCashValue: true, noRefundCases: true } },
    });
    await issueNotice(c(at(1, 15)), r, 'surrender_explanation');
  });
  request(take(), justNow, { type: 'policy_enquiry', channel: 'counter', walkIn: true, note: '查询保单现金价值，已当场告知' });
  request(take(), at(2), { type: 'address_change', channel: 'phone', note: '变更通讯地址', change: { address: '广州市越秀区中山五路 33 号' } }, async (r, c) => {
    await step(c(at(1)), r, 'withdraw', { reason: '客户表示暂不变更' });
  });
  request(take(), at(3), { type: 'add_rider', channel: 'agent', note: '加保附加住院医疗' }, async (r, c) => {
    const recorded = await step(c(at(2)), r, 'record_medical_result');
    await step(c(at(1)), recorded, 'refuse', { reason: '体检结果不符合附加险承保条件，保险公司不予加保' });
  });
  request(lapsed, at(3), { type: 'reinstatement', channel: 'counter', note: '补交欠缴保费，申请恢复效力' }, async (r, c) => {
    await attach(c(at(3, 11)), r, FORM_AND_ID);
    await step(c(at(1)), r, 'record_insurer_agreement');
    await issueNotice(c(at(1, 15)), r, 'reinstatement_notice');
  });
  return { steps, count };
}
