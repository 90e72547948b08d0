import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { advanceReissue, usePolicyStep, type PolicyReissue, type ReissueStep } from './policies.api';
import type { PolicyChangeProps } from './policy-panel.types';

/** One step of a reissue: submitted to the insurer, reissued, or cancelled; with an optional note. */
export function AdvanceReissueModal({
  policy, reissue, to, onDone, onStale, onClose,
}: PolicyChangeProps & { reissue: PolicyReissue; to: ReissueStep; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  const { busy, problem, submit } = useFormSubmit(form, onStale);
  const step = usePolicyStep();
  return (
    <Modal
      open
      title={t('policies.reissue.advanceTitle', { action: t(`policies.actions.advance.${to}`) })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ danger: to === 'cancelled', 'data-testid': 'reissue-advance-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          submit(async () => onDone(await step.mutateAsync(() => advanceReissue(policy.id, reissue.id, { version: reissue.version, to, note: v.note?.trim() || null }))))
        }
      >
        <Form.Item name="note" label={t('policies.reissue.advanceNote')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="reissue-advance-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
