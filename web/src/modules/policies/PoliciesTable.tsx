import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { beijingToday, localName } from '../../shared/format';
import type { ListColumn } from '../../shared/list/ListPage';
import { PolicyStateTag } from './PolicyStateTag';
import { LINES_OF_BUSINESS, POLICY_STATES, type PolicyListItem } from './policies.api';
import { formatMoney } from './policy-form';

// The English names, where the server sends them (another change adds them to the answer).

/** The policy columns, each sortable one bound to a sort of the list, state and line with a header filter. */
export function usePolicyColumns(): ListColumn<PolicyListItem>[] {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return [
    {
      key: 'internalNo',
      title: t('policies.columns.internalNo'),
      render: (_, p) => (
        <Link to={`/policies/${p.id}`} onClick={(e) => e.stopPropagation()} data-testid={`policy-open-${p.id}`}>
          {p.internalNo}
        </Link>
      ),
    },
    { key: 'policyNumber', sortKey: 'policyNumber', title: t('policies.columns.policyNumber'), render: (_, p) => <span data-testid="policy-number">{p.policyNumber}</span> },
    {
      key: 'state',
      title: t('policies.columns.state'),
      filterKey: 'state',
      filterOptions: POLICY_STATES.map((s) => ({ value: s, text: t(`policies.states.${s}`) })),
      render: (_, p) => <PolicyStateTag state={p.state} />,
    },
    {
      key: 'insurer',
      title: t('policies.columns.insurer'),
      ellipsis: { showTitle: true },
      width: 150,
      render: (_, p) => localName(p.insurerName, p.insurerNameEn, lang),
    },
    {
      key: 'product',
      title: t('policies.columns.product'),
      ellipsis: { showTitle: true },
      width: 150,
      render: (_, p) => localName(p.productName, p.productNameEn, lang),
    },
    {
      key: 'line',
      title: t('policies.columns.line'),
      filterKey: 'lineOfBusiness',
      filterOptions: LINES_OF_BUSINESS.map((l) => ({ value: l, text: t(`policies.lines.${l}`) })),
      render: (_, p) => t(`policies.lines.${p.lineOfBusiness}`),
    },
    { key: 'policyholder', title: t('policies.columns.policyholder'), dataIndex: 'policyholderName' },
    { key: 'sumInsured', title: t('policies.columns.sumInsured'), align: 'right', render: (_, p) => formatMoney(p.sumInsured) },
    {
      key: 'premium',
      sortKey: 'premium',
      title: t('policies.columns.premium'),
      align: 'right',
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }} data-testid="policy-premium-cell">
          {formatMoney(p.premium)}
          <Typography.Text type="secondary"> / {t(`policies.frequencies.${p.paymentFrequency}`)}</Typography.Text>
        </span>
      ),
    },
    { key: 'effectiveDate', sortKey: 'effectiveDate', title: t('policies.detail.effectiveDate'), render: (_, p) => <span data-testid="policy-effective-date">{p.effectiveDate}</span> },
    { key: 'endDate', sortKey: 'endDate', title: t('policies.detail.endDate'), render: (_, p) => p.endDate ?? t('policies.wholeOfLife') },
    { key: 'orgUnit', title: t('policies.detail.orgUnit'), render: (_, p) => localName(p.orgUnitName, p.orgUnitNameEn, lang) },
    {
      key: 'agent',
      title: t('policies.columns.agent'),
      render: (_, p) => p.agentName ?? <Typography.Text type="secondary">{t('policies.noAgent')}</Typography.Text>,
    },
    { key: 'receivedAt', sortKey: 'receivedAt', title: t('policies.detail.receivedAt'), render: (_, p) => beijingToday(new Date(p.receivedAt)) },
  ];
}

/** Policies, one row each, without paging (a client's policies tab); a click anywhere on the row opens the policy. */
export function PoliciesTable({ policies, loading, testId = 'policies-table' }: { policies: PolicyListItem[]; loading: boolean; testId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns = usePolicyColumns().map(({ sortKey: _s, filterKey: _f, filterOptions: _o, ...c }) => c);
  return (
    <Table<PolicyListItem>
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
