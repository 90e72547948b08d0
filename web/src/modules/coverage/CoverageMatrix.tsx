import { List, Popover, Space, Table, Tag, Typography, theme } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatAmount, type CellStatus, type CoverageCell, type CoveragePolicy, type CoverageReview, type HouseholdMember, type Standing } from './coverage.api';

export const STANDING_COLOURS: Record<Standing, string> = {
  in_force: 'green',
  starts_later: 'cyan',
  pending_verification: 'blue',
  lapsed: 'red',
  ended: 'default',
};

/** Cell colours from the theme: green covered, orange overlap, red gap, blue not yet in force, grey none. */
export function useStatusColours(): Record<CellStatus, { background: string; border: string }> {
  const { token } = theme.useToken();
  return {
    covered: { background: token.colorSuccessBg, border: token.colorSuccessBorder },
    overlap: { background: token.colorWarningBg, border: token.colorWarningBorder },
    gap: { background: token.colorErrorBg, border: token.colorErrorBorder },
    pending: { background: token.colorInfoBg, border: token.colorInfoBorder },
    none: { background: token.colorFillQuaternary, border: token.colorBorderSecondary },
  };
}

/** R-PO-5 matrix: a row per household member, a column per line of business. */
export function CoverageMatrix({ review }: { review: CoverageReview }) {
  const { t } = useTranslation();
  const colours = useStatusColours();
  const cellOf = useMemo(() => new Map(review.cells.map((c) => [`${c.clientId}:${c.line}`, c])), [review]);

  const columns: ColumnsType<HouseholdMember> = [
    {
      key: 'member',
      title: t('coverage.member'),
      fixed: 'left',
      render: (_, m) => <MemberLabel member={m} />,
    },
    ...review.lines.map(({ line, name }) => ({
      key: line,
      title: name,
      render: (_: unknown, m: HouseholdMember) => {
        const cell = cellOf.get(`${m.clientId}:${line}`);
        return cell ? <MatrixCell cell={cell} title={t('coverage.policies', { name: m.name, line: name })} colours={colours[cell.status]} /> : null;
      },
    })),
  ];

  return (
    <div data-testid="coverage-matrix">
      <Table rowKey="clientId" size="small" bordered pagination={false} scroll={{ x: 'max-content' }} dataSource={review.household} columns={columns} />
    </div>
  );
}

function MemberLabel({ member: m }: { member: HouseholdMember }) {
  const { t } = useTranslation();
  const details = m.kind === 'organisation'
    ? t('coverage.organisation')
    : [m.age === null ? t('coverage.ageUnknown') : t('coverage.age', { age: m.age }), m.gender ? t(`coverage.genders.${m.gender}`) : null].filter(Boolean).join(' · ');
  return (
    <Space orientation="vertical" size={0} data-testid={`coverage-member-${m.clientId}`}>
      <Space size={4}>
        <Link to={`/clients/${m.clientId}`}>{m.name}</Link>
        <Tag color={m.relation === 'self' ? 'blue' : undefined}>{t(`coverage.relations.${m.relation}`)}</Tag>
      </Space>
      <Typography.Text type="secondary">{details}</Typography.Text>
    </Space>
  );
}

function MatrixCell({ cell, title, colours }: { cell: CoverageCell; title: string; colours: { background: string; border: string } }) {
  const { t } = useTranslation();
  const counted = cell.policies.filter((p) => p.counts).length;
  const notCounted = cell.policies.length - counted;
  return (
    <Popover trigger={['hover', 'click']} title={title} content={<CellPolicies policies={cell.policies} testId={`coverage-cell-policies-${cell.clientId}-${cell.line}`} />}>
      <div
        role="button"
        tabIndex={0}
        data-testid={`coverage-cell-${cell.clientId}-${cell.line}`}
        data-status={cell.status}
        style={{ background: colours.background, border: `1px solid ${colours.border}`, borderRadius: 6, padding: '4px 8px', minWidth: 120, cursor: 'pointer' }}
      >
        <Typography.Text strong>{t(`coverage.status.${cell.status}`)}</Typography.Text>
        {counted > 0 && <div data-testid="coverage-cell-total">{formatAmount(cell.totalSumInsured)}</div>}
        {cell.nextExpiry && (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {t('coverage.nextExpiry', { date: cell.nextExpiry })}
          </Typography.Text>
        )}
        {notCounted > 0 && (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {t('coverage.notCounted', { count: notCounted })}
          </Typography.Text>
        )}
      </div>
    </Popover>
  );
}

function CellPolicies({ policies, testId }: { policies: CoveragePolicy[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      style={{ maxWidth: 420 }}
      data-testid={testId}
      dataSource={policies}
      locale={{ emptyText: t('coverage.noPolicies') }}
      renderItem={(p) => (
        <List.Item key={p.id}>
          <Space orientation="vertical" size={0}>
            <Space size={4} wrap>
              <Link to={`/policies/${p.id}`} data-testid={`coverage-policy-link-${p.id}`}>{p.productName}</Link>
              <Tag color={STANDING_COLOURS[p.standing]}>{t(`coverage.standing.${p.standing}`, { date: p.effectiveDate })}</Tag>
            </Space>
            <Typography.Text type="secondary">{t('coverage.policyLine', { insurer: p.insurerName, number: p.policyNumber })}</Typography.Text>
            <Typography.Text type="secondary">
              {t('coverage.sumInsured', { amount: formatAmount(p.sumInsured) })} · {t('coverage.term', { from: p.effectiveDate, to: p.endDate ?? t('coverage.wholeLife') })}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
