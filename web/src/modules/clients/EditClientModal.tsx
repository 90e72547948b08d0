import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { ClientFields, toClientInput, type ClientFormValues } from './ClientFields';
import { updateClient, useClientWrite, type Client } from './clients.api';

const PII = new Set(['idNumber', 'mobile', 'address']);

function formValues(c: Client): ClientFormValues {
  return {
    kind: c.kind, agentId: c.agentId, name: c.name, gender: c.gender ?? undefined, birthDate: c.birthDate ?? undefined, idType: c.idType ?? undefined,
    occupation: c.occupation ?? undefined, contactPreference: c.contactPreference ?? undefined,
    unifiedCreditCode: c.unifiedCreditCode ?? undefined, contactPerson: c.contactPerson ?? undefined,
    consentMarketing: c.consentMarketing, consentSensitive: c.consentSensitive,
  };
}

/**
 * Edit a client with the version read. Masked fields start blank and are kept unless typed
 * anew; other fields emptied are cleared. A 409 reloads the form with the current record.
 */
export function EditClientModal({
  client, onSaved, onConflict, onClose,
}: {
  client: Client;
  onSaved: (client: Client) => void;
  onConflict: (current: Client) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ClientFormValues>();
  const { busy, problem, submit } = useFormSubmit<Client>(form, (current) => {
    onConflict(current);
    form.setFieldsValue({ ...formValues(current), idNumber: undefined, mobile: undefined, address: undefined });
  });

  const saving = useClientWrite<Client>();
  const onFinish = (values: ClientFormValues) =>
    submit(async () => {
      const input: Record<string, unknown> = toClientInput({ ...values, kind: client.kind });
      for (const [key, value] of Object.entries(input)) if (value === undefined && !PII.has(key)) input[key] = null;
      // The agent is sent only when changed: an agent who has since left must not block other edits.
      if (input.agentId === client.agentId) delete input.agentId;
      onSaved(await saving.mutateAsync(() => updateClient(client.id, { ...input, version: client.version })));
    });

  return (
    <Modal
      open
      width={640}
      title={t('clients.form.editTitle', { name: client.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'client-edit-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={formValues(client)} onFinish={onFinish} data-testid="client-edit-form">
        <ClientFields kind={client.kind} current={client} />
      </Form>
    </Modal>
  );
}
