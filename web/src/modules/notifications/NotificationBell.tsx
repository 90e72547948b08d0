import { Badge, Button, Drawer, Space, Switch, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInterval } from '../../shared/timers';
import { useNotify } from '../../shared/useNotify';
import { onDeadlinesChanged } from '../../shared/deadlines/deadlines.api';
import { getUnreadCount, markAllRead } from './notifications.api';
import { NotificationList } from './NotificationList';

/** The header bell: unread count (every minute), and a drawer with the notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [count, setCount] = useState(0);
  const [open, setOpen] = useState(false);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [marking, setMarking] = useState(false);

  const refreshCount = useCallback(() => {
    getUnreadCount().then(setCount, () => undefined);
  }, []);
  useEffect(() => {
    refreshCount();
    return onDeadlinesChanged(refreshCount);
  }, [refreshCount]);
  useInterval(refreshCount, 60_000);

  const onMarkAll = async () => {
    setMarking(true);
    try {
      const { marked } = await markAllRead();
      notify.success(t('notifications.allMarked', { count: marked }));
      setCount(0);
      setGeneration((g) => g + 1); // reload the list
    } catch (err) {
      notify.error(err);
    } finally {
      setMarking(false);
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
            refreshCount();
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
            <Button size="small" onClick={() => void onMarkAll()} loading={marking} disabled={count === 0} data-testid="notif-read-all">
              {t('notifications.markAllRead')}
            </Button>
          </Space>
        }
      >
        <NotificationList
          key={`${onlyUnread}-${generation}`}
          onlyUnread={onlyUnread}
          onRead={() => setCount((c) => Math.max(0, c - 1))}
          onNavigate={() => setOpen(false)}
        />
      </Drawer>
    </>
  );
}
