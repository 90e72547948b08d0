import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PAYMENT_FREQUENCIES, PAYMENT_MODES, type PaymentFrequency, type PaymentMode } from './policies.api';
import { MONEY_PATTERN, toMoney } from './policy-form';

/**
 * 保额与保费: amounts as exact text with 2 decimals (normalised when the field is left), payment
 * frequency, mode and term, and the debit account only for 银行代扣 (on edit: blank keeps it).
 */
export function PremiumFields({ currentBankAccount }: { currentBankAccount?: string | null }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const frequency = Form.useWatch('paymentFrequency', form) as PaymentFrequency | undefined;
  const mode = Form.useWatch('paymentMode', form) as PaymentMode | undefined;
  const required = { required: true, message: t('policies.form.required') };
  const money = [required, { pattern: MONEY_PATTERN, message: t('policies.form.moneyInvalid') }];
  const normalise = (name: 'sumInsured' | 'premium') => () => {
    const value = form.getFieldValue(name) as string | undefined;
    const next = toMoney(value);
    if (next && next !== value && MONEY_PATTERN.test(next)) form.setFieldValue(name, next);
  };
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="sumInsured" label={t('policies.form.sumInsured')} rules={money}>
          <Input inputMode="decimal" suffix={t('policies.form.yuan')} maxLength={17} onBlur={normalise('sumInsured')} data-testid="policy-form-sum-insured" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="premium" label={t('policies.form.premium')} rules={money}>
          <Input inputMode="decimal" suffix={t('policies.form.yuan')} maxLength={17} onBlur={normalise('premium')} data-testid="policy-form-premium" />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="paymentFrequency" label={t('policies.form.paymentFrequency')} rules={[required]}>
          <Select options={PAYMENT_FREQUENCIES.map((f) => ({ value: f, label: t(`policies.frequencies.${f}`) }))} data-testid="policy-form-frequency" />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="paymentMode" label={t('policies.form.paymentMode')} rules={[required]}>
          <Select options={PAYMENT_MODES.map((m) => ({ value: m, label: t(`policies.modes.${m}`) }))} data-testid="policy-form-mode" />
        </Form.Item>
      </Col>
      {frequency !== 'single' && (
        <Col xs={12} md={8}>
          <Form.Item name="paymentYears" label={t('policies.form.paymentYears')}>
            <InputNumber min={1} max={100} precision={0} suffix={t('policies.form.years')} style={{ width: '100%' }} data-testid="policy-form-payment-years" />
          </Form.Item>
        </Col>
      )}
      {mode === 'auto_debit' && (
        <Col xs={24} md={12}>
          <Form.Item
            name="bankAccount"
            label={t('policies.form.bankAccount')}
            extra={currentBankAccount ? t('policies.form.bankAccountKeep', { masked: currentBankAccount }) : t('policies.form.bankAccountHelp')}
            rules={currentBankAccount ? [] : [{ ...required, whitespace: true }]}
          >
            <Input maxLength={40} inputMode="numeric" autoComplete="off" data-testid="policy-form-bank-account" />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
