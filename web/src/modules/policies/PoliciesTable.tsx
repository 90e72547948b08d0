import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PolicyStateTag } from './PolicyStateTag';
import type { Policy } from './policies.api';
import { formatMoney } from './policy-form';

/** Policies, one row each; a click anywhere on the row opens the policy. */
export function PoliciesTable({ policies, loading, testId = 'policies-table' }: { policies: Policy[]; loading: boolean; testId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns: TableColumnsType<Policy> = [
    {
      key: 'internalNo',
      title: t('policies.columns.internalNo'),
      render: (_, p) => (
        <Link to={`/policies/${p.id}`} onClick={(e) => e.stopPropagation()} data-testid={`policy-open-${p.id}`}>
          {p.internalNo}
        </Link>
      ),
    },
    { key: 'policyNumber', title: t('policies.columns.policyNumber'), render: (_, p) => <span data-testid="policy-number">{p.policyNumber}</span> },
    { key: 'state', title: t('policies.columns.state'), render: (_, p) => <PolicyStateTag state={p.state} /> },
    { key: 'insurer', title: t('policies.columns.insurer'), dataIndex: 'insurerName', ellipsis: { showTitle: true }, width: 150 },
    { key: 'product', title: t('policies.columns.product'), dataIndex: 'productName', ellipsis: { showTitle: true }, width: 150 },
    { key: 'line', title: t('policies.columns.line'), render: (_, p) => t(`policies.lines.${p.lineOfBusiness}`) },
    { key: 'policyholder', title: t('policies.columns.policyholder'), dataIndex: 'policyholderName' },
    { key: 'sumInsured', title: t('policies.columns.sumInsured'), align: 'right', render: (_, p) => formatMoney(p.sumInsured) },
    {
      key: 'premium',
      title: t('policies.columns.premium'),
      align: 'right',
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatMoney(p.premium)}
          <Typography.Text type="secondary"> / {t(`policies.frequencies.${p.paymentFrequency}`)}</Typography.Text>
        </span>
      ),
    },
    {
      key: 'dates',
      title: t('policies.columns.dates'),
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {p.effectiveDate} – {p.endDate ?? t('policies.wholeOfLife')}
        </span>
      ),
    },
    {
      key: 'agent',
      title: t('policies.columns.agent'),
      render: (_, p) => p.agentName ?? <Typography.Text type="secondary">{t('policies.noAgent')}</Typography.Text>,
    },
  ];
  return (
    <Table<Policy>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={policies}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('policies.empty') }}
      onRow={(p) =>
        ({ 'data-testid': `policy-row-${p.id}`, onClick: () => navigate(`/policies/${p.id}`), style: { cursor: 'pointer' } }) as React.HTMLAttributes<HTMLElement>
      }
      data-testid={testId}
    />
  );
}
