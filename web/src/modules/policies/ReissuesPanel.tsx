import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format';
import { useNotify } from '../../shared/useNotify';
import { AdvanceReissueModal } from './AdvanceReissueModal';
import { RequestReissueModal } from './RequestReissueModal';
import type { PolicyReissue, ReissueState, ReissueStep } from './policies.api';
import type { PolicyPanelProps } from './policy-panel.types';

const NEXT: Record<ReissueState, ReissueStep[]> = { requested: ['submitted', 'cancelled'], submitted: ['reissued', 'cancelled'], reissued: [], cancelled: [] };
const COLORS: Record<ReissueState, string> = { requested: 'blue', submitted: 'gold', reissued: 'green', cancelled: 'default' };

/** 补发: requests with their steps; one open request at a time. */
export function ReissuesPanel({
  policy, canWrite, onDone, onStale,
}: PolicyPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const notify = useNotify();
  const [requesting, setRequesting] = useState(false);
  const [advancing, setAdvancing] = useState<{ reissue: PolicyReissue; to: ReissueStep } | null>(null);
  const items = [...policy.reissues].sort((a, b) => b.id - a.id);
  const open = items.some((r) => r.state === 'requested' || r.state === 'submitted');
  return (
    <>
      {canWrite && (
        <Button disabled={open} onClick={() => setRequesting(true)} style={{ marginBottom: 12 }} data-testid="policy-reissue-request">
          {t('policies.actions.requestReissue')}
        </Button>
      )}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.reissue.empty')} />
      ) : (
        <List<PolicyReissue>
          size="small"
          dataSource={items}
          renderItem={(r) => (
            <List.Item
              data-testid={`policy-reissue-${r.id}`}
              actions={
                canWrite
                  ? NEXT[r.state].map((to) => (
                      <Button key={to} size="small" danger={to === 'cancelled'} onClick={() => setAdvancing({ reissue: r, to })} data-testid={`reissue-${r.id}-${to}`}>
                        {t(`policies.actions.advance.${to}`)}
                      </Button>
                    ))
                  : undefined
              }
            >
              <Space orientation="vertical" size={2}>
                <Space wrap>
                  <Tag color={COLORS[r.state]} data-testid="reissue-state">{t(`policies.reissueStates.${r.state}`)}</Tag>
                  <Typography.Text>{t(`policies.reissueReasons.${r.reason}`)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {r.applicantName} · {t(`policies.identityMethods.${r.identityMethod}`)}
                    {r.identityNote ? ` · ${r.identityNote}` : ''}
                  </Typography.Text>
                </Space>
                {r.note && <Typography.Text>{r.note}</Typography.Text>}
                <Typography.Text type="secondary">
                  {t('policies.reissue.requested', { at: formatDateTime(r.requestedAt, lang), name: r.requestedByName ?? '—' })}
                  {r.submittedAt && ` · ${t('policies.reissue.submittedAt', { at: formatDateTime(r.submittedAt, lang) })}`}
                  {r.reissuedAt && ` · ${t('policies.reissue.reissuedAt', { at: formatDateTime(r.reissuedAt, lang) })}`}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {requesting && (
        <RequestReissueModal
          policy={policy}
          onClose={() => setRequesting(false)}
          onDone={(d) => {
            setRequesting(false);
            onDone(d);
            notify.success(t('policies.done.reissueRequested'));
          }}
        />
      )}
      {advancing && (
        <AdvanceReissueModal
          policy={policy}
          reissue={advancing.reissue}
          to={advancing.to}
          onClose={() => setAdvancing(null)}
          onStale={onStale}
          onDone={(d) => {
            setAdvancing(null);
            onDone(d);
            notify.success(t('policies.done.reissueAdvanced'));
          }}
        />
      )}
    </>
  );
}
