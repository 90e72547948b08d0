import { Card, Space, Tag, Typography } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../session/useSession';
import { useRecentRecords } from './recent-records';

/** 最近查看, small, for the home page: the records this user opened last (recent-records.ts); nothing until one is. */
export function RecentRecordsCard() {
  const { t } = useTranslation();
  const { can } = useSession();
  const recent = useRecentRecords().filter((r) => can(r.kind === 'client' ? 'client.read' : 'policy.read'));
  if (recent.length === 0) return null;
  return (
    <Card
      size="small"
      title={<Space size={6}><HistoryOutlined />{t('headerSearch.groups.recent')}</Space>}
      style={{ marginBottom: 24 }}
      data-testid="home-recent"
    >
      <Space size={[16, 6]} wrap>
        {recent.map((r) => (
          <Link key={`${r.kind}-${r.id}`} to={r.path} data-testid={`home-recent-${r.kind}-${r.id}`}>
            <Tag style={{ marginInlineEnd: 4 }}>{t(`headerSearch.kinds.${r.kind}`)}</Tag>
            {r.title}
            {r.detail && <Typography.Text type="secondary"> {r.detail}</Typography.Text>}
          </Link>
        ))}
      </Space>
    </Card>
  );
}
