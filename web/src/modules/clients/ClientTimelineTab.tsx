import { Alert, Button, Empty, Timeline, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { useCursorList } from '../../shared/useCursorList';
import { clientKeys, listTimeline } from './clients.api';
import type { ClientTabProps } from './client-detail-tabs';

/** 时间线 (R-CL-4): everything about the client, newest first, paged. */
export function ClientTimelineTab({ client }: ClientTabProps) {
  const { t, i18n } = useTranslation();
  const filters = useMemo(() => ({ id: client.id }), [client.id]);
  const timeline = useCursorList(clientKeys.timeline(client.id), (f: { id: number }, cursor) => listTimeline(f.id, cursor), filters);

  return (
    <div data-testid="client-timeline">
      {timeline.error !== null && <Alert type="error" showIcon title={errorText(timeline.error, t)} style={{ marginBottom: 12 }} />}
      {timeline.items.length === 0 && !timeline.loading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clients.detail.timelineEmpty')} />
      ) : (
        <Timeline
          items={timeline.items.map((e) => ({
            key: e.id,
            content: (
              <div data-testid={`timeline-${e.kind}`}>
                <div>{e.summary}</div>
                <Typography.Text type="secondary">
                  {formatDateTime(e.at, i18n.language)}
                  {e.actorName ? ` · ${e.actorName}` : ''}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      )}
      {timeline.hasMore && (
        <Button onClick={() => void timeline.loadMore()} loading={timeline.loading} data-testid="client-timeline-more">
          {t('common.loadMore')}
        </Button>
      )}
    </div>
  );
}
