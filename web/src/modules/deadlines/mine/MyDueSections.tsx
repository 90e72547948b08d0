import { Alert, Button, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined, FieldTimeOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { errorText } from '../../../shared/errors';
import { formatDateWithWeekday } from '../../../shared/format';
import { DeadlineCards, deadlineKeys, entityTypeName, getMyDueItems, replaceDeadline, type Deadline, type MyDueItems } from '../../../shared/deadlines';
import { useLoad } from '../../../shared/useLoad';

type SectionKey = 'overdue' | 'dueToday' | 'upcoming';
const SECTIONS: readonly SectionKey[] = ['overdue', 'dueToday', 'upcoming'];

const ICONS: Record<SectionKey, ReactNode> = {
  overdue: <ExclamationCircleOutlined style={{ color: '#cf1322' }} />,
  dueToday: <ClockCircleOutlined style={{ color: '#d46b08' }} />,
  upcoming: <FieldTimeOutlined style={{ color: '#12708a' }} />,
};
const COLOURS: Record<SectionKey, string> = { overdue: 'red', dueToday: 'orange', upcoming: 'cyan' };

/**
 * Overdue, due today, and due within the next 5 working days: refreshed every minute; filtered by record type (?type=policy)
 * and to one section (?show=overdue | dueToday | upcoming: the home page's counts link there).
 */
export function MyDueSections() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const type = params.get('type') ?? '';
  const show = SECTIONS.find((key) => key === params.get('show')) ?? null;
  const setType = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('type', value);
        else next.delete('type');
        return next;
      },
      { replace: true },
    );
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
  const all: MyDueItems = mine.data;
  // The record types among my items, for the type filter (保单 / 客户 / 咨询 …); a chosen type stays listed even once none is left.
  const types = [...new Set([...all.overdue, ...all.dueToday, ...all.upcoming].map((d) => d.entityType).concat(type ? [type] : []))].sort();
  const only = (items: Deadline[]) => (type ? items.filter((d) => d.entityType === type) : items);
  const data: MyDueItems = { ...all, overdue: only(all.overdue), dueToday: only(all.dueToday), upcoming: only(all.upcoming) };
  const title = (key: SectionKey) =>
    key === 'upcoming' ? t('deadlines.mine.sections.upcoming', { horizon: formatDateWithWeekday(data.horizon, i18n.language) }) : t(`deadlines.mine.sections.${key}`);

  return (
    <Space orientation="vertical" size={20} style={{ width: '100%' }}>
      {mine.error !== null && <Alert type="warning" showIcon title={errorText(mine.error, t)} />}
      {types.length > 0 && (
        <Space size={8} wrap>
          <Typography.Text type="secondary">{t('deadlines.mine.filter.label')}</Typography.Text>
          <Segmented<string>
            value={type}
            onChange={setType}
            data-testid="due-type-filter"
            options={[
              { value: '', label: <span data-testid="due-type-all">{t('deadlines.mine.filter.all')}</span> },
              ...types.map((value) => ({ value, label: <span data-testid={`due-type-${value}`}>{entityTypeName(value, i18n.language)}</span> })),
            ]}
          />
        </Space>
      )}
      {show && (
        <Space size={8} wrap data-testid="due-show-filter">
          <Typography.Text type="secondary">{t('deadlines.mine.filter.showing', { section: title(show) })}</Typography.Text>
          <Button
            size="small"
            data-testid="due-show-all"
            onClick={() => setParams((current) => { const next = new URLSearchParams(current); next.delete('show'); return next; }, { replace: true })}
          >
            {t('deadlines.mine.filter.showAll')}
          </Button>
        </Space>
      )}
      {(show ? [show] : SECTIONS).map((key) => (
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
