import type { TxContext } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import type { FieldProblem } from '../../platform/http/errors.js';
import { decryptField, encryptField, mask, normaliseMobile, residentIdInfo, type Keyring } from '../../platform/pii/index.js';
import { beijingDate } from '../../platform/time/beijing.js';
import { beneficiaryProblems, hundredths } from '../policies/policy-rules.js';
import { BANK_ACCOUNT_PATTERN } from '../policies/policy-rules.data.js';
import { CONTEXT as CLIENT_CONTEXT } from '../clients/client-rules.js';
import { toBeneficiaryDrafts } from '../policies/policy-draft.js';
import type { LineOfBusiness } from '../catalog/catalog.tables.js';
import type { ChangeField, ServicingType } from './servicing-types.data.js';
import type { ChangeBody, ChangeView } from './servicing.types.js';

/** The encryption context of a request's change (table.column). */
export const CHANGE_CONTEXT = 'servicing_request.change';

type PolicyFacts = { id: number; line_of_business: LineOfBusiness | null };

const GENDER_TEXT = { male: { 'zh-CN': '男', en: 'male' }, female: { 'zh-CN': '女', en: 'female' } } as const;

/**
 * An age or gender correction makes the archive agree with the insured's resident ID (the archive
 * checks the same on every save): a correction the ID contradicts is refused at the counter, with
 * what the ID says, rather than at completion.
 */
async function againstInsuredId(tx: TxContext, policyId: number, change: ChangeBody): Promise<FieldProblem[]> {
  const insured = await tx.trx.selectFrom('policy_party as pp').innerJoin('client as c', 'c.id', 'pp.client_id')
    .select(['c.id_type', 'c.id_number_enc']).where('pp.policy_id', '=', policyId).where('pp.role', '=', 'insured').orderBy('pp.position').executeTakeFirst();
  if (!insured?.id_number_enc || (insured.id_type ?? 'resident_id') !== 'resident_id') return [];
  const info = residentIdInfo(decryptField(tx.keyring, insured.id_number_enc, { context: CLIENT_CONTEXT.idNumber }));
  if (!info) return [];
  const problems: FieldProblem[] = [];
  if (change.birthDate !== undefined && change.birthDate !== info.birthDate) problems.push({ path: 'change.birthDate', reason: 'birthDateMismatch', params: { expected: info.birthDate } });
  if (change.gender !== undefined && change.gender !== info.gender) problems.push({ path: 'change.gender', reason: 'genderMismatch', params: { expected: GENDER_TEXT[info.gender] } });
  return problems;
}

/**
 * A change as the type allows it (R-SV-1): only the type's fields; at receipt the required ones;
 * each field checked as the archive and the registry check it (mobile, debit account, dates, the
 * beneficiaries' shares total 100 % per rank, LAW.md Art. 39-41). Returns the normalised change.
 */
export async function checkChange(
  tx: TxContext,
  type: ServicingType,
  policy: PolicyFacts,
  given: ChangeBody | undefined,
  opts: { atReceipt: boolean },
): Promise<{ change: ChangeBody; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const change: ChangeBody = { ...given };
  const allowed = new Set<string>(type.changes.fields);
  for (const [key, value] of Object.entries(change)) {
    const field = key === 'premiumDifference' ? 'premium' : key === 'beneficiaryDesignation' ? 'beneficiaries' : key;
    if (value !== undefined && !allowed.has(field)) problems.push({ path: `change.${key}`, reason: 'changeNotForType' });
  }
  if (opts.atReceipt) {
    // Beneficiaries "by law" (法定) are a change of beneficiaries without a list.
    const given = (f: ChangeField) => change[f] !== undefined || (f === 'beneficiaries' && change.beneficiaryDesignation !== undefined);
    for (const field of type.changes.required) if (!given(field)) problems.push({ path: `change.${field}`, reason: 'required' });
    // 年龄性别更正: the birth date, the gender or both.
    if (type.code === 'age_gender_correction' && change.birthDate === undefined && change.gender === undefined) {
      problems.push({ path: 'change.birthDate', reason: 'birthDateOrGender' });
    }
  }
  if (change.mobile !== undefined) {
    const mobile = normaliseMobile(change.mobile);
    if (mobile === null) problems.push({ path: 'change.mobile', reason: 'invalidMobile' });
    else change.mobile = mobile;
  }
  if (change.address !== undefined) {
    change.address = change.address.trim();
    if (!change.address) problems.push({ path: 'change.address', reason: 'required' });
  }
  if (change.bankAccount !== undefined) {
    change.bankAccount = change.bankAccount.replace(/[\s-]/g, '');
    if (!BANK_ACCOUNT_PATTERN.test(change.bankAccount)) problems.push({ path: 'change.bankAccount', reason: 'invalidBankAccount' });
  }
  if (change.birthDate !== undefined && change.birthDate > beijingDate(tx.clock.now().getTime())) {
    problems.push({ path: 'change.birthDate', reason: 'dateInFuture' });
  }
  if (change.birthDate !== undefined || change.gender !== undefined) problems.push(...(await againstInsuredId(tx, policy.id, change)));
  if (change.premium !== undefined && hundredths(change.premium) <= 0) problems.push({ path: 'change.premium', reason: 'mustBePositive' });
  if (change.beneficiaries !== undefined || change.beneficiaryDesignation !== undefined) {
    const designation = change.beneficiaryDesignation ?? 'named';
    change.beneficiaryDesignation = designation;
    // As the registry normalises them (checkPolicyDraft): blanks are none, an ID number in capitals.
    const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
    change.beneficiaries = (change.beneficiaries ?? []).map((b) => ({ ...b, name: blank(b.name), idNumber: blank(b.idNumber)?.normalize('NFKC').replace(/\s+/g, '').toUpperCase() ?? null }));
    problems.push(...beneficiaryProblems({ beneficiaryDesignation: designation, lineOfBusiness: policy.line_of_business, beneficiaries: toBeneficiaryDrafts(change.beneficiaries) }, 'change.'));
    // A beneficiary from the archive must be a client in the caller's scope.
    const ids = change.beneficiaries.flatMap((b) => (b.clientId ? [b.clientId] : []));
    if (ids.length) {
      const found = new Set((await tx.trx.selectFrom('client').select('id').where('id', 'in', ids).where(inScope('org_unit_id', tx.scope)).execute()).map((c) => c.id));
      change.beneficiaries.forEach((b, i) => {
        if (b.clientId && !found.has(b.clientId)) problems.push({ path: `change.beneficiaries.${i}.clientId`, reason: 'clientNotFound' });
      });
    }
  }
  return { change, problems };
}

export const hasChange = (change: ChangeBody | null | undefined): change is ChangeBody =>
  !!change && Object.values(change).some((v) => v !== undefined);

/** What the request stores: the change encrypted, and masked for display (names of archive clients looked up). */
export async function sealChange(tx: TxContext, change: ChangeBody): Promise<{ change_enc: string; change_masked: string }> {
  return {
    change_enc: encryptField(tx.keyring, JSON.stringify(change), { context: CHANGE_CONTEXT }),
    change_masked: JSON.stringify(await maskChange(tx, change)),
  };
}

export function openChange(keyring: Keyring, changeEnc: string | null): ChangeBody {
  return changeEnc === null ? {} : (JSON.parse(decryptField(keyring, changeEnc, { context: CHANGE_CONTEXT })) as ChangeBody);
}

async function maskChange(tx: TxContext, c: ChangeBody): Promise<ChangeView> {
  const ids = (c.beneficiaries ?? []).flatMap((b) => (b.clientId ? [b.clientId] : []));
  const names = new Map(ids.length ? (await tx.trx.selectFrom('client').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => [r.id, r.name]) : []);
  return {
    ...(c.mobile !== undefined && { mobile: mask('mobile', c.mobile)! }),
    ...(c.address !== undefined && { address: mask('address', c.address)! }),
    ...(c.bankAccount !== undefined && { bankAccount: mask('bankAccount', c.bankAccount)! }),
    ...(c.birthDate !== undefined && { birthDate: c.birthDate }),
    ...(c.gender !== undefined && { gender: c.gender }),
    ...(c.premium !== undefined && { premium: c.premium }),
    ...(c.premiumDifference !== undefined && { premiumDifference: c.premiumDifference }),
    ...(c.beneficiaryDesignation !== undefined && { beneficiaryDesignation: c.beneficiaryDesignation }),
    ...(c.beneficiaries !== undefined && {
      beneficiaries: c.beneficiaries.map((b) => ({
        name: (b.clientId ? names.get(b.clientId) : b.name) ?? '',
        relation: b.relation, rank: b.rank ?? 1, share: b.share,
        idNumber: b.idNumber ? mask('idNumber', b.idNumber) : null,
      })),
    }),
  };
}

/** The fields a change touches, for the timeline and the audit trail (names, never values). */
export const CHANGE_FIELD_NAMES: Record<ChangeField, { zh: string; en: string }> = {
  mobile: { zh: '手机号', en: 'mobile' },
  address: { zh: '地址', en: 'address' },
  bankAccount: { zh: '缴费账户', en: 'payment account' },
  birthDate: { zh: '出生日期', en: 'birth date' },
  gender: { zh: '性别', en: 'gender' },
  premium: { zh: '保费', en: 'premium' },
  beneficiaries: { zh: '受益人', en: 'beneficiaries' },
};
