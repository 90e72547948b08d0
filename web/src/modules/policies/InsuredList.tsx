import { Button, Col, Form, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ClientPicker } from './ClientPicker';
import { PARTY_RELATIONS } from './policies.api';

export type ClientNames = Record<number, string>;

/** 被保险人: one or more clients of the archive, each with the relation to the policyholder. */
export function InsuredList({ clientNames }: { clientNames: ClientNames }) {
  const { t } = useTranslation();
  return (
    <Form.List
      name="insured"
      rules={[{ validator: async (_, rows?: unknown[]) => (rows?.length ? undefined : Promise.reject(new Error(t('policies.form.insuredRequired')))) }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={16} align="top" data-testid={`insured-row-${index}`}>
              <Col xs={24} md={12}>
                <Form.Item
                  noStyle
                  shouldUpdate={(a, b) => a.insured?.[index]?.clientId !== b.insured?.[index]?.clientId}
                >
                  {({ getFieldValue }) => {
                    const id = getFieldValue(['insured', field.name, 'clientId']) as number | undefined;
                    return (
                      <Form.Item
                        name={[field.name, 'clientId']}
                        label={t('policies.form.insuredClient')}
                        rules={[{ required: true, message: t('policies.form.required') }]}
                      >
                        <ClientPicker current={id && clientNames[id] ? { id, name: clientNames[id] } : null} testId={`insured-client-${index}`} />
                      </Form.Item>
                    );
                  }}
                </Form.Item>
              </Col>
              <Col xs={18} md={8}>
                <Form.Item name={[field.name, 'relation']} label={t('policies.form.relationToPolicyholder')}>
                  <Select allowClear options={PARTY_RELATIONS.map((r) => ({ value: r, label: t(`policies.relations.${r}`) }))} data-testid={`insured-relation-${index}`} />
                </Form.Item>
              </Col>
              <Col xs={6} md={4}>
                <div style={{ paddingTop: 30 }}>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} disabled={fields.length === 1} aria-label={t('policies.actions.remove')} />
                </div>
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="insured-add">
            {t('policies.actions.addInsured')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
