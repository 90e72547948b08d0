import { Alert, Card, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { GiftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUrlParams } from '../../shared/useUrlParams';
import { AgentSelect } from '../../shared/agent-picker/AgentSelect';
import { errorText } from '../../shared/errors';
import { formatDateWithWeekday } from '../../shared/format';
import { useLoad } from '../../shared/useLoad';
import { clientKeys, listCare, type CareItem } from './clients.api';
import { BackButton } from '../../shared/BackButton';

const WINDOWS = [7, 30] as const;

/** 客户关怀 (R-CL-5): birthdays in the next 7 or 30 days, by date then agent; filter by agent. Kept in the address. */
export function CareListPage() {
  const { t, i18n } = useTranslation();
  const [params, setParam] = useUrlParams();
  const days = params.get('days') === '30' ? 30 : 7;
  const agentId = Number(params.get('agentId')) || undefined;
  const care = useLoad(clientKeys.care({ days, agentId }), () => listCare({ days, agentId }));

  const columns: TableColumnsType<CareItem> = [
    {
      key: 'birthday',
      title: t('clients.care.birthday'),
      render: (_, c) => (
        <Space>
          <span>{formatDateWithWeekday(c.birthday, i18n.language)}</span>
          {c.inDays === 0 ? <Tag color="red">{t('clients.care.today')}</Tag> : <Tag>{t('clients.care.inDays', { count: c.inDays })}</Tag>}
        </Space>
      ),
    },
    {
      key: 'name',
      title: t('clients.columns.name'),
      render: (_, c) => (
        <Link to={`/clients/${c.id}`} data-testid={`care-open-${c.id}`}>
          {c.name}
        </Link>
      ),
    },
    { key: 'age', title: t('clients.care.age'), render: (_, c) => t('clients.care.turns', { age: c.age }) },
    { key: 'mobile', title: t('clients.columns.mobile'), render: (_, c) => c.mobile ?? '—' },
    {
      key: 'agent',
      title: t('clients.columns.agent'),
      render: (_, c) => c.agentName ?? <Typography.Text type="secondary">{t('clients.noAgent')}</Typography.Text>,
    },
  ];

  return (
    <Card
      title={
        <Space>
          <GiftOutlined />
          {t('clients.care.title')}
        </Space>
      }
      extra={
        <BackButton fallback="/clients" fallbackLabel={t('clients.actions.back')} testId="care-back" />
      }
      data-testid="care-page"
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<number>
          value={days}
          onChange={(value) => setParam('days', value === 7 ? undefined : String(value))}
          options={WINDOWS.map((d) => ({ value: d, label: <span data-testid={`care-days-${d}`}>{t('clients.care.nextDays', { count: d })}</span> }))}
        />
        <AgentSelect
          value={agentId}
          onChange={(id) => setParam('agentId', id ? String(id) : undefined)}
          placeholder={t('clients.care.allAgents')}
          style={{ width: 240 }}
          testId="care-agent-filter"
        />
      </Space>
      {care.data && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary" data-testid="care-window">
            {t('clients.care.window', { from: care.data.from, to: care.data.to, count: care.data.total })}
          </Typography.Text>
          {care.data.total > care.data.items.length && (
            <Typography.Text type="warning" style={{ marginInlineStart: 12 }} data-testid="care-truncated">
              {t('clients.care.truncated', { shown: care.data.items.length })}
            </Typography.Text>
          )}
        </div>
      )}
      {care.error !== null && <Alert type="error" showIcon title={errorText(care.error, t)} style={{ marginBottom: 16 }} />}
      <Table<CareItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={care.data?.items ?? []}
        loading={care.loading}
        pagination={false}
        locale={{ emptyText: t('clients.care.empty') }}
        onRow={(c) => ({ 'data-testid': `care-row-${c.id}` }) as React.HTMLAttributes<HTMLElement>}
        data-testid="care-table"
      />
    </Card>
  );
}
