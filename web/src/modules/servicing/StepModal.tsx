import { Alert, Checkbox, Form, Input, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { errorTextWithFields } from '../../shared/errors';
import { invalidateDeadlines } from '../../shared/deadlines/deadlines.api';
import { ChangeFields, toChange, type ChangeValues } from './ChangeFields';
import { fireServicingStep, servicingKeys, type ServicingEvent, type ServicingRequest, type StepBody } from './servicing.api';

type Values = {
  reason?: string; payee?: 'policyholder' | 'agent'; cashValue?: string; fees?: string; outstandingLoan?: string; refund?: string;
  explained?: ('feeDeduction' | 'refundVersusCashValue' | 'noRefundCases')[];
  suicideExclusionExplained?: boolean;
  change?: ChangeValues;
};

const REFUND_TYPES = ['surrender', 'hesitation_cancellation'];

/** One step of a request: a reason for refusing or withdrawing, the outcome and a refund's figures for completing. */
export function StepModal({ request, event, onClose }: { request: ServicingRequest; event: ServicingEvent; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // R-SV-3, R-NB-8: the insurer's figures, recorded when it gives them (the explanation the client signs prints
  // them) or at completion; completing also records the payee and, for a surrender, the explanation item by item.
  const figures = (event === 'complete' || event === 'record_insurer_figures') && REFUND_TYPES.includes(request.type);
  const refund = figures && event === 'complete';
  const surrender = figures && request.type === 'surrender';
  const held = request.details as Record<string, unknown>;
  const heldAmount = (k: string) => (typeof held[k] === 'string' ? (held[k] as string) : undefined);
  const needsReason = event === 'refuse' || event === 'withdraw';
  // The insurer's premium adjustment of an age or gender correction arrives while the request runs.
  const adjustsPremium = request.type === 'age_gender_correction' && !needsReason;
  // R-SV-5, Art. 44: completing a reinstatement records that the restarted suicide exclusion was explained.
  const reinstates = event === 'complete' && request.type === 'reinstatement';

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    const amount = (v?: string) => (v && v.trim() ? v.trim() : undefined);
    const body: StepBody = {
      version: request.version, event, reason: values.reason,
      ...(adjustsPremium && { change: toChange(values.change) }),
      ...(reinstates && { details: { suicideExclusionExplained: values.suicideExclusionExplained ?? false } }),
      ...(figures && {
        details: {
          ...(refund && { payee: values.payee }),
          cashValue: amount(values.cashValue), fees: amount(values.fees), outstandingLoan: amount(values.outstandingLoan), refund: amount(values.refund),
          ...(refund && surrender && { explained: {
            feeDeduction: values.explained?.includes('feeDeduction') ?? false,
            refundVersusCashValue: values.explained?.includes('refundVersusCashValue') ?? false,
            noRefundCases: values.explained?.includes('noRefundCases') ?? false,
          } }),
        },
      }),
    };
    try {
      const saved = await fireServicingStep(request.id, body);
      queryClient.setQueryData(servicingKeys.one(request.id), saved);
      await queryClient.invalidateQueries({ queryKey: servicingKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['documents', 'servicing', request.id] });
      // A step opens (the rider's medical result, the insurer's answer), meets or cancels deadlines:
      // the request's deadlines tab, the badge and the home lists are read again, as after a policy's steps.
      void invalidateDeadlines(queryClient);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open title={t(`servicing.events.${event}`)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} okButtonProps={{ 'data-testid': 'servicing-step-submit' } as never} destroyOnHidden>
      {error !== null && <Alert type="error" showIcon title={errorTextWithFields(error, t)} style={{ marginBottom: 12 }} data-testid="servicing-step-error" />}
      <Form
        form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="servicing-step-form"
        initialValues={{ cashValue: heldAmount('cashValue'), fees: heldAmount('fees'), outstandingLoan: heldAmount('outstandingLoan'), refund: heldAmount('refund') }}
      >
        {figures && (
          <>
            {refund && (
              <Form.Item name="payee" label={t('servicing.form.payee')}>
                <Radio.Group data-testid="servicing-payee">
                  <Radio value="policyholder">{t('servicing.form.payeePolicyholder')}</Radio>
                  <Radio value="agent">{t('servicing.form.payeeAgent')}</Radio>
                </Radio.Group>
              </Form.Item>
            )}
            <Space wrap>
              {surrender && <Form.Item name="cashValue" label={t('servicing.form.cashValue')}><Input data-testid="servicing-cash-value" /></Form.Item>}
              <Form.Item name="fees" label={t('servicing.form.fees')}><Input data-testid="servicing-fees" /></Form.Item>
              {surrender && <Form.Item name="outstandingLoan" label={t('servicing.form.outstandingLoan')}><Input /></Form.Item>}
              <Form.Item name="refund" label={t('servicing.form.refund')}><Input data-testid="servicing-refund" /></Form.Item>
            </Space>
            {refund && surrender && (
              <Form.Item name="explained" label={t('servicing.form.explained')}>
                <Checkbox.Group data-testid="servicing-explained" options={(['feeDeduction', 'refundVersusCashValue', 'noRefundCases'] as const).map((k) => ({ value: k, label: t(`servicing.form.${k}`) }))} />
              </Form.Item>
            )}
          </>
        )}
        {adjustsPremium && <ChangeFields fields={['premium']} required={[]} />}
        {reinstates && (
          <Form.Item name="suicideExclusionExplained" valuePropName="checked" extra={t('servicing.form.suicideExclusionHint')}>
            <Checkbox data-testid="servicing-suicide-explained">{t('servicing.form.suicideExclusionExplained')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('servicing.form.reason')} rules={needsReason ? [{ required: true, whitespace: true, message: t('servicing.form.reasonRequired') }] : []}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="servicing-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
