import { Alert, Button, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors';
import { useCursorList } from '../useCursorList';
import { DeadlineCards, replaceDeadline } from './DeadlineCards';
import { deadlineKeys, listDeadlines, type DeadlineQuery } from './deadlines.api';

/**
 * The deadlines of one record — `<DeadlineList entityType="claim" entityId={claim.id} />` — or
 * any slice of those in the user's scope (`state="overdue"`, `live`, `ownerId`), soonest due
 * first, with "load more". Each card shows its basis and countdown, and offers pause, resume
 * and cancel to holders of deadline.manage.
 */
export function DeadlineList({
  entityType, entityId, state, live, ownerId, emptyText, testId = 'deadline-list',
}: DeadlineQuery & { emptyText?: string; testId?: string }) {
  const { t } = useTranslation();
  const filters = useMemo<DeadlineQuery>(
    () => ({ entityType, entityId, state, live, ownerId }),
    [entityType, entityId, state, live, ownerId],
  );
  const list = useCursorList(deadlineKeys.list(), listDeadlines, filters);
  return (
    <div>
      {list.error !== null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
      {list.loading && list.items.length === 0 ? (
        <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
      ) : (
        <DeadlineCards
          items={list.items}
          onChanged={(updated) => list.setItems((items) => replaceDeadline(items, updated))}
          emptyText={emptyText}
          testId={testId}
        />
      )}
      {list.hasMore && (
        <Space style={{ marginTop: 12 }}>
          <Button onClick={() => void list.loadMore()} loading={list.loading} data-testid={`${testId}-more`}>
            {t('common.loadMore')}
          </Button>
        </Space>
      )}
    </div>
  );
}
