import { Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CoverageReview, FindingKind } from './coverage.api';

const KIND_COLOURS: Record<FindingKind, string> = { gap: 'red', overlap: 'orange', expiring: 'gold', lapsed: 'purple' };

/** What the review found, each with its rule id and basis (every judgement shows why). */
export function CoverageFindings({ review }: { review: CoverageReview }) {
  const { t } = useTranslation();
  const nameOf = new Map(review.household.map((m) => [m.clientId, m.name]));
  const lineName = new Map(review.lines.map((l) => [l.line, l.name]));
  const policyNumber = new Map(review.cells.flatMap((c) => c.policies.map((p) => [p.id, p.policyNumber] as const)));
  if (review.findings.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coverage.findingsEmpty')} data-testid="coverage-findings-empty" />;
  }
  return (
    <List
      data-testid="coverage-findings"
      dataSource={review.findings}
      renderItem={(f) => (
        <List.Item key={`${f.ruleId}-${f.clientId}-${f.line}-${f.policyIds.join('.')}`} data-testid="coverage-finding" data-rule={f.ruleId} data-kind={f.kind} data-client={f.clientId}>
          <Space orientation="vertical" size={2}>
            <Space size={4} wrap>
              <Tag color={KIND_COLOURS[f.kind]}>{t(`coverage.kinds.${f.kind}`)}</Tag>
              <Tag>{f.ruleId}</Tag>
              <Typography.Text strong>{nameOf.get(f.clientId)}</Typography.Text>
              <Typography.Text type="secondary">{lineName.get(f.line)}</Typography.Text>
            </Space>
            <Typography.Text>{f.message}</Typography.Text>
            {f.policyIds.length > 0 && (
              <Space size={8} wrap>
                {f.policyIds.map((id) => (
                  <Link key={id} to={`/policies/${id}`}>{policyNumber.get(id) ?? `#${id}`}</Link>
                ))}
              </Space>
            )}
            <Typography.Text type="secondary">{t('coverage.basis', { basis: f.basis })}</Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
