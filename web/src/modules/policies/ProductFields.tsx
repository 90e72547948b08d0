import { Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProductSelect } from './ProductSelect';
import { LINES_OF_BUSINESS, TERM_TYPES, type Product } from './policies.api';

/**
 * 险种: a catalogue product of the insurer (bringing its name, line and term), or — when the
 * product is not catalogued — its name, line of business and term type typed in.
 */
export function ProductFields({ insurerId, product }: { insurerId: number | undefined; product: Product | undefined }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const productId = Form.useWatch('productId', form) as number | null | undefined;
  const required = { required: true, message: t('policies.form.required') };
  return (
    <>
      <Form.Item
        name="productId"
        label={t('policies.form.product')}
        extra={
          product && (
            <Typography.Text type="secondary" data-testid="policy-form-product-info">
              {t('policies.form.productFromCatalog', { line: t(`policies.lines.${product.lineOfBusiness}`), term: t(`policies.termTypes.${product.termType}`) })}
            </Typography.Text>
          )
        }
      >
        <ProductSelect insurerId={insurerId} testId="policy-form-product" />
      </Form.Item>
      {!productId && (
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="productName" label={t('policies.form.productName')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={100} data-testid="policy-form-product-name" />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item name="lineOfBusiness" label={t('policies.form.lineOfBusiness')} rules={[required]}>
              <Select options={LINES_OF_BUSINESS.map((l) => ({ value: l, label: t(`policies.lines.${l}`) }))} data-testid="policy-form-line" />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item name="termType" label={t('policies.form.termType')} rules={[required]}>
              <Select options={TERM_TYPES.map((v) => ({ value: v, label: t(`policies.termTypes.${v}`) }))} data-testid="policy-form-term-type" />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}
