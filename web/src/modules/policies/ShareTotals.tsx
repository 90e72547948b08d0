import { Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { shareTotals, type BeneficiaryRow } from './policy-form';

/** The live total per rank (顺位): green at exactly 100 %, red otherwise. */
export function ShareTotals({ rows }: { rows: (Partial<BeneficiaryRow> | undefined)[] | undefined }) {
  const { t } = useTranslation();
  const totals = shareTotals(rows);
  if (totals.length === 0) return null;
  return (
    <Space wrap style={{ margin: '8px 0' }} data-testid="share-totals">
      {totals.map((r) => (
        <Tag
          key={r.rank}
          color={r.complete ? 'green' : 'red'}
          icon={r.complete ? <CheckCircleOutlined /> : <ExclamationCircleOutlined />}
          data-testid={`share-total-${r.rank}`}
          data-complete={r.complete}
        >
          {t('policies.form.rankTotal', { rank: r.rank, total: r.total })}
        </Tag>
      ))}
      <Typography.Text type="secondary">{t('policies.form.rankTotalsHint')}</Typography.Text>
    </Space>
  );
}
