// The client archive's rules (R-CL-1, R-CL-2): identifier checks, what a complete archive is,
// and how personal fields are sealed. Pure functions, no database.
import type { FieldProblem } from '../../platform/http/errors.js';
import {
  blindIndex,
  encryptField,
  isValidResidentId,
  isValidUnifiedSocialCreditCode,
  mask,
  normaliseMobile,
  residentIdInfo,
  type Keyring,
} from '../../platform/pii/index.js';
import { isIsoDate } from '../calendar/dates.js';
import type { ClientKind, ContactPreference, Gender, IdType } from './clients.tables.js';

/** Encryption contexts (table.column) of the sealed fields. */
export const CONTEXT = { idNumber: 'client.id_number', mobile: 'client.mobile', address: 'client.address' } as const;
export type SealedField = keyof typeof CONTEXT;

/** The fields a person edits, clear, as one whole (existing values with the change applied). */
export type ClientDraft = {
  kind: ClientKind;
  name: string;
  gender: Gender | null;
  birthDate: string | null;
  idType: IdType | null;
  idNumber: string | null;
  mobile: string | null;
  address: string | null;
  occupation: string | null;
  contactPreference: ContactPreference | null;
  unifiedCreditCode: string | null;
  contactPerson: string | null;
};

const PASSPORT = /^[A-Z0-9]{5,17}$/;
const GENDER_TEXT = { male: { 'zh-CN': '男', en: 'male' }, female: { 'zh-CN': '女', en: 'female' } } as const;
const blank = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());

/**
 * Check a draft and return it normalised (upper-case identifiers, 11-digit mobile, birth date
 * and gender taken from a resident ID when absent), with every problem found at once.
 */
export function checkClientDraft(input: ClientDraft, today: string): { draft: ClientDraft; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const d: ClientDraft = {
    ...input,
    name: input.name.trim(),
    // Numbers copied from a document keep their spacing (440106 19900101 123X): it is not part of them.
    idNumber: blank(input.idNumber)?.normalize('NFKC').replace(/\s+/g, '').toUpperCase() ?? null,
    mobile: blank(input.mobile),
    address: blank(input.address),
    occupation: blank(input.occupation),
    unifiedCreditCode: blank(input.unifiedCreditCode)?.normalize('NFKC').replace(/\s+/g, '').toUpperCase() ?? null,
    contactPerson: blank(input.contactPerson),
    birthDate: blank(input.birthDate),
  };
  if (!d.name) problems.push({ path: 'name', reason: 'required' });

  if (d.kind === 'organisation') {
    for (const path of ['gender', 'birthDate', 'idType', 'idNumber'] as const) {
      if (d[path] !== null) problems.push({ path, reason: 'notForOrganisation' });
    }
    if (d.unifiedCreditCode !== null && !isValidUnifiedSocialCreditCode(d.unifiedCreditCode)) {
      problems.push({ path: 'unifiedCreditCode', reason: 'invalidCreditCode' });
    }
  } else {
    if (d.unifiedCreditCode !== null) problems.push({ path: 'unifiedCreditCode', reason: 'notForPerson' });
    if (d.birthDate !== null) {
      if (!isIsoDate(d.birthDate)) problems.push({ path: 'birthDate', reason: 'invalidDate' });
      else if (d.birthDate > today) problems.push({ path: 'birthDate', reason: 'birthDateInFuture' });
    }
    if (d.idNumber !== null) {
      d.idType ??= 'resident_id';
      if (d.idType === 'resident_id') checkResidentId(d, today, problems);
      else if (d.idType === 'passport' && !PASSPORT.test(d.idNumber)) problems.push({ path: 'idNumber', reason: 'invalidPassport' });
    }
  }

  if (d.mobile !== null) {
    const mobile = normaliseMobile(d.mobile.normalize('NFKC'));
    if (mobile) d.mobile = mobile;
    else problems.push({ path: 'mobile', reason: 'invalidMobile' });
  }
  return { draft: d, problems };
}

// 居民身份证: checksum, a real birth date not after today, and birth date / gender agreeing with it.
function checkResidentId(d: ClientDraft, today: string, problems: FieldProblem[]) {
  const info = residentIdInfo(d.idNumber!);
  if (!info || info.birthDate > today) {
    problems.push({ path: 'idNumber', reason: 'invalidResidentId' });
    return;
  }
  if (d.birthDate === null) d.birthDate = info.birthDate;
  else if (isIsoDate(d.birthDate) && d.birthDate !== info.birthDate) {
    problems.push({ path: 'birthDate', reason: 'birthDateMismatch', params: { expected: info.birthDate } });
  }
  if (d.gender === null) d.gender = info.gender;
  else if (d.gender !== info.gender) problems.push({ path: 'gender', reason: 'genderMismatch', params: { expected: GENDER_TEXT[info.gender] } });
}

/** What a resident ID number looks like, for telling a search term apart from a name. */
export const looksLikeResidentId = (q: string) => isValidResidentId(q.toUpperCase());

/**
 * R-CL-2 "archive built": identity and contact are on file. A person: ID number and mobile;
 * an organisation: credit code, contact person and mobile.
 */
export function isArchiveComplete(d: Pick<ClientDraft, 'kind' | 'idNumber' | 'mobile' | 'unifiedCreditCode' | 'contactPerson'>): boolean {
  if (d.kind === 'person') return d.idNumber !== null && d.mobile !== null;
  return d.unifiedCreditCode !== null && d.contactPerson !== null && d.mobile !== null;
}

/**
 * Ciphertexts, blind indexes and masked display forms of the personal fields, as stored. The
 * masked form is what every answer shows (R-CL-6), so lists and searches decrypt nothing.
 */
export function sealClientFields(keyring: Keyring, d: Pick<ClientDraft, 'idNumber' | 'mobile' | 'address'>) {
  return {
    id_number_enc: d.idNumber === null ? null : encryptField(keyring, d.idNumber, { context: CONTEXT.idNumber }),
    id_number_bidx: d.idNumber === null ? null : blindIndex(keyring, { kind: 'idNumber', value: d.idNumber }),
    id_number_masked: mask('idNumber', d.idNumber),
    mobile_enc: d.mobile === null ? null : encryptField(keyring, d.mobile, { context: CONTEXT.mobile }),
    mobile_bidx: d.mobile === null ? null : blindIndex(keyring, { kind: 'mobile', value: d.mobile }),
    mobile_masked: mask('mobile', d.mobile),
    address_enc: d.address === null ? null : encryptField(keyring, d.address, { context: CONTEXT.address }),
    address_masked: mask('address', d.address),
  };
}

/** Consent flags with the time each was given; withdrawing clears the time. */
export function consentColumns(
  input: { consentMarketing?: boolean; consentSensitive?: boolean },
  before: { consent_marketing: boolean; consent_sensitive: boolean } | null,
  now: Date,
) {
  const cols: Partial<{ consent_marketing: boolean; consent_marketing_at: Date | null; consent_sensitive: boolean; consent_sensitive_at: Date | null }> = {};
  if (input.consentMarketing !== undefined && input.consentMarketing !== before?.consent_marketing) {
    cols.consent_marketing = input.consentMarketing;
    cols.consent_marketing_at = input.consentMarketing ? now : null;
  }
  if (input.consentSensitive !== undefined && input.consentSensitive !== before?.consent_sensitive) {
    cols.consent_sensitive = input.consentSensitive;
    cols.consent_sensitive_at = input.consentSensitive ? now : null;
  }
  return cols;
}
