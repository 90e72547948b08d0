import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorTextWithFields } from '../../shared/errors';
import { useNotify } from '../../shared/useNotify';
import { queueKeys, returnWorkItem, type WorkItem } from './queues.api';

/**
 * 放回任务池: the item I hold (or, as a supervisor, anyone's) back to its team queue, with a reason.
 * Sent with the version shown: moved meanwhile (someone took or returned it) → the server's 409, shown here.
 */
export function ReturnModal({ item, onClose, onDone }: { item: Pick<WorkItem, 'id' | 'version' | 'label'>; onClose: () => void; onDone?: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit({ reason }: { reason: string }) {
    setBusy(true);
    setError(null);
    try {
      await returnWorkItem(item.id, { reason: reason.trim(), version: item.version });
      notify.success(t('queues.returned'));
      await queryClient.invalidateQueries({ queryKey: queueKeys.all });
      onDone?.();
      onClose();
    } catch (e) {
      setError(e);
      await queryClient.invalidateQueries({ queryKey: queueKeys.all });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('queues.returnTitle', { label: item.label })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('queues.return')}
      okButtonProps={{ 'data-testid': 'queue-return-submit' } as never}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('queues.returnHint')}</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon title={errorTextWithFields(error, t)} style={{ marginBottom: 12 }} data-testid="queue-return-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="queue-return-form">
        <Form.Item name="reason" label={t('queues.returnReason')} rules={[{ required: true, whitespace: true, min: 2, message: t('queues.returnReasonPlaceholder') }]}>
          <Input.TextArea rows={3} maxLength={300} placeholder={t('queues.returnReasonPlaceholder')} data-testid="queue-return-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
