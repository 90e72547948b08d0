import { Alert, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { ClientSearchSelect } from './ClientSearchSelect';
import { mergeClient, useClientWrite, type Client } from './clients.api';

/**
 * 合并重复档案: this client is a duplicate of another, the survivor, picked by search. The
 * duplicate's links and timeline move to the survivor; the duplicate is kept, marked merged,
 * so history and audit entries that name it still resolve. Sent with the version read.
 */
export function MergeClientModal({
  client, onMerged, onConflict, onClose,
}: {
  client: Client;
  onMerged: (survivor: Client) => void;
  onConflict: (current: Client) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ intoId?: number }>();
  const { busy, problem, submit } = useFormSubmit<Client>(form, onConflict);
  const merging = useClientWrite<Awaited<ReturnType<typeof mergeClient>>>();

  const onFinish = ({ intoId }: { intoId?: number }) =>
    submit(async () => onMerged(await merging.mutateAsync(() => mergeClient(client.id, { intoId: intoId!, version: client.version }))));

  return (
    <Modal
      open
      title={t('clients.merge.title', { name: client.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('clients.merge.confirm')}
      okButtonProps={{ danger: true, 'data-testid': 'client-merge-submit' }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      data-testid="client-merge-modal"
    >
      <Alert type="warning" showIcon title={t('clients.merge.explain', { id: client.id })} style={{ marginBottom: 16 }} />
      <ServerErrorAlert problem={problem} />
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="intoId"
          label={t('clients.merge.survivor')}
          extra={t('clients.merge.survivorHelp')}
          rules={[{ required: true, message: t('clients.merge.pickSurvivor') }]}
        >
          <ClientSearchSelect excludeId={client.id} kind={client.kind} testId="client-merge-survivor" />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('clients.merge.irreversible')}</Typography.Text>
    </Modal>
  );
}
