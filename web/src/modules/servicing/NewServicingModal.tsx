import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Dayjs } from 'dayjs';
import { localName } from '../../shared/format';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { ChangeFields, toChange, type ChangeValues } from './ChangeFields';
import {
  createServicingRequest, getServicingTypes, IDENTITY_METHODS, REISSUE_REASONS, servicingKeys, type CreateServicingBody, type IdentityMethod, type ReissueReason,
} from './servicing.api';

type Values = {
  type: CreateServicingBody['type']; channel: CreateServicingBody['channel']; walkIn?: boolean; note?: string; receiptSignedOn?: Dayjs; signedBy?: 'client' | 'agent';
  change?: ChangeValues;
  reissueReason?: ReissueReason; identityMethod?: IdentityMethod; identityChecked?: boolean; identityNote?: string;
};


const CHANNELS: CreateServicingBody['channel'][] = ['counter', 'phone', 'agent', 'mail', 'online'];

/**
 * 新建保全申请 from the policy page: the type, how it came in, what is asked; the server checks the
 * type's rules at once. A reissue (R-PO-7) asks the reason and how the policyholder's identity was checked.
 */
export function NewServicingModal({ policyId, onClose }: { policyId: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('type', form);
  const types = useQuery({ queryKey: servicingKeys.types(), queryFn: getServicingTypes, staleTime: 10 * 60_000 });
  const info = types.data?.items.find((x) => x.code === type);
  const identityChecked = info?.applicant === 'policyholderIdentityChecked';
  // Field errors (change.mobile, change.beneficiaries.0.share …) land on their fields and clear when edited.
  const { busy, problem, submit } = useFormSubmit(form);

  const onFinish = (v: Values) =>
    submit(async () => {
      const created = await createServicingRequest(policyId, {
        type: v.type, channel: v.channel, walkIn: v.walkIn, note: v.note?.trim() || undefined,
        details: {
          ...(v.receiptSignedOn && { receiptSignedOn: v.receiptSignedOn.format('YYYY-MM-DD') }), ...(info?.refund && v.signedBy && { signedBy: v.signedBy }),
          ...(identityChecked && {
            reissueReason: v.reissueReason, identityMethod: v.identityMethod, identityChecked: v.identityChecked ?? false,
            ...(v.identityNote?.trim() && { identityNote: v.identityNote.trim() }),
          }),
        },
        change: toChange(v.change),
      });
      await queryClient.invalidateQueries({ queryKey: servicingKeys.all });
      onClose();
      navigate(`/servicing/${created.id}`);
    });

  return (
    <Modal open title={t('servicing.create')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} okButtonProps={{ 'data-testid': 'servicing-create-submit' } as never} destroyOnHidden>
      <div data-testid="servicing-create-error"><ServerErrorAlert problem={problem} /></div>
      <Form form={form} layout="vertical" initialValues={{ channel: 'counter' }} onFinish={(v) => void onFinish(v)}>
        <Form.Item name="type" label={t('servicing.form.type')} rules={[{ required: true, message: t('servicing.form.type') }]}>
          <Select
            data-testid="servicing-type"
            showSearch={{ optionFilterProp: 'label' }}
            loading={types.isLoading}
            options={types.data?.items.map((x) => ({ value: x.code, label: `${localName(x.name, x.nameEn, i18n.language)}（${x.specId}）` }))}
          />
        </Form.Item>
        {info?.approval === 'supervisor' && (
          <Tag color="gold" data-testid="servicing-approval" style={{ marginBottom: 12 }}>{t('servicing.approvalBySupervisor')}</Tag>
        )}
        {identityChecked && (
          <>
            <Alert type="info" showIcon title={t('servicing.form.reissueIntro')} style={{ marginBottom: 12 }} />
            <Form.Item name="reissueReason" label={t('servicing.form.reissueReason')} rules={[{ required: true, message: t('servicing.form.reissueReason') }]}>
              <Select data-testid="servicing-reissue-reason" options={REISSUE_REASONS.map((r) => ({ value: r, label: t(`servicing.form.reissueReasons.${r}`) }))} />
            </Form.Item>
            <Form.Item name="identityMethod" label={t('servicing.form.identityMethod')} rules={[{ required: true, message: t('servicing.form.identityMethod') }]}>
              <Select data-testid="servicing-identity-method" options={IDENTITY_METHODS.map((m) => ({ value: m, label: t(`servicing.form.identityMethods.${m}`) }))} />
            </Form.Item>
            <Form.Item name="identityNote" label={t('servicing.form.identityNote')}>
              <Input maxLength={500} data-testid="servicing-identity-note" />
            </Form.Item>
            <Form.Item
              name="identityChecked" valuePropName="checked"
              rules={[{ validator: (_, checked) => (checked ? Promise.resolve() : Promise.reject(new Error(t('servicing.form.identityRequired')))) }]}
            >
              <Checkbox data-testid="servicing-identity-checked">{t('servicing.form.identityChecked')}</Checkbox>
            </Form.Item>
          </>
        )}
        {info && info.changeFields.length > 0 && <ChangeFields fields={info.changeFields} required={info.requiredChangeFields} />}
        <Form.Item name="channel" label={t('servicing.form.channel')}>
          <Select data-testid="servicing-channel" options={CHANNELS.map((c) => ({ value: c, label: t(`servicing.channels.${c}`) }))} />
        </Form.Item>
        {info?.walkInOnTheSpot && (
          <Form.Item name="walkIn" valuePropName="checked">
            <Checkbox data-testid="servicing-walk-in">{t('servicing.form.walkIn')}</Checkbox>
          </Form.Item>
        )}
        {type === 'hesitation_cancellation' && (
          <Form.Item name="receiptSignedOn" label={t('servicing.form.receiptSignedOn')} extra={t('servicing.form.receiptHint')} rules={[{ required: true, message: t('servicing.form.receiptSignedOn') }]}>
            <DatePicker format="YYYY-MM-DD" data-testid="servicing-receipt-date" />
          </Form.Item>
        )}
        {info?.refund && (
          <Form.Item name="signedBy" label={t('servicing.form.signedBy')} initialValue="client">
            <Select data-testid="servicing-signed-by" options={[{ value: 'client', label: t('servicing.form.signedByClient') }, { value: 'agent', label: t('servicing.form.signedByAgent') }]} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('servicing.form.note')}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="servicing-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
