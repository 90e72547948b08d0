import { Alert, Space, Spin, Tag, Typography } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined, FieldTimeOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { formatDateWithWeekday } from '../../../shared/format';
import { DeadlineCards, deadlineKeys, getMyDueItems, replaceDeadline, type Deadline, type MyDueItems } from '../../../shared/deadlines';
import { useLoad } from '../../../shared/useLoad';

type SectionKey = 'overdue' | 'dueToday' | 'upcoming';

const ICONS: Record<SectionKey, ReactNode> = {
  overdue: <ExclamationCircleOutlined style={{ color: '#cf1322' }} />,
  dueToday: <ClockCircleOutlined style={{ color: '#d46b08' }} />,
  upcoming: <FieldTimeOutlined style={{ color: '#12708a' }} />,
};
const COLOURS: Record<SectionKey, string> = { overdue: 'red', dueToday: 'orange', upcoming: 'cyan' };

/** Overdue, due today, and due within the next 5 working days: refreshed every minute. */
export function MyDueSections() {
  const { t, i18n } = useTranslation();
  const mine = useLoad(deadlineKeys.mine(), getMyDueItems, { refetchInterval: 60_000, refetchOnWindowFocus: true });

  const onChanged = (updated: Deadline) =>
    mine.setData((data) =>
      data && {
        ...data,
        overdue: replaceDeadline(data.overdue, updated),
        dueToday: replaceDeadline(data.dueToday, updated),
        upcoming: replaceDeadline(data.upcoming, updated),
      },
    );

  if (mine.error !== null && !mine.data) return <Alert type="error" showIcon title={errorText(mine.error, t)} />;
  if (!mine.data) return <Spin />;
  const data: MyDueItems = mine.data;
  const title = (key: SectionKey) =>
    key === 'upcoming' ? t('deadlines.mine.sections.upcoming', { horizon: formatDateWithWeekday(data.horizon, i18n.language) }) : t(`deadlines.mine.sections.${key}`);

  return (
    <Space orientation="vertical" size={20} style={{ width: '100%' }}>
      {mine.error !== null && <Alert type="warning" showIcon title={errorText(mine.error, t)} />}
      {(['overdue', 'dueToday', 'upcoming'] as const).map((key) => (
        <section key={key} data-testid={`due-section-${key}`}>
          <Typography.Title level={5} style={{ marginTop: 0, display: 'flex', alignItems: 'center', gap: 8 }}>
            {ICONS[key]}
            {title(key)}
            <Tag color={COLOURS[key]} data-testid={`due-section-${key}-count`}>{data[key].length}</Tag>
          </Typography.Title>
          <DeadlineCards items={data[key]} onChanged={onChanged} emptyText={t(`deadlines.mine.empty.${key}`)} />
        </section>
      ))}
    </Space>
  );
}
