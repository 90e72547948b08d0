import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format';
import { useNotify } from '../../shared/useNotify';
import { ReReviewModal } from './ReReviewModal';
import type { PolicyReview } from './policies.api';
import type { PolicyPanelProps } from './policy-panel.types';

const CHECKS = ['formatComplete', 'sealsPresent', 'noAlteration'] as const;

/** 初审记录: every review, newest first, with its three checks; re-review while registered or on hold. */
export function ReviewsList({
  policy, canWrite, onDone, onStale,
}: PolicyPanelProps) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const reviewable = policy.state === 'registered' || policy.state === 'on_hold';
  const reviews = [...policy.reviews].sort((a, b) => b.id - a.id);
  return (
    <>
      {canWrite && (
        <Space style={{ marginBottom: 12 }}>
          <Button type={policy.state === 'on_hold' ? 'primary' : 'default'} disabled={!reviewable} onClick={() => setOpen(true)} data-testid="policy-review">
            {t('policies.actions.review')}
          </Button>
          {!reviewable && <Typography.Text type="secondary">{t('policies.reviews.allowedHint')}</Typography.Text>}
        </Space>
      )}
      {reviews.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.reviews.empty')} />
      ) : (
        <List<PolicyReview>
          size="small"
          dataSource={reviews}
          renderItem={(r) => (
            <List.Item data-testid={`policy-review-${r.id}`}>
              <Space orientation="vertical" size={2}>
                <Space wrap>
                  <Tag color={r.passed ? 'green' : 'orange'} data-testid="review-result">{t(r.passed ? 'policies.reviews.passed' : 'policies.reviews.failed')}</Tag>
                  {CHECKS.map((c) => (
                    <Typography.Text key={c} type={r[c] ? undefined : 'danger'}>
                      {r[c] ? <CheckOutlined /> : <CloseOutlined />} {t(`policies.review.${c}`)}
                    </Typography.Text>
                  ))}
                </Space>
                {r.note && <Typography.Text>{r.note}</Typography.Text>}
                <Typography.Text type="secondary">{t('policies.reviews.by', { at: formatDateTime(r.reviewedAt, i18n.language), name: r.reviewedByName ?? '—' })}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {open && (
        <ReReviewModal
          policy={policy}
          onClose={() => setOpen(false)}
          onStale={onStale}
          onDone={(d) => {
            setOpen(false);
            onDone(d);
            notify.success(t('policies.done.reviewed'));
          }}
        />
      )}
    </>
  );
}
