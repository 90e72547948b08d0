import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Client } from './clients.api';

/** Clients with masked mobile; the name opens the record. */
export function ClientsTable({ clients, loading }: { clients: Client[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Client> = [
    {
      key: 'name',
      title: t('clients.columns.name'),
      render: (_, c) => (
        <Link to={`/clients/${c.id}`} data-testid={`client-open-${c.id}`}>
          <span data-testid="client-name">{c.name}</span>
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('clients.columns.kind'),
      render: (_, c) => <Tag color={c.kind === 'person' ? 'blue' : 'purple'}>{t(`clients.kinds.${c.kind}`)}</Tag>,
    },
    {
      key: 'mobile',
      title: t('clients.columns.mobile'),
      render: (_, c) => <span data-testid="client-mobile">{c.mobile ?? '—'}</span>,
    },
    {
      key: 'agent',
      title: t('clients.columns.agent'),
      render: (_, c) => c.agentName ?? <Typography.Text type="secondary">{t('clients.noAgent')}</Typography.Text>,
    },
    { key: 'orgUnit', title: t('clients.columns.orgUnit'), dataIndex: 'orgUnitName' },
    {
      key: 'archive',
      title: t('clients.columns.archive'),
      render: (_, c) =>
        c.archivedAt ? <Tag color="green">{t('clients.archived')}</Tag> : <Tag color="orange">{t('clients.incomplete')}</Tag>,
    },
  ];
  return (
    <Table<Client>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={clients}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('clients.empty') }}
      onRow={(c) => ({ 'data-testid': `client-row-${c.id}` }) as React.HTMLAttributes<HTMLElement>}
      data-testid="clients-table"
    />
  );
}
