import { Alert, Button, Empty, List, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../session/useSession';
import { errorText } from '../../shared/errors';
import { RecordLink } from '../../shared/deadlines';
import { formatDateTime } from '../../shared/format';
import { useCursorList } from '../../shared/useCursorList';
import { useNotify } from '../../shared/useNotify';
import { listNotifications, notificationKeys, useMarkRead, type AppNotification, type NotificationFilters } from './notifications.api';

/** Newest first; unread ones marked; each links to its record's page; a deadline notice also leads to "my due items". */
export function NotificationList({
  onlyUnread, onNavigate,
}: {
  onlyUnread: boolean;
  onNavigate: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const filters = useMemo<NotificationFilters>(() => ({ unread: onlyUnread }), [onlyUnread]);
  const list = useCursorList(notificationKeys.list(), listNotifications, filters);
  const marking = useMarkRead();

  const read = async (n: AppNotification) => {
    try {
      const updated = await marking.mutateAsync(n.id);
      // It stays in the list, now read, even when only unread ones are shown: the user just saw it.
      list.setItems((items) => items.map((i) => (i.id === n.id ? updated : i)));
    } catch (err) {
      notify.error(err);
    }
  };

  // An escalation is about someone else's deadline: a supervisor finds it among the overdue in scope.
  const toScope = (n: AppNotification) => n.kind === 'deadline.escalated' && can('task.reassign');
  const open = async (n: AppNotification) => {
    if (!n.readAt) await read(n);
    onNavigate();
    navigate(toScope(n) ? '/due-items?tab=scope' : '/due-items');
  };

  // Following the record's link: the notice counts as read, and the drawer gives way to the page.
  const follow = (n: AppNotification) => {
    if (!n.readAt) void read(n);
    onNavigate();
  };

  if (list.error !== null) return <Alert type="error" showIcon title={errorText(list.error, t)} />;
  if (!list.loading && list.items.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={onlyUnread ? t('notifications.emptyUnread') : t('notifications.empty')} />;
  }
  return (
    <>
      <List<AppNotification>
        loading={list.loading && list.items.length === 0}
        dataSource={list.items}
        rowKey="id"
        renderItem={(n) => (
          <List.Item data-testid={`notif-item-${n.id}`} data-unread={n.readAt ? 'false' : 'true'} style={{ alignItems: 'flex-start' }}>
            <div style={{ display: 'flex', gap: 10, width: '100%' }}>
              <span
                aria-label={n.readAt ? undefined : t('notifications.unread')}
                style={{ flex: 'none', width: 8, height: 8, marginTop: 8, borderRadius: 4, background: n.readAt ? 'transparent' : '#cf1322' }}
              />
              <div style={{ flex: 1, minWidth: 0 }}>
                <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', margin: '4px 0', fontSize: 13 }}>
                  {n.body}
                </Typography.Paragraph>
                <Space size={12} wrap>
                  {n.record && <RecordLink record={n.record} onNavigate={() => follow(n)} />}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(n.createdAt, i18n.language)}</Typography.Text>
                  {!n.readAt && (
                    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void read(n)} data-testid="notif-mark-read">
                      {t('notifications.markRead')}
                    </Button>
                  )}
                  {n.kind.startsWith('deadline.') && can('deadline.read') && (
                    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void open(n)} data-testid="notif-open">
                      {toScope(n) ? t('notifications.openScopeOverdue') : t('notifications.openDueItems')}
                    </Button>
                  )}
                </Space>
              </div>
            </div>
          </List.Item>
        )}
      />
      {list.hasMore && (
        <Button block onClick={() => void list.loadMore()} loading={list.loading} style={{ marginTop: 12 }}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
