import { Alert, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors';
import { useLoad } from '../../shared/useLoad';
import { CoverageFindings } from './CoverageFindings';
import { CoverageMatrix, useStatusColours } from './CoverageMatrix';
import { CoverageRules } from './CoverageRules';
import { coverageKeys, getCoverage, type CellStatus, type CoverageReview } from './coverage.api';

const STATUSES: CellStatus[] = ['covered', 'gap', 'overlap', 'pending', 'none'];

/** The client's coverage review (R-PO-5), loaded in the UI language; a change to the household reads it again (coverageKeys.all). */
export function useCoverage(clientId: number) {
  const { i18n } = useTranslation();
  return useLoad([...coverageKeys.client(clientId), i18n.language], () => getCoverage(clientId));
}

/**
 * 保障检视 for a client page tab: the household matrix, the findings and the rules.
 * Mount it with the client's id, e.g. `<CoveragePanel clientId={client.id} />`.
 */
export function CoveragePanel({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const loaded = useCoverage(clientId);
  if (loaded.error !== null && !loaded.data) return <Alert type="error" showIcon title={errorText(loaded.error, t)} data-testid="coverage-error" />;
  if (!loaded.data) return <Card loading />;
  return <CoverageView review={loaded.data} />;
}

export function CoverageView({ review }: { review: CoverageReview }) {
  const { t } = useTranslation();
  const colours = useStatusColours();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="coverage-panel">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" data-testid="coverage-as-of">{t('coverage.asOf', { date: review.asOf })}</Typography.Text>
        <Space size={4} wrap aria-label={t('coverage.legend')}>
          {STATUSES.map((s) => (
            <Tag key={s} style={{ background: colours[s].background, borderColor: colours[s].border, color: 'inherit' }}>{t(`coverage.status.${s}`)}</Tag>
          ))}
        </Space>
      </Space>
      <CoverageMatrix review={review} />
      <Card size="small" title={t('coverage.findings')}>
        <CoverageFindings review={review} />
      </Card>
      <CoverageRules rules={review.rules} />
    </Space>
  );
}
