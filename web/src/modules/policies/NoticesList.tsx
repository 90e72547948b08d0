import { Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format';
import type { PolicyNotice } from './policies.api';

/** 告知客户: what the client was told (on hold, differences, reissue), newest first. */
export function NoticesList({ notices }: { notices: PolicyNotice[] }) {
  const { t, i18n } = useTranslation();
  const items = [...notices].sort((a, b) => b.id - a.id);
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.notices.empty')} />;
  return (
    <List<PolicyNotice>
      size="small"
      dataSource={items}
      renderItem={(n) => (
        <List.Item data-testid={`policy-notice-${n.id}`}>
          <Space orientation="vertical" size={2}>
            <Space wrap>
              <Tag color={n.kind === 'on_hold' ? 'orange' : n.kind === 'difference' ? 'gold' : 'blue'} data-testid="notice-kind">
                {t(`policies.noticeKinds.${n.kind}`)}
              </Tag>
              <Tag>{t(`policies.channels.${n.channel}`)}</Tag>
            </Space>
            <Typography.Text data-testid="notice-content">{n.content}</Typography.Text>
            <Typography.Text type="secondary">{t('policies.notices.sent', { at: formatDateTime(n.sentAt, i18n.language), name: n.sentByName ?? '—' })}</Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
