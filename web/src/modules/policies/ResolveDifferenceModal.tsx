import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { DIFFERENCE_RESOLUTIONS, resolveDifference, usePolicyStep, type DifferenceResolution, type PolicyDifference } from './policies.api';
import type { PolicyChangeProps } from './policy-panel.types';

type Values = { resolution: DifferenceResolution; note: string };

/** Settle one difference raised with the client (R-PO-4): how, and a note. */
export function ResolveDifferenceModal({
  policy, difference, onDone, onStale, onClose,
}: PolicyChangeProps & { difference: PolicyDifference; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problem, submit } = useFormSubmit(form, onStale);
  const step = usePolicyStep();
  const required = { required: true, message: t('policies.form.required') };
  return (
    <Modal
      open
      title={t('policies.verify.resolveTitle', { field: t(`policies.verifyFields.${difference.field}`) })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'resolve-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          submit(async () => onDone(await step.mutateAsync(() => resolveDifference(policy.id, difference.id, { version: policy.version, resolution: v.resolution, note: v.note.trim() }))))
        }
      >
        <Form.Item name="resolution" label={t('policies.verify.resolution')} rules={[required]}>
          <Select options={DIFFERENCE_RESOLUTIONS.map((r) => ({ value: r, label: t(`policies.resolutions.${r}`) }))} data-testid="resolve-resolution" />
        </Form.Item>
        <Form.Item name="note" label={t('policies.verify.resolutionNote')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="resolve-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
