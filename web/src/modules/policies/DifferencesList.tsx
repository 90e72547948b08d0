import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format';
import { useNotify } from '../../shared/useNotify';
import { ResolveDifferenceModal } from './ResolveDifferenceModal';
import type { PolicyDifference } from './policies.api';
import type { PolicyPanelProps } from './policy-panel.types';

/** 核对差异: open ones first, each with what the policy and the client's papers say. */
export function DifferencesList({
  policy, canWrite, onDone, onStale,
}: PolicyPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const notify = useNotify();
  const [resolving, setResolving] = useState<PolicyDifference | null>(null);
  const items = [...policy.differences].sort((a, b) => Number(!!a.resolvedAt) - Number(!!b.resolvedAt) || b.id - a.id);
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.verify.noDifferences')} />;
  return (
    <>
      <List<PolicyDifference>
        size="small"
        dataSource={items}
        renderItem={(d) => (
          <List.Item
            data-testid={`policy-difference-${d.id}`}
            actions={
              !d.resolvedAt && canWrite
                ? [
                    <Button key="resolve" size="small" onClick={() => setResolving(d)} data-testid={`difference-resolve-${d.id}`}>
                      {t('policies.actions.resolve')}
                    </Button>,
                  ]
                : undefined
            }
          >
            <Space orientation="vertical" size={2}>
              <Space wrap>
                <Typography.Text strong>{t(`policies.verifyFields.${d.field}`)}</Typography.Text>
                {d.resolvedAt ? (
                  <Tag color="green">{t('policies.verify.resolvedAt', { at: formatDateTime(d.resolvedAt, lang) })}</Tag>
                ) : (
                  <Tag color="orange">{t('policies.verify.open')}</Tag>
                )}
              </Space>
              <Typography.Text>
                {t('policies.verify.onPolicy')}{t('common.separators.colon')}{d.onPolicy ?? '—'}{t('common.separators.clause')}
                {t('policies.verify.clientSays')}{t('common.separators.colon')}{d.clientSays ?? '—'}
              </Typography.Text>
              {d.resolution && (
                <Typography.Text>
                  {t(`policies.resolutions.${d.resolution}`)}
                  {d.resolutionNote ? `${t('common.separators.colon')}${d.resolutionNote}` : ''}
                </Typography.Text>
              )}
              <Typography.Text type="secondary">{t('policies.verify.raised', { at: formatDateTime(d.raisedAt, lang), name: d.raisedByName ?? '—' })}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {resolving && (
        <ResolveDifferenceModal
          policy={policy}
          difference={resolving}
          onClose={() => setResolving(null)}
          onStale={onStale}
          onDone={(next) => {
            setResolving(null);
            onDone(next);
            notify.success(t('policies.done.resolved'));
          }}
        />
      )}
    </>
  );
}
