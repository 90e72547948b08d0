import { Button, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ClientPicker } from './ClientPicker';
import type { ClientNames } from './InsuredList';
import { PARTY_RELATIONS } from './policies.api';
import { SHARE_PATTERN, type BeneficiaryRow } from './policy-form';

/** One named beneficiary: a client of the archive or a name and ID number; relation, rank and share. */
export function BeneficiaryRowFields({
  name, index, clientNames, onRemove,
}: {
  name: number;
  index: number;
  clientNames: ClientNames;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const row = Form.useWatch(['beneficiaries', name], form) as Partial<BeneficiaryRow> | undefined;
  const required = { required: true, message: t('policies.form.required') };
  const id = row?.clientId;
  return (
    <div data-testid={`beneficiary-row-${index}`} style={{ borderBottom: '1px dashed rgba(0,0,0,0.1)', marginBottom: 12 }}>
      <Form.Item name={[name, 'source']} style={{ marginBottom: 8 }}>
        <Radio.Group optionType="button" size="small" data-testid={`beneficiary-source-${index}`}>
          <Radio.Button value="client">{t('policies.form.beneficiarySource.client')}</Radio.Button>
          <Radio.Button value="person" data-testid={`beneficiary-source-person-${index}`}>{t('policies.form.beneficiarySource.person')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      <Row gutter={12} align="top">
        {row?.source === 'person' ? (
          <>
            <Col xs={12} md={5}>
              <Form.Item name={[name, 'name']} label={t('policies.form.beneficiaryName')} rules={[{ ...required, whitespace: true }]}>
                <Input maxLength={100} data-testid={`beneficiary-name-${index}`} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name={[name, 'idNumber']} label={t('policies.form.beneficiaryIdNumber')}>
                <Input maxLength={40} autoComplete="off" data-testid={`beneficiary-id-number-${index}`} />
              </Form.Item>
            </Col>
          </>
        ) : (
          <Col xs={24} md={11}>
            <Form.Item name={[name, 'clientId']} label={t('policies.form.beneficiaryClient')} rules={[required]}>
              <ClientPicker current={id && clientNames[id] ? { id, name: clientNames[id] } : null} testId={`beneficiary-client-${index}`} />
            </Form.Item>
          </Col>
        )}
        <Col xs={8} md={5}>
          <Form.Item name={[name, 'relation']} label={t('policies.form.relationToInsured')} rules={[required]}>
            <Select options={PARTY_RELATIONS.map((r) => ({ value: r, label: t(`policies.relations.${r}`) }))} data-testid={`beneficiary-relation-${index}`} />
          </Form.Item>
        </Col>
        <Col xs={5} md={3}>
          <Form.Item name={[name, 'rank']} label={t('policies.form.rank')} rules={[required]}>
            <InputNumber min={1} max={9} precision={0} style={{ width: '100%' }} data-testid={`beneficiary-rank-${index}`} />
          </Form.Item>
        </Col>
        <Col xs={8} md={4}>
          <Form.Item
            name={[name, 'share']}
            label={t('policies.form.share')}
            rules={[required, { pattern: SHARE_PATTERN, message: t('policies.form.shareInvalid') }]}
          >
            <Input inputMode="decimal" suffix="%" maxLength={6} data-testid={`beneficiary-share-${index}`} />
          </Form.Item>
        </Col>
        <Col xs={3} md={1}>
          <div style={{ paddingTop: 30 }}>
            <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('policies.actions.remove')} data-testid={`beneficiary-remove-${index}`} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
