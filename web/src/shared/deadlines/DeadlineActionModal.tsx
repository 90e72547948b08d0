import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ServerErrorAlert } from '../ServerErrorAlert';
import { useFormSubmit } from '../useFormSubmit';
import { getDeadline, useChangeDeadline, type Deadline, type DeadlineChange } from './deadlines.api';

type Values = { reason?: string };

/**
 * Pause, resume or cancel a deadline with a reason, sending the version on screen. When the
 * deadline changed meanwhile (409), the card is refreshed with what it is now and the dialog
 * stays open for the user to decide again.
 */
export function DeadlineActionModal({
  deadline, change, onDone, onRefreshed, onClose,
}: {
  deadline: Deadline;
  change: DeadlineChange;
  onDone: (updated: Deadline) => void;
  onRefreshed: (current: Deadline) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problem, submit } = useFormSubmit(form);
  const changing = useChangeDeadline();
  const reasonRequired = change !== 'resume';

  const onFinish = (values: Values) =>
    submit(async () => {
      const reason = values.reason?.trim() || undefined;
      try {
        onDone(await changing.mutateAsync({ id: deadline.id, change, body: { version: deadline.version, reason } }));
      } catch (err) {
        // Stale version, or it ended or was paused meanwhile: show the deadline as it now is.
        if (err instanceof ApiError && err.status === 409) onRefreshed(await getDeadline(deadline.id).catch(() => deadline));
        throw err;
      }
    });

  const conflict = problem !== null && 'error' in problem && problem.error instanceof ApiError && problem.error.status === 409;
  return (
    <Modal
      open
      title={t(`deadline.dialog.title.${change}`, { name: deadline.ruleName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: change === 'cancel', 'data-testid': 'deadline-action-submit' }}
      confirmLoading={busy}
      destroyOnHidden
    >
      {conflict ? (
        <Alert type="warning" showIcon title={t('deadline.dialog.refreshed')} style={{ marginBottom: 16 }} data-testid="deadline-action-conflict" />
      ) : (
        <ServerErrorAlert problem={problem} />
      )}
      <Typography.Paragraph type="secondary">{t(`deadline.dialog.note.${change}`)}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" data-testid="deadline-action-form">
        <Form.Item
          name="reason"
          label={t('deadline.dialog.reason')}
          rules={[
            { required: reasonRequired, whitespace: true, message: t('deadline.dialog.reasonRequired') },
            { min: 2, max: 300, message: t('deadline.dialog.reasonRequired') }, // an optional reason too: the server wants 2+
          ]}
        >
          <Input.TextArea rows={3} maxLength={300} showCount placeholder={t(`deadline.dialog.placeholder.${change}`)} data-testid="deadline-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
