import { Checkbox, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';

/** 日期: application, issue, effective and end; "whole of life" leaves the end date out. */
export function DateFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const wholeOfLife = Form.useWatch('wholeOfLife', form) as boolean | undefined;
  const date = (testId: string, disabled = false) => <Input type="date" max="9999-12-31" disabled={disabled} data-testid={testId} />;
  return (
    <Row gutter={16}>
      <Col xs={12} md={6}>
        <Form.Item name="applicationDate" label={t('policies.form.applicationDate')}>
          {date('policy-form-application-date')}
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="issueDate" label={t('policies.form.issueDate')}>
          {date('policy-form-issue-date')}
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="effectiveDate" label={t('policies.form.effectiveDate')} rules={[{ required: true, message: t('policies.form.required') }]}>
          {date('policy-form-effective-date')}
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name="endDate"
          label={t('policies.form.endDate')}
          rules={wholeOfLife ? [] : [{ required: true, message: t('policies.form.required') }]}
          extra={
            <Form.Item name="wholeOfLife" valuePropName="checked" noStyle>
              <Checkbox
                onChange={(e) => {
                  if (e.target.checked) form.setFields([{ name: 'endDate', value: undefined, errors: [] }]);
                }}
                data-testid="policy-form-whole-of-life"
              >
                {t('policies.form.wholeOfLife')}
              </Checkbox>
            </Form.Item>
          }
        >
          {date('policy-form-end-date', !!wholeOfLife)}
        </Form.Item>
      </Col>
    </Row>
  );
}
