import { Form, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { beijingToday } from '../../shared/format';
import {
  isValidMobile,
  isValidUnifiedSocialCreditCode,
  normaliseIdentifier,
  residentIdInfo,
  stripMobileFormatting,
} from '../../shared/identifiers';

// Checked as the user types once the value is long enough to judge (18 characters, 11 digits),
// and in full when the field is left or the form sent: a half-typed number is not yet wrong.
const TYPING = 'onChange';
const LEFT = 'onBlur';
export const IDENTIFIER_TRIGGERS = [TYPING, LEFT];

type MessageKey = 'archiveNeeds' | 'invalidResidentId' | 'invalidMobile' | 'invalidCreditCode';

const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

/** The same resident-ID rule as the server: check character, a real birth date not after today. */
export function residentIdProblem(value: string, today: string): 'invalidResidentId' | null {
  const info = residentIdInfo(normaliseIdentifier(value));
  return info && info.birthDate <= today ? null : 'invalidResidentId';
}

/**
 * The rules of the client form's identifiers (R-CL-1) and what the archive needs to be complete
 * (R-CL-2: a person's ID number and mobile; an organisation's credit code, contact person and
 * mobile). The archive's needs warn but do not block: a client may be opened at first contact
 * and completed within the deadline. The server checks everything again.
 */
export function useClientFieldRules() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const message = (key: MessageKey): string => t(`clients.form.${key}`);
  const judge = (check: (v: string) => boolean, key: MessageKey, long: (v: string) => boolean): FormRule[] => [
    { validateTrigger: TYPING, validator: async (_, v: unknown) => { if (!blank(v) && long(v as string) && !check(v as string)) throw new Error(message(key)); } },
    { validateTrigger: LEFT, validator: async (_, v: unknown) => { if (!blank(v) && !check(v as string)) throw new Error(message(key)); } },
  ];
  const isResidentId = () => (form.getFieldValue('idType') ?? 'resident_id') === 'resident_id';

  return {
    /** 建档所需: shown as needed, warned when blank, never blocking. */
    archiveNeeds: (needed: boolean): FormRule[] => (needed ? [{ required: true, whitespace: true, warningOnly: true, message: message('archiveNeeds') }] : []),
    idNumber: judge(
      (v) => !isResidentId() || residentIdProblem(v, beijingToday()) === null,
      'invalidResidentId',
      (v) => normaliseIdentifier(v).length >= 18,
    ),
    mobile: judge((v) => isValidMobile(v.normalize('NFKC')), 'invalidMobile', (v) => stripMobileFormatting(v.normalize('NFKC')).replace(/\D/g, '').length >= 11),
    unifiedCreditCode: judge(
      (v) => isValidUnifiedSocialCreditCode(normaliseIdentifier(v)),
      'invalidCreditCode',
      (v) => normaliseIdentifier(v).length >= 18,
    ),
  };
}
