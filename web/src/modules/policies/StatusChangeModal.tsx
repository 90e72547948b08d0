import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { changePolicyStatus, usePolicyStep, type PolicyState } from './policies.api';
import type { PolicyChangeProps } from './policy-panel.types';

/** Move the policy to `to` (lapse, reinstate, terminate) with the reason, at the version read. */
export function StatusChangeModal({
  policy, to, onDone, onStale, onClose,
}: PolicyChangeProps & { to: PolicyState; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, problem, submit } = useFormSubmit(form, onStale);
  const step = usePolicyStep();
  const hint = t(`policies.status.reasonHint.${to}`);
  return (
    <Modal
      open
      title={t('policies.status.modalTitle', { action: t(`policies.actions.toState.${to}`), no: policy.internalNo })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ danger: to === 'terminated' || to === 'lapsed', 'data-testid': 'status-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => submit(async () => onDone(await step.mutateAsync(() => changePolicyStatus(policy.id, { version: policy.version, to, reason: v.reason.trim() }))))}
      >
        <Form.Item name="reason" label={t('policies.status.reason')} extra={hint || undefined} rules={[{ required: true, whitespace: true, message: t('policies.status.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="status-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
