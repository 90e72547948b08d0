import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { IDENTITY_METHODS, REISSUE_REASONS, requestReissue, usePolicyStep, type IdentityMethod, type PolicyDetail, type ReissueReason } from './policies.api';

type Values = { reason: ReissueReason; identityMethod: IdentityMethod; identityChecked?: boolean; identityNote?: string; note?: string };

/** 保单补发 (R-PO-7): the policyholder applies; the clerk confirms the identity check. */
export function RequestReissueModal({ policy, onDone, onClose }: { policy: PolicyDetail; onDone: (d: PolicyDetail) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problem, submit } = useFormSubmit(form);
  const step = usePolicyStep();
  const required = { required: true, message: t('policies.form.required') };
  const onFinish = (v: Values) =>
    submit(async () =>
      onDone(
        await step.mutateAsync(() =>
          requestReissue(policy.id, {
            reason: v.reason,
            applicantClientId: policy.policyholderId,
            identityMethod: v.identityMethod,
            identityChecked: !!v.identityChecked,
            identityNote: v.identityNote?.trim() || null,
            note: v.note?.trim() || null,
          }),
        ),
      ),
    );
  return (
    <Modal
      open
      title={t('policies.reissue.modalTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'reissue-submit' }}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('policies.reissue.intro')} style={{ marginBottom: 16 }} />
      <ServerErrorAlert problem={problem} />
      <Form<Values> form={form} layout="vertical" initialValues={{ reason: 'lost', identityMethod: 'id_card_in_person' }} onFinish={onFinish} data-testid="reissue-form">
        <Form.Item label={t('policies.reissue.applicant')}>
          <Input value={policy.policyholderName} disabled data-testid="reissue-applicant" />
        </Form.Item>
        <Form.Item name="reason" label={t('policies.reissue.reason')} rules={[required]}>
          <Select options={REISSUE_REASONS.map((r) => ({ value: r, label: t(`policies.reissueReasons.${r}`) }))} data-testid="reissue-reason" />
        </Form.Item>
        <Form.Item name="identityMethod" label={t('policies.reissue.identityMethod')} rules={[required]}>
          <Select options={IDENTITY_METHODS.map((m) => ({ value: m, label: t(`policies.identityMethods.${m}`) }))} data-testid="reissue-identity-method" />
        </Form.Item>
        <Form.Item name="identityNote" label={t('policies.reissue.identityNote')}>
          <Input maxLength={300} data-testid="reissue-identity-note" />
        </Form.Item>
        <Form.Item
          name="identityChecked"
          valuePropName="checked"
          rules={[{ validator: async (_, v?: boolean) => (v ? undefined : Promise.reject(new Error(t('policies.reissue.identityRequired')))) }]}
        >
          <Checkbox data-testid="reissue-identity-checked">{t('policies.reissue.identityChecked')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('policies.reissue.note')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="reissue-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
