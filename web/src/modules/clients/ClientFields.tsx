import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgentSelect } from '../../shared/agent-picker/AgentSelect';
import { normaliseIdentifier, residentIdInfo } from '../../shared/identifiers';
import { IDENTIFIER_TRIGGERS, useClientFieldRules } from './client-field-rules';
import type { Client, ClientKind, ContactPreference, Gender, IdType } from './clients.api';

export type ClientFormValues = {
  kind: ClientKind;
  orgUnitId?: number;
  /** 业务员: the owning agent; on create, blank means the creating agent (if an agent creates it). */
  agentId?: number | null;
  name: string;
  gender?: Gender;
  birthDate?: string;
  idType?: IdType;
  idNumber?: string;
  mobile?: string;
  address?: string;
  occupation?: string;
  contactPreference?: ContactPreference;
  unifiedCreditCode?: string;
  contactPerson?: string;
  consentMarketing?: boolean;
  consentSensitive?: boolean;
};

const GENDERS: Gender[] = ['male', 'female'];
const ID_TYPES: IdType[] = ['resident_id', 'passport', 'other'];
const PREFERENCES: ContactPreference[] = ['phone', 'sms', 'wechat', 'email', 'visit', 'letter'];

/**
 * The fields of a person or an organisation. Editing (`current` given), the masked personal
 * fields start blank: blank keeps the stored value, a new value replaces it. Identifiers are
 * checked as they are typed; a valid resident ID fills in the birth date and gender at once.
 */
export function ClientFields({ kind, current }: { kind: ClientKind; current?: Client }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ClientFormValues>();
  const rules = useClientFieldRules();
  const required = { required: true, whitespace: true, message: t('clients.form.required') };
  // A masked value already on file (editing) counts as given: blank keeps it.
  const needs = (masked: string | null | undefined) => !masked;
  const idNumber = Form.useWatch('idNumber', form);
  const idType = Form.useWatch('idType', form);
  const fromId = (idType ?? 'resident_id') === 'resident_id' && typeof idNumber === 'string' ? residentIdInfo(normaliseIdentifier(idNumber)) : null;
  const fillFromId = (value: string) => {
    const info = residentIdInfo(normaliseIdentifier(value));
    if (!info || (form.getFieldValue('idType') ?? 'resident_id') !== 'resident_id') return;
    // The ID decides: the server refuses a birth date or gender that disagrees with it.
    form.setFieldsValue({ idType: 'resident_id', birthDate: info.birthDate, gender: info.gender });
  };
  const agent = (
    <Form.Item name="agentId" label={t('clients.form.agent')} extra={current ? undefined : t('clients.form.agentHelp')}>
      <AgentSelect current={current?.agentId ? { id: current.agentId, name: current.agentName ?? `#${current.agentId}` } : null} testId="client-form-agent" />
    </Form.Item>
  );
  const keep = (key: 'idNumberKeep' | 'mobileKeep' | 'addressKeep', masked: string | null | undefined) =>
    current && masked ? t(`clients.form.${key}`, { masked }) : undefined;

  // A person's and an organisation's mobile and address: the same fields, checked alike.
  const contact = (
    <>
      <Form.Item
        name="mobile"
        label={t('clients.form.mobile')}
        extra={keep('mobileKeep', current?.mobile)}
        required={needs(current?.mobile)}
        validateTrigger={IDENTIFIER_TRIGGERS}
        rules={[...rules.archiveNeeds(needs(current?.mobile)), ...rules.mobile]}
      >
        <Input maxLength={20} inputMode="tel" data-testid="client-form-mobile" />
      </Form.Item>
      <Form.Item name="address" label={t('clients.form.address')} extra={keep('addressKeep', current?.address)}>
        <Input maxLength={200} data-testid="client-form-address" />
      </Form.Item>
    </>
  );
  if (kind === 'organisation') {
    return (
      <>
        <Form.Item name="name" label={t('clients.form.orgName')} rules={[required]}>
          <Input maxLength={100} data-testid="client-form-name" />
        </Form.Item>
        <Form.Item
          name="unifiedCreditCode"
          label={t('clients.form.unifiedCreditCode')}
          required
          validateTrigger={IDENTIFIER_TRIGGERS}
          rules={[...rules.archiveNeeds(true), ...rules.unifiedCreditCode]}
        >
          <Input maxLength={18} style={{ textTransform: 'uppercase' }} data-testid="client-form-credit-code" />
        </Form.Item>
        <Form.Item name="contactPerson" label={t('clients.form.contactPerson')} required rules={rules.archiveNeeds(true)}>
          <Input maxLength={60} data-testid="client-form-contact-person" />
        </Form.Item>
        {contact}
        <Form.Item name="contactPreference" label={t('clients.form.contactPreference')}>
          <Select allowClear options={PREFERENCES.map((p) => ({ value: p, label: t(`clients.contactPreferences.${p}`) }))} data-testid="client-form-preference" />
        </Form.Item>
        <Form.Item name="consentMarketing" valuePropName="checked" label={t('clients.form.consents')}>
          <Checkbox data-testid="client-form-consent-marketing">{t('clients.form.consentMarketing')}</Checkbox>
        </Form.Item>
        {agent}
      </>
    );
  }
  return (
    <>
      <Form.Item name="name" label={t('clients.form.name')} rules={[required]}>
        <Input maxLength={100} data-testid="client-form-name" />
      </Form.Item>
      <Form.Item name="idType" label={t('clients.form.idType')}>
        <Select allowClear options={ID_TYPES.map((v) => ({ value: v, label: t(`clients.idTypes.${v}`) }))} data-testid="client-form-id-type" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('clients.form.idNumber')}
        extra={keep('idNumberKeep', current?.idNumber) ?? (fromId ? t('clients.form.filledFromId') : t('clients.form.idNumberHelp'))}
        required={needs(current?.idNumber)}
        dependencies={['idType']}
        validateTrigger={IDENTIFIER_TRIGGERS}
        rules={[...rules.archiveNeeds(needs(current?.idNumber)), ...rules.idNumber]}
      >
        <Input maxLength={40} autoComplete="off" onChange={(e) => fillFromId(e.target.value)} data-testid="client-form-id-number" />
      </Form.Item>
      <Form.Item name="gender" label={t('clients.form.gender')}>
        <Select allowClear options={GENDERS.map((v) => ({ value: v, label: t(`clients.genders.${v}`) }))} data-testid="client-form-gender" />
      </Form.Item>
      <Form.Item name="birthDate" label={t('clients.form.birthDate')}>
        <Input type="date" max="9999-12-31" data-testid="client-form-birth-date" />
      </Form.Item>
      {contact}
      <Form.Item name="occupation" label={t('clients.form.occupation')}>
        <Input maxLength={60} data-testid="client-form-occupation" />
      </Form.Item>
      <Form.Item name="contactPreference" label={t('clients.form.contactPreference')}>
        <Select allowClear options={PREFERENCES.map((p) => ({ value: p, label: t(`clients.contactPreferences.${p}`) }))} data-testid="client-form-preference" />
      </Form.Item>
      <Form.Item label={t('clients.form.consents')} extra={t('clients.form.consentSensitiveHelp')} style={{ marginBottom: 8 }}>
        <Form.Item name="consentMarketing" valuePropName="checked" noStyle>
          <Checkbox data-testid="client-form-consent-marketing">{t('clients.form.consentMarketing')}</Checkbox>
        </Form.Item>
        <br />
        <Form.Item name="consentSensitive" valuePropName="checked" noStyle>
          <Checkbox data-testid="client-form-consent-sensitive">{t('clients.form.consentSensitive')}</Checkbox>
        </Form.Item>
      </Form.Item>
      {agent}
    </>
  );
}

const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** Form values → request fields: blanks left out (on create: not given; on edit: kept). */
export function toClientInput(values: ClientFormValues) {
  const common = {
    agentId: values.agentId ?? undefined,
    name: values.name.trim(),
    mobile: blank(values.mobile),
    address: blank(values.address),
    contactPreference: values.contactPreference ?? undefined,
    consentMarketing: values.consentMarketing ?? false,
  };
  if (values.kind === 'organisation') {
    return { ...common, unifiedCreditCode: blank(values.unifiedCreditCode)?.toUpperCase(), contactPerson: blank(values.contactPerson) };
  }
  return {
    ...common,
    gender: values.gender ?? undefined,
    birthDate: blank(values.birthDate),
    idType: values.idType ?? undefined,
    idNumber: blank(values.idNumber)?.toUpperCase(),
    occupation: blank(values.occupation),
    consentSensitive: values.consentSensitive ?? false,
  };
}
