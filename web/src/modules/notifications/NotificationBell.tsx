import { Badge, Button, Drawer, Space, Switch, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/useNotify';
import { useMarkAllRead, useUnreadCount } from './notifications.api';
import { NotificationList } from './NotificationList';

/** The header bell: unread count (every minute), and a drawer with the notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const notify = useNotify();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  const [open, setOpen] = useState(false);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const markingAll = useMarkAllRead();

  const onMarkAll = async () => {
    try {
      const { marked } = await markingAll.mutateAsync();
      notify.success(t('notifications.allMarked', { count: marked }));
    } catch (err) {
      notify.error(err);
    }
  };

  return (
    <>
      <Badge count={count} size="small" overflowCount={99} offset={[-6, 6]} data-testid="notif-count">
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={t('notifications.bellTitle', { count })}
          title={t('notifications.bellTitle', { count })}
          onClick={() => {
            setOpen(true);
            void unread.refetch();
          }}
          data-testid="notif-bell"
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('notifications.title')}
        size={440}
        destroyOnHidden
        data-testid="notif-drawer"
        extra={
          <Space>
            <Space size={4}>
              <Switch size="small" checked={onlyUnread} onChange={setOnlyUnread} data-testid="notif-only-unread" />
              <Typography.Text>{t('notifications.onlyUnread')}</Typography.Text>
            </Space>
            <Button size="small" onClick={() => void onMarkAll()} loading={markingAll.isPending} disabled={count === 0} data-testid="notif-read-all">
              {t('notifications.markAllRead')}
            </Button>
          </Space>
        }
      >
        <NotificationList onlyUnread={onlyUnread} onNavigate={() => setOpen(false)} />
      </Drawer>
    </>
  );
}
