import { Button, Form, Input, InputNumber, Select } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AuditFilters as Filters } from './audit.api';
import { KNOWN_ACTIONS, KNOWN_ENTITY_TYPES, actionLabel, entityTypeLabel } from './labels';

export function AuditFilters({ onChange }: { onChange: (filters: Filters) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Filters>();
  const lang = i18n.language;
  const apply = (values: Filters) =>
    onChange(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Filters);
  return (
    <Form form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item name="action">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.filters.action')}
          style={{ width: 220 }}
          options={KNOWN_ACTIONS.map((a) => ({ value: a, label: `${actionLabel(a, lang)} (${a})` }))}
          data-testid="audit-filter-action"
        />
      </Form.Item>
      <Form.Item name="entityType">
        <Select
          allowClear
          placeholder={t('audit.filters.entityType')}
          style={{ width: 140 }}
          options={KNOWN_ENTITY_TYPES.map((e) => ({ value: e, label: entityTypeLabel(e, lang) }))}
        />
      </Form.Item>
      <Form.Item name="entityId">
        <Input allowClear placeholder={t('audit.filters.entityId')} style={{ width: 130 }} />
      </Form.Item>
      <Form.Item name="actorId">
        <InputNumber min={1} placeholder={t('audit.filters.actorId')} style={{ width: 130 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={() => { form.resetFields(); onChange({}); }}>{t('common.reset')}</Button>
      </Form.Item>
    </Form>
  );
}
