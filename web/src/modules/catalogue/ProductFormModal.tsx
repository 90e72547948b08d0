import { Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { InsurerSelect } from './InsurerSelect';
import {
  createProduct, LINES_OF_BUSINESS, TERM_TYPES, updateProduct, useCatalogueWrite, type LineOfBusiness, type Product, type ProductWithWarnings, type TermType,
} from './catalogue.api';

type Values = {
  insurerId?: number;
  code: string;
  name: string;
  nameEn?: string;
  lineOfBusiness?: LineOfBusiness;
  termType: TermType;
  longTermHealth: boolean;
  participating: boolean;
  investmentLinked: boolean;
  universal: boolean;
  hesitationPeriodDays?: number | null;
  gracePeriodDays: number;
  renewable: boolean;
};

const NEW_PRODUCT: Partial<Values> = {
  termType: 'long_term', longTermHealth: false, participating: false, investmentLinked: false, universal: false, gracePeriodDays: 60, renewable: false,
};

const valuesOf = (p: Product): Values => ({
  insurerId: p.insurerId, code: p.code, name: p.name, nameEn: p.nameEn ?? '', lineOfBusiness: p.lineOfBusiness, termType: p.termType,
  longTermHealth: p.longTermHealth, participating: p.participating, investmentLinked: p.investmentLinked, universal: p.universal,
  hesitationPeriodDays: p.hesitationPeriodDays, gracePeriodDays: p.gracePeriodDays, renewable: p.renewable,
});

/**
 * Add a product, or edit one with the version read (insurer and code identify it). The server
 * checks the figures against the rules (R-NB-1, R-NB-8, R-RN-3): errors land on their fields,
 * warnings come back with the saved product.
 */
export function ProductFormModal({
  product, defaultInsurerId, onSaved, onConflict, onClose,
}: {
  product?: Product;
  defaultInsurerId?: number;
  onSaved: (product: ProductWithWarnings, created: boolean) => void;
  onConflict: (current: Product) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [record, setRecord] = useState(product);
  const { busy, problem, submit } = useFormSubmit<Product>(form, (current) => {
    setRecord(current);
    form.setFieldsValue(valuesOf(current));
    onConflict(current);
  });

  const save = useCatalogueWrite((v: Values) => {
    const fields = {
      name: v.name.trim(), nameEn: v.nameEn?.trim() || null, lineOfBusiness: v.lineOfBusiness!, termType: v.termType,
      longTermHealth: v.longTermHealth, participating: v.participating, investmentLinked: v.investmentLinked, universal: v.universal,
      hesitationPeriodDays: v.hesitationPeriodDays ?? null, gracePeriodDays: v.gracePeriodDays, renewable: v.renewable,
    };
    return record
      ? updateProduct(record.id, { ...fields, version: record.version })
      : createProduct({ ...fields, insurerId: v.insurerId!, code: v.code.trim() });
  });
  const onFinish = (v: Values) => submit(async () => onSaved(await save.mutateAsync(v), !record));

  // Health over a year is long-term health unless the user has said otherwise (the server derives it the same way).
  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    if (('lineOfBusiness' in changed || 'termType' in changed) && !form.isFieldTouched('longTermHealth')) {
      form.setFieldValue('longTermHealth', all.lineOfBusiness === 'health' && all.termType === 'long_term');
    }
  };

  const required = { required: true, message: t('catalogue.required') };
  const text = { ...required, whitespace: true };
  const flag = (name: 'participating' | 'investmentLinked' | 'universal') => (
    <Form.Item name={name} valuePropName="checked" noStyle>
      <Checkbox data-testid={`product-form-${name}`}>{t(`catalogue.product.${name}`)}</Checkbox>
    </Form.Item>
  );
  return (
    <Modal
      open
      width={640}
      title={record ? t('catalogue.product.editTitle', { name: record.name }) : t('catalogue.product.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'product-form-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={product ? valuesOf(product) : { ...NEW_PRODUCT, insurerId: defaultInsurerId }}
        onValuesChange={onValuesChange}
        onFinish={onFinish}
        data-testid="product-form"
      >
        <Form.Item name="insurerId" label={t('catalogue.product.insurer')} rules={[required]}>
          <InsurerSelect activeOnly disabled={!!record} testId="product-form-insurer" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="code" label={t('catalogue.product.code')} rules={[text]} style={{ flex: 1, marginInlineEnd: 12 }}>
            <Input maxLength={40} disabled={!!record} style={{ textTransform: 'uppercase' }} data-testid="product-form-code" />
          </Form.Item>
          <Form.Item name="lineOfBusiness" label={t('catalogue.product.lineOfBusiness')} rules={[required]} style={{ flex: 1 }}>
            <Select options={LINES_OF_BUSINESS.map((l) => ({ value: l, label: t(`catalogue.linesOfBusiness.${l}`) }))} data-testid="product-form-line" />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="name" label={t('catalogue.product.name')} rules={[text]}>
          <Input maxLength={100} data-testid="product-form-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('catalogue.product.nameEn')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="termType" label={t('catalogue.product.termType')} rules={[required]}>
          <Radio.Group optionType="button" options={TERM_TYPES.map((v) => ({ value: v, label: t(`catalogue.termTypes.${v}`) }))} data-testid="product-form-term" />
        </Form.Item>
        <Form.Item name="longTermHealth" valuePropName="checked" extra={t('catalogue.product.longTermHealthHelp')}>
          <Checkbox data-testid="product-form-longTermHealth">{t('catalogue.product.longTermHealth')}</Checkbox>
        </Form.Item>
        {/* The flags are noStyle items: a server error on one of them shows under this item. */}
        <Form.Item label={t('catalogue.product.features')} extra={t('catalogue.product.newTypeHelp')}>
          <Space wrap>
            {flag('participating')}
            {flag('investmentLinked')}
            {flag('universal')}
          </Space>
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="hesitationPeriodDays" label={t('catalogue.product.hesitationPeriodDays')} extra={t('catalogue.product.hesitationHelp')} style={{ flex: 1, marginInlineEnd: 12 }}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} data-testid="product-form-hesitation" />
          </Form.Item>
          <Form.Item name="gracePeriodDays" label={t('catalogue.product.gracePeriodDays')} extra={t('catalogue.product.graceHelp')} rules={[required]} style={{ flex: 1 }}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} data-testid="product-form-grace" />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="renewable" valuePropName="checked" label={t('catalogue.product.renewable')}>
          <Switch data-testid="product-form-renewable" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
