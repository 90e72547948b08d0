import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PolicyDetail, PolicyParty } from './policies.api';
import { formatShare } from './policy-form';

/** 被保险人与受益人: insured first, then beneficiaries by rank with their shares. */
export function PartiesTable({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation();
  const parties = [...policy.parties].sort(
    (a, b) => (a.role === b.role ? (a.rank ?? 0) - (b.rank ?? 0) : a.role === 'insured' ? -1 : 1),
  );
  const columns: TableColumnsType<PolicyParty> = [
    {
      key: 'role', title: t('policies.detail.partyColumns.role'),
      render: (_, x) => <Tag color={x.role === 'insured' ? 'blue' : 'gold'}>{t(`policies.detail.partyRole.${x.role}`)}</Tag>,
    },
    {
      key: 'name', title: t('policies.detail.partyColumns.name'),
      render: (_, x) => (x.clientId ? <Link to={`/clients/${x.clientId}`}>{x.name}</Link> : x.name),
    },
    { key: 'relation', title: t('policies.detail.partyColumns.relation'), render: (_, x) => (x.relation ? t(`policies.relations.${x.relation}`) : '—') },
    { key: 'idNumber', title: t('policies.detail.partyColumns.idNumber'), render: (_, x) => x.idNumber ?? '—' },
    { key: 'rank', title: t('policies.detail.partyColumns.rank'), render: (_, x) => x.rank ?? '—' },
    { key: 'share', title: t('policies.detail.partyColumns.share'), render: (_, x) => (x.share ? t('policies.percent', { value: formatShare(x.share) }) : '—') },
  ];
  return (
    <>
      <Table<PolicyParty>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={parties}
        pagination={false}
        locale={{ emptyText: t('policies.detail.noParties') }}
        onRow={(x) => ({ 'data-testid': `policy-party-${x.role}-${x.id}` }) as React.HTMLAttributes<HTMLElement>}
        data-testid="policy-parties"
      />
      {policy.beneficiaryDesignation === 'legal' && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('policies.detail.legalBeneficiary')}
        </Typography.Text>
      )}
    </>
  );
}
