import { Alert, Checkbox, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client } from '../clients/clients.api';
import { ClientPicker } from './ClientPicker';

/**
 * 投保人 and the identity check (R-PO-1): the clerk confirms having checked the client's ID
 * document before the policy can be registered.
 */
export function PolicyholderFields({
  current, onPicked,
}: {
  current: { id: number; name: string } | null;
  onPicked: (client: Client | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="policyholderId"
        label={t('policies.form.policyholder')}
        extra={t('policies.form.policyholderHelp')}
        rules={[{ required: true, message: t('policies.form.required') }]}
      >
        <ClientPicker current={current} onPicked={onPicked} testId="policy-form-policyholder" />
      </Form.Item>
      <Alert type="info" showIcon title={t('policies.form.identityReminder')} style={{ marginBottom: 12 }} />
      <Form.Item
        name="identityChecked"
        valuePropName="checked"
        rules={[{ validator: async (_, v?: boolean) => (v ? undefined : Promise.reject(new Error(t('policies.form.identityRequired')))) }]}
      >
        <Checkbox data-testid="policy-form-identity-checked">{t('policies.form.identityChecked')}</Checkbox>
      </Form.Item>
    </>
  );
}
